// Building ExtractedField values with their SourceRef: every figure points at the characters it was read
// from, in the normalised text (normStart/normEnd) and in the document text (start/end).
import { toOriginalSpan, type NormalizedText } from '../document.js';
import type { FieldValue } from '../fields.js';
import type { ExtractMethod, ExtractedField, SourceRef } from './types.js';

export interface ExtractContext {
  /** the document text */
  text: string;
  norm: NormalizedText;
}

export function sourceRef(ctx: ExtractContext, normStart: number, normEnd: number): SourceRef {
  const { start, end } = toOriginalSpan(ctx.norm, normStart, normEnd);
  return { normStart, normEnd, start, end, text: ctx.text.slice(start, end) };
}

export function field(
  ctx: ExtractContext,
  key: string,
  value: FieldValue,
  method: ExtractMethod,
  confidence: number,
  span: { start: number; end: number } | null,
  approx = false,
): ExtractedField {
  return {
    key,
    value,
    approx,
    method,
    confidence,
    source: span ? sourceRef(ctx, span.start, span.end) : null,
  };
}
