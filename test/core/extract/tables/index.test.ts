// extractTables over the whole labelled corpus: accuracy and precision per document against gold (same
// definitions as ../shared/tools/score-extraction.mjs), and provenance of every extracted figure.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractTables } from '../../../../src-main/core/extract/tables/index.js';
import type { ExtractedField, ExtractionNote } from '../../../../src-main/core/extract/types.js';
import { DOCS_DIR, loadGolds, type Gold } from '../../../helpers/corpus.js';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { loadDoc } from './load-corpus.js';

const inScope = (k: string) => /^t[234]\./.test(k);
interface Run { gold: Gold; text: string; fields: ExtractedField[]; notes: ExtractionNote[] }
const runs: Run[] = [];

beforeAll(async () => {
  for (const gold of loadGolds()) {
    if (!existsSync(join(DOCS_DIR, gold.doc))) continue;
    const { parsed, norm } = await loadDoc(gold.doc);
    const r = extractTables({ parsed, norm }, null);
    runs.push({ gold, text: parsed.text, fields: r.fields, notes: r.notes });
  }
}, 120_000);

function score(r: Run) {
  const got = new Map(r.fields.map((f) => [f.key, f.value]));
  let correct = 0;
  let wrong = 0;
  let n = 0;
  for (const [k, want] of Object.entries(r.gold.fields)) {
    if (!inScope(k)) continue;
    n++;
    if (!got.has(k)) continue;
    const v = got.get(k);
    if (v === want || (typeof v === 'number' && typeof want === 'number' && Math.abs(v - want) < 1e-6)) correct++;
    else wrong++;
  }
  const spurious = r.gold.complete ? [...got.keys()].filter((k) => inScope(k) && !(k in r.gold.fields) && !(r.gold.ambiguous ?? []).includes(k)).length : 0;
  return { n, correct, wrong, spurious };
}

// Measured on the corpus (2026-11-21). What is missing is missing on purpose: shape-6 table 二 rows with
// no sums to split by and no figure in the text to settle them (pingtan .txt; pingtan-2023 states its 制发
// count only), and the two litigation groups of huaian-2024-raw table 四 (the PDF text scrambles the numbers;
// the text states 行政复议 351 and 行政诉讼 46 in all, which settles the 行政复议 group but holds both ways
// round for 直接起诉 / 复议后起诉).
const MIN_ACCURACY: Record<string, number> = {
  '004_43d0b42a4a6d771f.txt': 1,
  'huaian-2024-layout.txt': 1,
  'huaian-2024-raw.txt': 190 / 200,
  'huaian-2024.docx': 1,
  'pingtan-2019.txt': 179 / 198,
  'pingtan-2021.txt': 197 / 200,
  'pingtan-2023.txt': 198 / 200,
};

describe('extractTables on the corpus', () => {
  it('is exact where it speaks: no wrong and no spurious table figure in any document', () => {
    for (const r of runs) {
      const s = score(r);
      expect({ doc: r.gold.doc, wrong: s.wrong, spurious: s.spurious }).toEqual({ doc: r.gold.doc, wrong: 0, spurious: 0 });
    }
  });
  it('reaches the measured accuracy per document and overall', () => {
    let n = 0;
    let correct = 0;
    for (const r of runs) {
      const s = score(r);
      n += s.n;
      correct += s.correct;
      if (s.n === 0) continue;
      expect(s.correct / s.n, r.gold.doc).toBeGreaterThanOrEqual(MIN_ACCURACY[r.gold.doc] ?? 1);
    }
    expect(n).toBeGreaterThan(2800);
    expect(correct / n).toBeGreaterThanOrEqual(0.988);
  });
  it('uses table cells for .html/.docx and flattened rows for .txt', () => {
    for (const r of runs) {
      const methods = new Set(r.fields.map((f) => f.method));
      if (r.fields.length === 0) continue;
      expect([...methods], r.gold.doc).toEqual([r.gold.doc.endsWith('.txt') ? 'flattened-row' : 'table-cell']);
    }
  });
  it('provenance: the document text at every span is the figure (digits, maybe with separators)', () => {
    let checked = 0;
    for (const r of runs) {
      for (const f of r.fields) {
        const src = f.source!;
        expect(src.text).toBe(r.text.slice(src.start, src.end));
        if (typeof f.value !== 'number') continue;
        const at = src.text.replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
        expect(at, `${r.gold.doc} ${f.key}`).toBe(String(f.value));
        expect(src.normEnd).toBeGreaterThan(src.normStart);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2800);
  });
  it('says why it left figures out, in Chinese', () => {
    const r = runs.find((x) => x.gold.doc === 'pingtan-2021.txt')!;
    const note = r.notes.find((n) => n.keys.includes('t2.normative.issued'));
    expect(note?.message).toMatch(/表二.*行政规范性文件.*数字连写/);
  });
  it('says when a table of a 2021 report is not there at all', async () => {
    const { parsed } = await loadDoc('004_43d0b42a4a6d771f.txt');
    const cut = parsed.text.slice(0, parsed.text.indexOf('四、政府信息公开行政复议'));
    const doc = { ...parsed, text: cut };
    const r = extractTables({ parsed: doc, norm: normalize(cut) }, '2021');
    expect(r.fields.filter((f) => f.key.startsWith('t3.'))).toHaveLength(175);
    expect(r.notes.map((n) => n.message)).toContain('未找到表四（政府信息公开行政复议、行政诉讼情况）');
  });
  it('finds no table figures in pre-2019 reports', () => {
    for (const r of runs.filter((x) => x.gold.fields.format === 'pre2019')) expect(r.fields, r.gold.doc).toEqual([]);
  });
});
