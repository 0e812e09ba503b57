// Tables 二, 三, 四 of the 2019/2021 formats: every cell under its fields.json key, from structured tables
// (TableBlocks of .docx/.html) when the document has them, else from the text they were flattened to.
import { FIELDS, keyGroup, type ReportFormat } from '../../fields.js';
import type { ExtractInput } from '../index.js';
import type { ExtractedField, ExtractionNote } from '../types.js';
import { toField, type Found } from './emit.js';
import { readTable2Flat, readTable3Flat } from './flattened.js';
import { detectT2Format, detectT3Format, flatDoc, table2Region, table3Region, table4Region } from './flat-regions.js';
import type { TableFormat } from './layouts.js';
import { readStructured } from './structured.js';
import { findFacts, type Fact } from './narrative-facts.js';
import { readTable4Flat } from './table4-flat.js';

export interface TablesResult {
  fields: ExtractedField[];
  notes: ExtractionNote[];
}

type Part = { found: Found[]; notes: ExtractionNote[] };

/** how many keys each table has in each format (fields.json) */
const TABLE_KEY_COUNT: Record<TableFormat, Record<'t2' | 't3' | 't4', number>> = {
  '2019': countKeys('2019'),
  '2021': countKeys('2021'),
};
function countKeys(fmt: TableFormat): Record<'t2' | 't3' | 't4', number> {
  const n = { t2: 0, t3: 0, t4: 0 };
  for (const f of FIELDS) {
    const g = keyGroup(f.key);
    if ((g === 't2' || g === 't3' || g === 't4') && f.formats.includes(fmt)) n[g]++;
  }
  return n;
}
function distinctKeys(p: Part | undefined): number {
  return p ? new Set(p.found.map((f) => f.key)).size : 0;
}

const TABLE_NAMES = {
  t2: '表二（主动公开政府信息情况）',
  t3: '表三（收到和处理政府信息公开申请情况）',
  t4: '表四（政府信息公开行政复议、行政诉讼情况）',
};

export function extractTables(input: ExtractInput, format: ReportFormat | null): TablesResult {
  if (format === 'pre2019') return { fields: [], notes: [] };
  const fmt: TableFormat | undefined = format === '2019' || format === '2021' ? format : undefined;

  const structured = readStructured(input.parsed, fmt);
  // When the structured tables gave every cell of all three tables, the text reading cannot find more and
  // would lose the comparison below anyway: skip it (it is most of the time spent on an .html/.docx).
  const complete = fmt !== undefined && (['t2', 't3', 't4'] as const).every((t) => distinctKeys(structured[t]) === TABLE_KEY_COUNT[fmt][t]);
  const text = complete ? {} : readFlattened(input.norm.text, fmt);

  // Per table, the structured reading wins unless the text reading found more of its cells.
  const parts: Part[] = [];
  for (const t of ['t2', 't3', 't4'] as const) {
    const s = structured[t];
    const x = text[t];
    parts.push(s && s.found.length > 0 && s.found.length >= (x?.found.length ?? 0) ? s : (x ?? { found: [], notes: s?.notes ?? [] }));
  }
  // A 2019/2021 report should have all three tables: say so when one was not found at all.
  if (fmt) {
    (['t2', 't3', 't4'] as const).forEach((t, i) => {
      const p = parts[i];
      if (p.found.length === 0 && p.notes.length === 0) p.notes.push({ keys: [], message: `未找到${TABLE_NAMES[t]}` });
    });
  }
  const seen = new Set<string>();
  const fields: ExtractedField[] = [];
  const notes: ExtractionNote[] = [];
  for (const p of parts) {
    for (const f of p.found) {
      if (seen.has(f.key)) continue;
      seen.add(f.key);
      fields.push(toField(input, f));
    }
    notes.push(...p.notes);
  }
  return { fields, notes };
}

/** Where tables 二, 三 and 四 stand in the flattened text, and the span they cover together. */
export function locateTables(d: ReturnType<typeof flatDoc>) {
  // table 三 is looked for after the start of table 二 (its heading words also occur in the introduction)
  const t2Start = table2Region(d, d.c.text.length);
  const r3 = table3Region(d, t2Start ? t2Start.cFrom : 0);
  const r2 = table2Region(d, r3 ? r3.cFrom : d.c.text.length);
  const r4 = r3 || r2 ? table4Region(d, r3 ? r3.cFrom : r2!.cFrom) : undefined;
  const tablesFrom = r2?.cFrom ?? r3?.cFrom ?? 0;
  const tablesTo = r4?.cTo ?? r3?.cTo ?? tablesFrom;
  return { r2, r3, r4, tablesFrom, tablesTo };
}

/** The three tables read from (normalised) text. */
export function readFlattened(source: string, fmt: TableFormat | undefined): Partial<Record<'t2' | 't3' | 't4', Part>> {
  const d = flatDoc(source);
  const out: Partial<Record<'t2' | 't3' | 't4', Part>> = {};
  const { r2, r3, r4, tablesFrom, tablesTo } = locateTables(d);
  // figures stated in the prose around the tables settle readings the tables' own sums leave open
  // (read only when some reading is open)
  let facts: Fact[] | undefined;
  const stated = () => (facts ??= findFacts(d.c.text, [[0, tablesFrom], [tablesTo, d.c.text.length]]));
  // the layout of table 三 is read off the table itself (a 2021 report may still use the 2019 table)
  const t3 = r3 ? readTable3Flat(d, r3, detectT3Format(d, r3), stated) : undefined;
  if (t3) out.t3 = t3;
  if (r2) {
    const f2 = detectT2Format(d, r2) ?? fmt ?? (r3 ? detectT3Format(d, r3) : undefined);
    if (f2) out.t2 = readTable2Flat(d, r2, f2, stated);
  }
  // table 四 alone is not trusted: pre-2019 reports talk of 行政复议/行政诉讼 too
  if ((out.t3?.found.length ?? 0) + (out.t2?.found.length ?? 0) > 0 && r4) out.t4 = readTable4Flat(d, r4, t3?.shape6 ?? false, stated);
  return out;
}
