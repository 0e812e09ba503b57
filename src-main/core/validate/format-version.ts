// FORMAT-VERSION: the format does not fit the year (国办公开办函〔2019〕60号 for 2019–2020 reports,
// 〔2021〕30号 from 2021 on).
import type { ReportFormat } from '../fields.js';
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { yearOf } from './values.js';

interface Misfit {
  applies: (year: number, format: ReportFormat) => boolean;
  message: (year: number) => string;
}

const MISFITS: readonly Misfit[] = [
  { applies: (y, f) => y >= 2021 && f === '2019', message: (y) => `${y}年度报告仍使用2019年格式（表二为2019年版本），应使用国办公开办函〔2021〕30号格式` },
  { applies: (y, f) => (y === 2019 || y === 2020) && f === '2021', message: (y) => `${y}年度报告使用了2021年格式的表格，应使用国办公开办函〔2019〕60号格式` },
  { applies: (y, f) => y >= 2020 && f === 'pre2019', message: (y) => `${y}年度报告没有法定的表二、表三、表四（仍是旧条例时期的写法）` },
];

export function checkFormatVersion(report: ReportForCheck): Finding[] {
  const year = yearOf(report.fields);
  const format = report.format;
  if (year === undefined || !format) return [];
  const m = MISFITS.find((x) => x.applies(year, format));
  return m ? [finding('FORMAT-VERSION', ['format', 'year'], { year }, m.message(year))] : [];
}
