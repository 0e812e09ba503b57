import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jaccard, shingles } from '../../../src-main/core/validate/shingles.js';
import {
  SIGNATURE_SIZE, estimateJaccard, signatureFromRow, signatureToRow, textSignature,
} from '../../../src-main/core/validate/text-signature.js';
import { UNCERTAIN } from '../../../src-main/core/validate/cross-report.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { sectionText } from '../../../src-main/core/validate/sections.js';
import { DOCS_DIR } from '../../helpers/corpus.js';
import { goldReport } from './helpers.js';

const norm = (doc: string) => normalize(readFileSync(join(DOCS_DIR, doc), 'utf8').replace(/\r\n?/g, '\n')).text;
const exact = (a: string, b: string) => jaccard(shingles(a), shingles(b));
const est = (a: string, b: string) => estimateJaccard(textSignature(a), textSignature(b));

describe('text signature', () => {
  const raw = norm('huaian-2024-raw.txt');

  it('holds the SIGNATURE_SIZE smallest hashes, ascending, of a whole report', () => {
    const s = textSignature(raw);
    expect(s.shingles).toBe(shingles(raw).size);
    expect(s.shingles).toBeGreaterThan(SIGNATURE_SIZE);
    expect(s.sample).toHaveLength(SIGNATURE_SIZE);
    for (let i = 1; i < s.sample.length; i++) expect(s.sample[i]).toBeGreaterThan(s.sample[i - 1]);
  });

  it('a text is identical to itself; changed figures and punctuation give the same shingles but another text hash', () => {
    expect(est(raw, raw)).toEqual({ jaccard: 1, exact: true });
    const edited = raw.replace(/\d+/g, '9').replace(/[,。]/g, '；');
    const a = textSignature(raw);
    const b = textSignature(edited);
    expect(b.textHash).not.toBe(a.textHash);
    expect(estimateJaccard(a, b).jaccard).toBe(1);
  });

  it('small edits survive: a few changed sentences still score high', () => {
    const edited = raw
      .replace('政府信息公开', '政务公开')
      .replace(/工作/, '事项')
      .slice(0, Math.floor(raw.length * 0.97));
    const e = est(raw, edited);
    expect(e.exact).toBe(false);
    expect(e.jaccard).toBeGreaterThan(0.9);
    expect(Math.abs(e.jaccard - exact(raw, edited))).toBeLessThan(0.03);
  });

  it('the same report laid out differently scores high; different reports and years score low', () => {
    const layout = norm('huaian-2024-layout.txt');
    expect(est(raw, layout).jaccard).toBeGreaterThan(0.85);
    expect(est(norm('pingtan-2021.txt'), norm('pingtan-2023.txt')).jaccard).toBeLessThan(0.35);
    expect(est(raw, norm('pingtan-2021.txt')).jaccard).toBeLessThan(0.2);
  });

  it('short texts keep their whole shingle set and compare exactly', () => {
    const five = sectionText(goldReport('pingtan-2021.txt'), 5)!;
    const edited = five.replace('政策解读形式不够丰富', '政策解读方式比较单一');
    expect(shingles(five).size).toBeLessThanOrEqual(SIGNATURE_SIZE);
    const e = est(five, edited);
    expect(e.exact).toBe(true);
    expect(e.jaccard).toBe(exact(five, edited));
  });

  it('estimates stay within the band the duplicate check re-checks exactly, over corpus report pairs', () => {
    const docs = readdirSync(DOCS_DIR).filter((f) => f.endsWith('.txt')).sort().slice(0, 24);
    const texts = docs.map(norm);
    const sigs = texts.map((t) => textSignature(t));
    const sets = texts.map((t) => shingles(t));
    let worst = 0;
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const e = estimateJaccard(sigs[i], sigs[j]).jaccard;
        worst = Math.max(worst, Math.abs(e - jaccard(sets[i], sets[j])));
      }
    }
    expect(worst).toBeLessThan(UNCERTAIN);
  });

  it('a signature stored with a smaller sample is compared at that size', () => {
    const layout = norm('huaian-2024-layout.txt');
    const small = textSignature(raw, 128);
    const e = estimateJaccard(small, textSignature(layout));
    expect(e.exact).toBe(false);
    expect(Math.abs(e.jaccard - exact(raw, layout))).toBeLessThan(0.12);
    expect(estimateJaccard(small, textSignature(raw)).jaccard).toBe(1);
  });

  it('round-trips through a database row', () => {
    const s = textSignature(raw);
    const back = signatureFromRow(signatureToRow(s));
    expect(back.shingles).toBe(s.shingles);
    expect(back.textHash).toBe(s.textHash);
    expect([...back.sample]).toEqual([...s.sample]);
    expect(signatureToRow(s).sample.byteLength).toBe(SIGNATURE_SIZE * 4);
  });
});
