import { describe, expect, it } from 'vitest';
import { normSpanOf, toField } from '../../../../src-main/core/extract/tables/emit.js';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import type { ParsedDocument } from '../../../../src-main/core/document.js';

function doc(text: string): { parsed: ParsedDocument; norm: ReturnType<typeof normalize> } {
  return { parsed: { kind: 'txt', encoding: 'utf-8', encodingConfidence: 1, text, blocks: [], notes: [] }, norm: normalize(text) };
}

describe('emit', () => {
  it('maps a normalised span back to the document text (full-width digits, traditional characters)', () => {
    const d = doc('行政許可 | ２２９３ |');
    const i = d.norm.text.indexOf('2293');
    const f = toField(d, { key: 't2.license.decisions', value: 2293, start: i, end: i + 4, doc: false, method: 'flattened-row', confidence: 0.9 });
    expect(f.source!.text).toBe('２２９３');
    expect(d.parsed.text.slice(f.source!.start, f.source!.end)).toBe('２２９３');
    expect(f.source!.normStart).toBe(i);
  });
  it('maps a document span (a table cell) to the normalised text', () => {
    const d = doc('规章 | \u00a00 | 12');
    const at = d.parsed.text.indexOf('12');
    const ns = normSpanOf(d.norm, at, at + 2);
    expect(d.norm.text.slice(ns.start, ns.end)).toBe('12');
    const f = toField(d, { key: 'k', value: 12, start: at, end: at + 2, doc: true, method: 'table-cell', confidence: 1, block: 3, row: 1, col: 2 });
    expect(f.source).toMatchObject({ start: at, end: at + 2, text: '12', block: 3, row: 1, col: 2 });
  });
});
