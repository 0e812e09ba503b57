// stat.* keys of pre-2019 reports: the statistics table (in a table block or flattened in the text), then
// the same figures stated in sentences. A table figure wins over a sentence.
import type { TableBlock } from '../../document.js';
import { field, type ExtractContext } from '../source.js';
import type { ExtractedField, ExtractionNote } from '../types.js';
import { STAT_SUMS } from './labels.js';
import { readNarrative } from './narrative.js';
import { readStatTable, type StatRow } from './table-text.js';

export interface StatResult {
  fields: ExtractedField[];
  notes: ExtractionNote[];
}

export function extractStat(ctx: ExtractContext, tables: TableBlock[], reportYear?: number): StatResult {
  const text = ctx.norm.text;
  const fields = new Map<string, ExtractedField>();
  const notes: ExtractionNote[] = [];
  const table = readStatTable(text, reportYear);
  const narrative = readNarrative(text, reportYear);

  if (table) {
    const rows = new Map<string, StatRow>();
    for (const r of table.rows) if (!rows.has(r.key)) rows.set(r.key, r);
    resolveSplits(rows, narrative.stated);
    for (const [key, r] of rows) {
      if (!r.cell) {
        notes.push({ keys: [key], message: `统计表“${key}”一行的数字连在一起，无法确定本年度数值，未提取` });
        continue;
      }
      const span = r.cell.end > r.cell.start ? r.cell : r.label;
      const at = cellAt(ctx, tables, span.start);
      const conf = r.splits ? 0.7 : 0.95;
      const f = field(ctx, key, r.cell.value, at ? 'table-cell' : 'flattened-row', conf, span);
      if (at && f.source) Object.assign(f.source, at);
      fields.set(key, f);
    }
  }
  for (const h of narrative.hits) {
    if (fields.has(h.key)) continue;
    fields.set(h.key, field(ctx, h.key, h.value, 'narrative', h.approx ? 0.6 : 0.75, h, h.approx));
  }
  for (const key of narrative.conflicts) {
    if (!fields.has(key)) notes.push({ keys: [key], message: `正文中“${key}”出现了不一致的数字，未提取` });
  }
  return { fields: [...fields.values()], notes };
}

/** Chooses the split of a digit run: the figure the text states in a sentence, or the one a sum rule allows. */
function resolveSplits(rows: Map<string, StatRow>, stated: Map<string, Set<number>>): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const [key, r] of rows) {
      if (!r.splits || r.cell) continue;
      let pick = r.splits.filter((s) => stated.get(key)?.has(s.year.value as number));
      if (pick.length !== 1) pick = r.splits.filter((s) => sumAllows(rows, key, s.year.value!, s.total));
      if (pick.length === 1) {
        r.cell = pick[0].year;
        r.total = pick[0].total;
        changed = true;
      }
    }
  }
}

function sumAllows(rows: Map<string, StatRow>, key: string, year: number, total: number): boolean {
  for (const rule of STAT_SUMS) {
    const members = [rule.total, ...rule.parts];
    if (!members.includes(key)) continue;
    const known = members.filter((k) => k !== key).map((k) => rows.get(k));
    if (known.some((r) => !r?.cell || typeof r.cell.value !== 'number' || typeof r.total !== 'number')) continue;
    const y = (k: string): number => (k === key ? year : (rows.get(k)!.cell!.value as number));
    const t = (k: string): number => (k === key ? total : (rows.get(k)!.total as number));
    const sum = (f: (k: string) => number): number => rule.parts.reduce((a, k) => a + f(k), 0);
    if (y(rule.total) === sum(y) && t(rule.total) === sum(t)) return true;
  }
  return false;
}

/** The table cell (block index, grid row and column) holding a normalised-text position, if any. */
function cellAt(ctx: ExtractContext, tables: TableBlock[], normAt: number): { block: number; row: number; col: number } | undefined {
  if (tables.length === 0 || normAt >= ctx.norm.startMap.length) return undefined;
  const at = ctx.norm.startMap[normAt];
  const t = tables.find((b) => at >= b.start && at < b.end);
  const c = t?.cells.find((x) => at >= x.start && at < x.end);
  return t && c ? { block: t.index, row: c.row, col: c.col } : undefined;
}
