// `nianbao check [--db FILE] [--json] [--recheck]`: the findings of every report in a database. Reports never
// checked (or all, with --recheck) are checked first. Text: one block per report; --json: one object per
// report per line {id, file, agency, year, findings}. Exit 0 listed, 2 bad usage or an unusable database.
import type { Db } from '../core/db/open.js';
import { openCliDatabase } from './open-db.js';
import { listFindings, type StoredFinding } from '../core/db/findings-repo.js';
import { recheckReport } from '../core/analyze.js';
import { RULES } from '../core/validate/index.js';
import { UsageError, type Command } from './args.js';

const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;
const DECISION_LABEL = { confirmed: '已确认', dismissed: '已排除' } as const;

interface ReportRow {
  id: number;
  file: string;
  agency: string | null;
  year: number | null;
  checked: string | null;
}

function reportRows(db: Db): ReportRow[] {
  return db
    .prepare(
      `SELECT d.id, d.file_name AS file, r.agency, r.year, r.checked_at AS checked
       FROM documents d LEFT JOIN reports r ON r.document_id = d.id ORDER BY d.id`,
    )
    .all() as ReportRow[];
}

function textBlock(r: ReportRow, findings: StoredFinding[]): string {
  const n = (s: StoredFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const head = `#${r.id} ${r.agency ?? '（报告主体未识别）'} ${r.year ? `${r.year}年度` : '（年度未识别）'}  ${r.file}`;
  const lines = [`${head}\n  错误 ${n('error')} · 警告 ${n('warning')} · 提示 ${n('info')}`];
  if (!findings.length) lines.push('  未发现问题');
  for (const f of findings) {
    const decision = f.decision ? `（${DECISION_LABEL[f.decision.decision]}${f.decision.reason ? `：${f.decision.reason}` : ''}）` : '';
    const title = RULES[f.ruleId as keyof typeof RULES]?.title;
    lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.ruleId}${title ? ` ${title}` : ''}${decision}\n      ${f.message}`);
    if (f.quote) lines.push(`      原文：${f.quote}`);
  }
  return lines.join('\n');
}

const command: Command = {
  options: { db: { value: true }, json: { value: false }, recheck: { value: false } },
  async run({ positionals, options }) {
    if (positionals.length) throw new UsageError(`check 不接受参数：${positionals.join(' ')}`);
    const { db } = openCliDatabase(options.db, { mustExist: true });
    try {
      const rows = reportRows(db);
      for (const r of rows) if (options.recheck || !r.checked) recheckReport(db, r.id);
      const fresh = options.recheck || rows.some((r) => !r.checked) ? reportRows(db) : rows;
      if (!options.json && !fresh.length) console.log('数据库中没有报告。');
      let errors = 0;
      for (const r of fresh) {
        const findings = listFindings(db, r.id);
        errors += findings.filter((f) => f.severity === 'error').length;
        if (options.json) {
          console.log(JSON.stringify({
            id: r.id, file: r.file, agency: r.agency, year: r.year,
            findings: findings.map((f) => ({
              ruleId: f.ruleId, severity: f.severity, keys: f.keys, numbers: f.numbers, message: f.message,
              ...(f.quote !== undefined ? { quote: f.quote } : {}), fingerprint: f.fingerprint, decision: f.decision,
            })),
          }));
        } else {
          console.log(textBlock(r, findings) + '\n');
        }
      }
      if (!options.json && fresh.length) console.log(`共 ${fresh.length} 份报告，错误 ${errors} 条。`);
      return 0;
    } finally {
      db.close();
    }
  },
};

export default command;
