// Maps spans of the document text (start/end offsets, as SourceRef gives them) onto the block model the
// source pane draws: which paragraph or table cell covers which characters. Pure functions, so the
// mapping is tested without a browser.
import type { Block, TableBlock } from '../../../src-main/core/document.js';

export type HighlightKind = 'active' | 'finding' | 'related';

export interface Span {
  start: number;
  end: number;
  kind: HighlightKind;
}

/** A highlighted range inside one text run (a paragraph or one table cell), in run-local offsets. */
export interface LocalRange {
  from: number;
  to: number;
  kind: HighlightKind;
}

/** Key of a text run: `b12` for a paragraph, `b12c3` for cell 3 of table block 12. */
export type RunId = string;

export const runId = (block: number, cell?: number): RunId => (cell === undefined ? `b${block}` : `b${block}c${cell}`);

function clip(span: Span, start: number, end: number, len: number): LocalRange | undefined {
  const s = Math.max(span.start, start);
  const e = Math.min(span.end, end);
  if (e <= s) return undefined;
  return { from: Math.min(s - start, len), to: Math.min(e - start, len), kind: span.kind };
}

/** Every run the spans touch, with the characters to mark. Runs are in document order. */
export function mapSpans(blocks: readonly Block[], spans: readonly Span[]): Map<RunId, LocalRange[]> {
  const out = new Map<RunId, LocalRange[]>();
  const add = (id: RunId, r: LocalRange) => {
    const list = out.get(id);
    if (list) list.push(r);
    else out.set(id, [r]);
  };
  for (const span of spans) {
    if (span.end <= span.start) continue;
    for (const b of blocksOverlapping(blocks, span.start, span.end)) {
      if (b.type === 'paragraph') {
        const r = clip(span, b.start, b.end, b.text.length);
        if (r) add(runId(b.index), r);
      } else {
        b.cells.forEach((cell, ci) => {
          const r = clip(span, cell.start, cell.end, cell.text.length);
          if (r) add(runId(b.index, ci), r);
        });
      }
    }
  }
  return out;
}

/** Blocks whose [start, end) meets [start, end); binary search, blocks are in document order. */
export function blocksOverlapping(blocks: readonly Block[], start: number, end: number): Block[] {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Block[] = [];
  for (let i = lo; i < blocks.length && blocks[i].start < end; i++) {
    if (blocks[i].end > start) out.push(blocks[i]);
  }
  return out;
}

/** The first run a span starts in (for scrolling it into view). */
export function firstRun(blocks: readonly Block[], start: number, end: number): RunId | undefined {
  const ranges = mapSpans(blocks, [{ start, end: Math.max(end, start + 1), kind: 'active' }]);
  return ranges.keys().next().value;
}

export interface Segment {
  text: string;
  /** run-local offset of the first character */
  offset: number;
  kind?: HighlightKind;
}

const RANK: Record<HighlightKind, number> = { active: 3, finding: 2, related: 1 };

/**
 * Splits a run's text into plain and marked segments. Where ranges overlap the stronger kind wins
 * (the field the reviewer is on beats the cells of a finding).
 */
export function segments(text: string, ranges: readonly LocalRange[] | undefined): Segment[] {
  if (!ranges || ranges.length === 0) return [{ text, offset: 0 }];
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.from)));
    cuts.add(Math.max(0, Math.min(text.length, r.to)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (b <= a) continue;
    let kind: HighlightKind | undefined;
    for (const r of ranges) {
      if (r.from <= a && r.to >= b && (!kind || RANK[r.kind] > RANK[kind])) kind = r.kind;
    }
    const prev = out[out.length - 1];
    if (prev && prev.kind === kind) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), offset: a, kind });
  }
  return out;
}

/** Document offset of a run-local offset (runs are drawn from block/cell text that starts at `start`). */
export function runStart(block: Block, cell?: number): number {
  return block.type === 'paragraph' || cell === undefined ? block.start : (block as TableBlock).cells[cell].start;
}

/**
 * Parses a number a reviewer selected in the source: full-width digits, thousands separators, a sign,
 * a unit or "余" after it. Returns null when the selection holds no single number.
 */
export function parseSelectedNumber(raw: string): number | null {
  const s = raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[＋]/g, '+')
    .replace(/[－—–]/g, '-')
    .replace(/[．]/g, '.')
    .replace(/[,，\s]/g, '');
  const m = /^[^\d+-]*([+-]?\d+(?:\.\d+)?)[^\d]*$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isFinite(n) ? n : null;
}
