// checkReport over the corpus: with the gold fields and the real text, and with the real extractor's output.
import { describe, expect, it } from 'vitest';
import { checkReport, reportForCheckFromExtraction } from '../../../src-main/core/validate/index.js';
import { CLEAN_DOCS, extracted, goldReport } from './helpers.js';

const rulesOf = (fs: { ruleId: string }[]) => new Set(fs.map((f) => f.ruleId));
const errorsOf = (fs: { severity: string; ruleId: string }[]) => fs.filter((f) => f.severity === 'error').map((f) => f.ruleId);

describe('checkReport on the corpus (gold fields + real text)', () => {
  it('003 raises STAT-CHANNEL-SUM and STAT-UNANSWERED', () => {
    const r = rulesOf(checkReport(goldReport('003_323c5264ff0b08ab.txt')));
    expect(r.has('STAT-CHANNEL-SUM')).toBe(true);
    expect(r.has('STAT-UNANSWERED')).toBe(true);
  });

  it('004 raises TAMPERED-CONTENT', () => {
    expect(errorsOf(checkReport(goldReport('004_43d0b42a4a6d771f.txt')))).toEqual(['TAMPERED-CONTENT']);
  });

  it.each(CLEAN_DOCS)('%s: no error', (doc) => {
    expect(errorsOf(checkReport(goldReport(doc)))).toEqual([]);
  });

  it('errors come first, then warnings, then infos', () => {
    const sev = checkReport(goldReport('004_43d0b42a4a6d771f.txt')).map((f) => f.severity);
    expect(sev).toEqual([...sev].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });

  it('a full 2021 report is checked in well under 5 ms', () => {
    const r = goldReport('pingtan-2021.txt');
    for (let i = 0; i < 20; i++) checkReport(r); // warm up
    const runs = 200;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) checkReport(r);
    const perCheck = (performance.now() - t0) / runs;
    console.log(`checkReport(pingtan-2021, ${Object.keys(r.fields).length} fields): ${perCheck.toFixed(3)} ms`);
    expect(perCheck).toBeLessThan(5); // the target; typically ~0.3–1 ms, more on a loaded machine
  });
});

describe('checkReport on the real extractor output', () => {
  it('003 raises STAT-CHANNEL-SUM and STAT-UNANSWERED', async () => {
    const { parsed, norm, extraction } = await extracted('003_323c5264ff0b08ab.txt');
    const r = rulesOf(checkReport(reportForCheckFromExtraction(extraction, parsed, norm)));
    expect([...r]).toEqual(expect.arrayContaining(['STAT-CHANNEL-SUM', 'STAT-UNANSWERED']));
  });

  it('004 raises TAMPERED-CONTENT', async () => {
    const { parsed, norm, extraction } = await extracted('004_43d0b42a4a6d771f.txt');
    expect(rulesOf(checkReport(reportForCheckFromExtraction(extraction, parsed, norm))).has('TAMPERED-CONTENT')).toBe(true);
  });

  // The structured sources of the clean reports; their flattened .txt copies are covered by the gold
  // tests above while the extractor still misses rows there (see the final report).
  it.each(['huaian-2024.docx', 'pingtan-2019.html', 'pingtan-2021.html', 'pingtan-2023-template.docx'])('%s: no error', async (doc) => {
    const { parsed, norm, extraction } = await extracted(doc);
    expect(errorsOf(checkReport(reportForCheckFromExtraction(extraction, parsed, norm)))).toEqual([]);
  });
});
