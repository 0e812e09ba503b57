// The text a flattened table is read from (FlatDoc: the source and its compact form, whitespace and
// separators removed, with offsets back) and where each table's region lies in it: found by its heading or
// header, or, when the text starts mid-table (a page of a PDF), by the first label only that table has.
import { compactOf, findLabel, type Compact } from './compact.js';
import {
  T2_BLOCK_HEADS,
  T2_FORMAT_MARKERS,
  T2_START,
  T3_2021_MARKERS,
  T3_FRAGMENT_HEADS,
  T3_ROWS,
  T3_START,
  T4_START,
  type TableFormat,
} from './layouts.js';

export interface Region {
  /** compact offsets */
  cFrom: number;
  cTo: number;
  /** a fragment found by row labels alone (no header): its rows are trusted only when they add up */
  fragment?: boolean;
}

export interface FlatDoc {
  source: string;
  c: Compact;
}

export function flatDoc(source: string): FlatDoc {
  return { source, c: compactOf(source) };
}

/** Source offset just after compact char i-1 (the end of a compact range). */
export function srcEnd(d: FlatDoc, cEnd: number): number {
  return cEnd > 0 ? d.c.pos[cEnd - 1] + 1 : 0;
}
export function srcStart(d: FlatDoc, cStart: number): number {
  return cStart < d.c.pos.length ? d.c.pos[cStart] : d.source.length;
}

/** First hit of the highest-priority alias that occurs (aliases are ordered by how specific they are). */
export function findByPriority(c: Compact, aliases: string[], from: number, to: number): { cStart: number; cEnd: number } | undefined {
  for (const a of aliases) {
    const h = findLabel(c, [a], from, to);
    if (h) return h;
  }
  return undefined;
}

const ORDINAL_BEFORE = /(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}[、.])$/;

/** Move a label's start back over its printed item number ('1.', '（一）', '三、'). */
export function stripPrefix(c: Compact, cStart: number, enumerator?: string): number {
  if (enumerator) {
    // the item number right before the label, or a few label characters before a shorter alias
    const before = c.text.slice(Math.max(0, cStart - 16), cStart);
    for (const sep of ['.', '、']) {
      const p = enumerator + sep;
      const k = before.lastIndexOf(p);
      if (k >= 0 && !/[\d|]/.test(before.slice(k + p.length))) return cStart - (before.length - k);
    }
  }
  const m = ORDINAL_BEFORE.exec(c.text.slice(Math.max(0, cStart - 5), cStart));
  return m ? cStart - m[0].length : cStart;
}

// ------------------------------------------------------------------ regions

/** How far before table 四 a fragment of table 三 may start (compact characters; the whole table is ~1500). */
const T3_FRAGMENT_SPAN = 3000;

export function table3Region(d: FlatDoc, after = 0): Region | undefined {
  const s = findByPriority(d.c, T3_START, after, d.c.text.length);
  if (!s) return table3Fragment(d, after);
  // the end is searched after the first row label: a heading-like phrase may also occur in the introduction
  const first = findLabel(d.c, T3_ROWS['2021'][0].labels, s.cEnd, d.c.text.length);
  const e = findByPriority(d.c, T4_START, first ? first.cEnd : s.cEnd, d.c.text.length);
  const cTo = e ? stripPrefix(d.c, e.cStart) : Math.min(d.c.text.length, s.cEnd + 6000);
  return { cFrom: s.cStart, cTo };
}

/**
 * No header and no heading of table 三: the text may start mid-table (a page of a PDF). The rows that are
 * there are read by their own labels, from the first label only table 三 has shortly before table 四.
 */
function table3Fragment(d: FlatDoc, after: number): Region | undefined {
  const e = findByPriority(d.c, T4_START, after, d.c.text.length);
  if (!e) return undefined;
  const f = findLabel(d.c, T3_FRAGMENT_HEADS, Math.max(after, e.cStart - T3_FRAGMENT_SPAN), e.cStart);
  return f ? { cFrom: stripPrefix(d.c, f.cStart), cTo: stripPrefix(d.c, e.cStart), fragment: true } : undefined;
}

export function table4Region(d: FlatDoc, after: number): Region | undefined {
  const s = findByPriority(d.c, T4_START, after, d.c.text.length);
  if (!s) return undefined;
  const e = findByPriority(d.c, ['存在的主要问题', '五、', '其他需要报告的事项'], s.cEnd, d.c.text.length);
  const cTo = e ? stripPrefix(d.c, e.cStart) : Math.min(d.c.text.length, s.cEnd + 1500);
  return { cFrom: s.cStart, cTo };
}

/** How far before table 三 a fragment of table 二 may start (compact characters; the whole table is ~500). */
const T2_FRAGMENT_SPAN = 1500;

export function table2Region(d: FlatDoc, before: number): Region | undefined {
  const s = findByPriority(d.c, T2_START, 0, before);
  if (s) return { cFrom: s.cStart, cTo: before };
  // no first block: the text may start mid-table (a page of a PDF); the blocks that are there are read by
  // their own labels, from the first block heading shortly before table 三
  const from = Math.max(0, before - T2_FRAGMENT_SPAN);
  const f = before < d.c.text.length ? findLabel(d.c, T2_BLOCK_HEADS, from, before) : undefined;
  return f ? { cFrom: f.cStart, cTo: before } : undefined;
}

export function detectT3Format(d: FlatDoc, r: Region): TableFormat {
  const t = d.c.text.slice(r.cFrom, r.cTo);
  return T3_2021_MARKERS.some((m) => t.includes(m)) ? '2021' : '2019';
}

export function detectT2Format(d: FlatDoc, r: Region): TableFormat | undefined {
  const t = d.c.text.slice(r.cFrom, r.cTo);
  const score = (f: TableFormat) => T2_FORMAT_MARKERS[f].filter((m) => t.includes(compactOf(m).text)).length;
  const a = score('2021');
  const b = score('2019');
  if (a === b) return undefined;
  return a > b ? '2021' : '2019';
}
