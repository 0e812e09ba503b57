// Table 四 read from flattened text: one row of 15 numbers (three groups of five, each group's last the sum
// of the others). Digits run together are split by those sums; numbers out of order (PDF text) are dealt
// back into ordered groups (regroup.ts); what the sums leave open is settled by figures the report states
// (narrative-facts.ts) or left out with a note.
import type { ExtractionNote } from '../types.js';
import type { Found } from './emit.js';
import { agreedCells, groupsSum } from './digit-split.js';
import { cutAtEnd } from './flattened.js';
import { srcStart, type FlatDoc, type Region } from './flat-regions.js';
import { T4_COLUMNS, T4_KEYS } from './layouts.js';
import { narrowByFacts, type Fact } from './narrative-facts.js';
import { regroupings } from './regroup.js';
import { readRowCells } from './row-cells.js';
import { rowValues, type CellValue } from './row-values.js';

export function readTable4Flat(d: FlatDoc, r: Region, digitsRunTogether = false, facts: () => Fact[] = () => []): { found: Found[]; notes: ExtractionNote[] } {
  // header words carry no digits: every number of the region is a cell (pipe rows: the one row of numbers)
  const from = srcStart(d, r.cFrom);
  const to = srcStart(d, r.cTo);
  const cells = readRowCells(d.source, from, Math.max(from, to));
  const notes: ExtractionNote[] = [];
  const kinds = T4_KEYS.map(() => 'int' as const);
  if (cells.problem) return { found: [], notes: [{ keys: T4_KEYS, message: `表四未提取：${cells.problem}` }] };
  const g = groupsSum(T4_COLUMNS.length);
  const split = cells.mode === 'space' && (cells.glued || digitsRunTogether);
  const rv = rowValues(cells.cells, kinds, { allowSplit: split, accept: g.accept, prune: g.prune });
  let values;
  let confidence = 0.9;
  if (rv.kind === 'direct') {
    // numbers interleaved with header words (PDF text) are trusted only in an order that adds up
    if (!(cells.interleaved || cutAtEnd(d.source, cells)) || g.accept(rv.values.map((v) => v.value ?? 0))) values = rv.values;
    else if (cells.interleaved && !cutAtEnd(d.source, cells)) return regroupedTable4(rv.values, facts());
    else notes.push({ keys: T4_KEYS, message: '表四未提取：数字与表头文字交错，按原顺序不符合合计关系，无法确定各数所在单元格' });
  }
  else if (rv.kind === 'split' && !rv.truncated && rv.candidates.length === 1) {
    values = rv.candidates[0];
    confidence = 0.8;
  }
  // no split adds up (R4): none is emitted, not even one digit per cell (blank cells leave no digits)
  if (!values && rv.kind === 'split' && !rv.truncated && rv.candidates.length > 1) {
    // several splits add up: keep the groups (行政复议, 直接起诉, 复议后起诉) on which they all agree,
    // after setting aside the splits that contradict figures the report states in its text
    return agreedGroups(rv.candidates, facts(), (n) => `数字连写，有${n}种符合合计关系的拆分`);
  }
  if (!values) {
    const why =
      rv.kind === 'none'
        ? rv.why
        : rv.kind === 'split' && rv.candidates.length > 1
          ? `数字连写，有${rv.candidates.length}种符合合计关系的拆分`
          : rv.kind === 'split' && !rv.truncated
            ? '数字连写，没有符合合计关系的拆分'
            : '数字连写，无法拆分';
    if (cells.cells.length > 0 && notes.length === 0) notes.push({ keys: T4_KEYS, message: `表四未提取：${why}` });
    return { found: [], notes };
  }
  const found: Found[] = values.map((v, i) => ({
    key: T4_KEYS[i],
    value: v.value,
    start: v.start,
    end: v.end,
    doc: false,
    method: 'flattened-row',
    confidence,
  }));
  return { found, notes };
}

/** Candidates of the whole table 四 row: the groups on which all candidates consistent with the facts agree. */
function agreedGroups(cands: CellValue[][], facts: Fact[], why: (n: number) => string): { found: Found[]; notes: ExtractionNote[] } {
  const index = new Map(T4_KEYS.map((k, i) => [k, i]));
  const { kept, used } = narrowByFacts(cands, facts, (c, key) => {
    const i = index.get(key);
    return i === undefined ? undefined : c[i].value;
  });
  const agreed = agreedCells(kept);
  const size = T4_COLUMNS.length;
  const found: Found[] = [];
  const notes: ExtractionNote[] = [];
  const stated = used.length > 0 ? `，与正文所述数字（${used.map((f) => f.value).join('、')}）相符的有${kept.length}种` : '';
  for (let g0 = 0; g0 < T4_KEYS.length; g0 += size) {
    const keys = T4_KEYS.slice(g0, g0 + size);
    if (agreed.slice(g0, g0 + size).every(Boolean)) {
      keys.forEach((key, j) => {
        const v = kept[0][g0 + j];
        found.push({ key, value: v.value, start: v.start, end: v.end, doc: false, method: 'flattened-row', confidence: used.length > 0 ? 0.6 : 0.7 });
      });
    } else notes.push({ keys, message: `表四未提取：${why(cands.length)}${stated}，此组各数无法确定` });
  }
  return { found, notes };
}

/** Table 四 numbers out of order (PDF text): its groups dealt back from the stream, settled by stated figures. */
function regroupedTable4(values: CellValue[], facts: Fact[]): { found: Found[]; notes: ExtractionNote[] } {
  const fail = (why: string) => ({ found: [], notes: [{ keys: T4_KEYS, message: `表四未提取：数字与表头文字交错，按原顺序不符合合计关系，${why}` }] });
  if (values.some((v) => v.value === null) || values.length !== T4_KEYS.length) return fail('无法确定各数所在单元格');
  const size = T4_COLUMNS.length;
  const rg = regroupings(values.map((v) => v.value ?? 0), T4_KEYS.length / size, size);
  if (rg.truncated) return fail('可能的排列过多，无法确定各数所在单元格');
  if (rg.candidates.length === 0) return fail('也没有符合合计关系的分组');
  const cands = rg.candidates.map((perm) => perm.map((i) => values[i]));
  return agreedGroups(cands, facts, (n) => `数字与表头文字交错，有${n}种符合合计关系的分组`);
}
