// OTHER-HIGH: （六）其他处理 above a fifth of （七）总计 (the 2019 notice asks offices to follow these up).
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { countOf, numberOf, numbersOf } from './values.js';
import { resultRowsOf, t3Key } from './t3-layout.js';

export const OTHER_SHARE = 0.2;

export function checkOtherHigh(report: ReportForCheck): Finding[] {
  const f = report.fields;
  const totalKey = t3Key('total', 'total');
  const total = numberOf(f, totalKey);
  const otherKeys = resultRowsOf(f).filter((r) => r.id.startsWith('other')).map((r) => t3Key(r.id, 'total'))
    .filter((k) => numberOf(f, k) !== undefined);
  if (typeof total !== 'number' || total <= 0 || !otherKeys.length) return [];
  const other = otherKeys.reduce((s, k) => s + countOf(f, k), 0);
  if (other <= total * OTHER_SHARE) return [];
  const pct = Math.round((other / total) * 100);
  return [
    finding('OTHER-HIGH', [...otherKeys, totalKey], { ...numbersOf(f, [...otherKeys, totalKey]), other, total },
      `表三"（六）其他处理"共 ${other} 件，占办理结果总计 ${total} 件的 ${pct}%，超过五分之一，请核实具体情形`),
  ];
}
