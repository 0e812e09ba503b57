// TABLE-MISSING: a 2019/2021 report lacks table 二, 三 or 四, or a table lacks rows of its format.
// The rows of each format are read from fields.json (a row = the keys that share all but the last part).
import { FIELDS, keyGroup, type ReportFormat } from '../fields.js';
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { has } from './values.js';
import { rowAndColumn, rowKeyOf, TABLE_NAMES } from './field-labels.js';

const TABLES = ['t2', 't3', 't4'] as const;
/** rows named in a message; more are counted */
const MAX_ROWS_NAMED = 6;

/** format → table → row key → the row's keys */
function rowsByFormat(format: ReportFormat): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const f of FIELDS) {
    const table = keyGroup(f.key);
    if (!f.formats.includes(format) || !(TABLES as readonly string[]).includes(table)) continue;
    const rows = out.get(table) ?? new Map<string, string[]>();
    out.set(table, rows);
    const row = rowKeyOf(f.key);
    rows.set(row, [...(rows.get(row) ?? []), f.key]);
  }
  return out;
}

const LAYOUT: Record<'2019' | '2021', Map<string, Map<string, string[]>>> = {
  '2019': rowsByFormat('2019'),
  '2021': rowsByFormat('2021'),
};

/** the extractor's notes about keys it could not read: the table is there but unread */
function notesAbout(report: ReportForCheck, keys: string[]): string[] {
  const wanted = new Set(keys);
  return (report.notes ?? []).filter((n) => n.keys.some((k) => wanted.has(k))).map((n) => n.message);
}

function unreadSuffix(notes: string[]): string {
  return notes.length ? `。未能自动读取：${notes.join('；')}。请对照原文填写` : '';
}

export function checkTablePresence(report: ReportForCheck): Finding[] {
  if (report.format !== '2019' && report.format !== '2021') return [];
  const fields = report.fields;
  const out: Finding[] = [];
  for (const table of TABLES) {
    const name = TABLE_NAMES[table];
    const rows = LAYOUT[report.format].get(table)!;
    const anyPresent = Object.keys(fields).some((k) => keyGroup(k) === table);
    if (!anyPresent) {
      const notes = notesAbout(report, [...rows.values()].flat());
      out.push(finding('TABLE-MISSING', [`table.${table}`], {}, `${report.format}年格式的报告缺少${name}（未读到${name}的任何数字）${unreadSuffix(notes)}`));
      continue;
    }
    const missing = [...rows.entries()].filter(([, keys]) => !keys.some((k) => has(fields, k)));
    if (!missing.length) continue;
    const labels = missing.map(([, keys]) => `"${rowAndColumn(keys[0]).row.replace(/^表[二三四](\(2019\))? /, '')}"`);
    const shown = labels.length > MAX_ROWS_NAMED ? `${labels.slice(0, MAX_ROWS_NAMED).join('、')}等` : labels.join('、');
    out.push(
      finding('TABLE-MISSING', missing.flatMap(([, keys]) => keys), {},
        `${name}缺少${report.format}年格式的 ${missing.length} 行：${shown}${unreadSuffix(notesAbout(report, missing.flatMap(([, keys]) => keys)))}`),
    );
  }
  return out;
}
