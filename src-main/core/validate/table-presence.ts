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

/** keys the extractor says it saw but could not read (a note names them) */
function unreadKeys(report: ReportForCheck): Set<string> {
  return new Set((report.notes ?? []).flatMap((n) => n.keys));
}

function rowLabels(rows: Array<[string, string[]]>): string {
  const labels = rows.map(([, keys]) => `"${rowAndColumn(keys[0]).row.replace(/^表[二三四](\(2019\))? /, '')}"`);
  return labels.length > MAX_ROWS_NAMED ? `${labels.slice(0, MAX_ROWS_NAMED).join('、')}等` : labels.join('、');
}

/**
 * A row is missing when none of its cells has a value. A missing row the extractor's notes account for is
 * in the document but was not read (digits run together that no sum can split, a cut excerpt): the finding
 * says so and quotes the note, instead of telling the reviewer the report lacks the row.
 */
export function checkTablePresence(report: ReportForCheck): Finding[] {
  if (report.format !== '2019' && report.format !== '2021') return [];
  const fields = report.fields;
  const unread = unreadKeys(report);
  const out: Finding[] = [];
  for (const table of TABLES) {
    const name = TABLE_NAMES[table];
    const rows = LAYOUT[report.format].get(table)!;
    const anyPresent = Object.keys(fields).some((k) => keyGroup(k) === table);
    if (!anyPresent) {
      const notes = notesAbout(report, [...rows.values()].flat());
      out.push(finding('TABLE-MISSING', [`table.${table}`], {}, notes.length
        ? `${name}未能自动读取：${notes.join('；')}。请对照原文填写`
        : `${report.format}年格式的报告缺少${name}（未读到${name}的任何数字）`));
      continue;
    }
    const missing = [...rows.entries()].filter(([, keys]) => !keys.some((k) => has(fields, k)));
    const notRead = missing.filter(([, keys]) => keys.some((k) => unread.has(k)));
    const absent = missing.filter((row) => !notRead.includes(row));
    if (absent.length) {
      out.push(finding('TABLE-MISSING', absent.flatMap(([, keys]) => keys), {},
        `${name}缺少${report.format}年格式的 ${absent.length} 行：${rowLabels(absent)}`));
    }
    if (notRead.length) {
      const keys = notRead.flatMap(([, k]) => k);
      out.push(finding('TABLE-MISSING', keys, {},
        `${name}有 ${notRead.length} 行未能自动读取（${rowLabels(notRead)}）：${notesAbout(report, keys).join('；')}。请对照原文填写`));
    }
  }
  return out;
}
