// Turning a located value into an ExtractedField with its source span.
import { toOriginalSpan, type NormalizedText, type ParsedDocument } from '../../document.js';
import type { ExtractedField, ExtractMethod } from '../types.js';

export interface ExtractInputLike {
  parsed: ParsedDocument;
  norm: NormalizedText;
}

/** A value found in the text, before it becomes a field. Offsets are normalised-text offsets unless `doc`. */
export interface Found {
  key: string;
  value: number | null;
  start: number;
  end: number;
  /** true: start/end index the document text (cells of a TableBlock); false: the normalised text */
  doc: boolean;
  method: ExtractMethod;
  confidence: number;
  block?: number;
  row?: number;
  col?: number;
}

/** Normalised span of a document-text span: first/last normalised chars that came from inside it. */
export function normSpanOf(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const n = norm.startMap.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.startMap[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  const a = lo;
  let b = a;
  while (b < n && norm.endMap[b] <= end && norm.startMap[b] < end) b++;
  return { start: a, end: Math.max(a, b) };
}

export function toField(input: ExtractInputLike, f: Found): ExtractedField {
  let normStart: number;
  let normEnd: number;
  let start: number;
  let end: number;
  if (f.doc) {
    start = f.start;
    end = f.end;
    const ns = normSpanOf(input.norm, start, end);
    normStart = ns.start;
    normEnd = ns.end;
  } else {
    normStart = f.start;
    normEnd = f.end;
    const os = toOriginalSpan(input.norm, f.start, f.end);
    start = os.start;
    end = os.end;
  }
  return {
    key: f.key,
    value: f.value,
    approx: false,
    method: f.method,
    confidence: f.confidence,
    source: {
      normStart,
      normEnd,
      start,
      end,
      text: input.parsed.text.slice(start, end),
      ...(f.block !== undefined ? { block: f.block, row: f.row, col: f.col } : {}),
    },
  };
}
