// storeAnalysis / recheckReport / reanalyzeDocument against real SQLite files and real corpus reports.
import { afterEach, describe, expect, it } from 'vitest';
import { recheckReport, reanalyzeDocument, storeAnalysis } from '../../src-main/core/analyze.js';
import { addCorrection } from '../../src-main/core/db/fields-repo.js';
import { decideFinding, listFindings } from '../../src-main/core/db/findings-repo.js';
import { linkReports, unlinkReports } from '../../src-main/core/agency/links.js';
import { tempDb } from '../helpers/temp-db.js';
import { extracted, goldExtraction, insertCorpusDoc } from './validate/helpers.js';
import type { Db } from '../../src-main/core/db/open.js';
import { textSignature } from '../../src-main/core/validate/text-signature.js';
import { signatureOf } from '../../src-main/core/db/signatures-repo.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR } from '../helpers/corpus.js';

let cleanup = () => {};
afterEach(() => cleanup());

const rules = (db: Db, id: number) => listFindings(db, id).map((f) => f.ruleId);
const row = (db: Db, id: number) =>
  db.prepare('SELECT agency, agency_key, year, format, errors, warnings, infos, open_errors, checked_at FROM reports WHERE document_id = ?').get(id) as
    { agency: string; agency_key: string; year: number; format: string; errors: number; warnings: number; infos: number; open_errors: number; checked_at: string };

/** imports a corpus document with its gold fields as the extraction (changes applied) */
async function importGold(db: Db, doc: string, changes: Record<string, number | string | null> = {}, opts: { fileName?: string; path?: string } = {}) {
  const id = await insertCorpusDoc(db, doc, opts);
  db.transaction(() => storeAnalysis(db, id, goldExtraction(doc, changes)))();
  return id;
}

// A 2022 report of 平潭综合实验区 made of the real 2023 report's text and figures (which carried nothing in).
const AS_2022 = { year: 2022, published: '2023-02-10' };

describe('storeAnalysis', () => {
  it('stores extraction, agency key, findings and counts (003: its real contradictions)', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const id = await importGold(t.db, '003_323c5264ff0b08ab.txt');
    expect(row(t.db, id)).toMatchObject({ agency: '信丰县人民政府', agency_key: '信丰县', year: 2017, format: 'pre2019', errors: 0 });
    expect(row(t.db, id).checked_at).toBeTruthy();
    expect(rules(t.db, id)).toEqual(expect.arrayContaining(['STAT-CHANNEL-SUM', 'STAT-UNANSWERED']));
    expect(row(t.db, id).warnings).toBe(listFindings(t.db, id).filter((f) => f.severity === 'warning').length);
  });

  it('004 is flagged as tampered; the clean pingtan 2021 has no error', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const a = await importGold(t.db, '004_43d0b42a4a6d771f.txt');
    const b = await importGold(t.db, 'pingtan-2021.txt');
    expect(listFindings(t.db, a).find((f) => f.ruleId === 'TAMPERED-CONTENT')?.quote).toContain('365体育投注');
    expect(row(t.db, a)).toMatchObject({ agency_key: '芙蓉街道', open_errors: 1 });
    expect(row(t.db, b)).toMatchObject({ errors: 0, open_errors: 0 });
  });
});

describe('storeAnalysis with the real extractor', () => {
  it('003, 004 and the pingtan 2021 page: the corpus expectations hold on extracted values', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const ids: Record<string, number> = {};
    for (const doc of ['003_323c5264ff0b08ab.txt', '004_43d0b42a4a6d771f.txt', 'pingtan-2021.html']) {
      const id = await insertCorpusDoc(t.db, doc);
      const { extraction } = await extracted(doc);
      t.db.transaction(() => storeAnalysis(t.db, id, extraction))();
      ids[doc] = id;
    }
    expect(rules(t.db, ids['003_323c5264ff0b08ab.txt'])).toEqual(expect.arrayContaining(['STAT-CHANNEL-SUM', 'STAT-UNANSWERED']));
    expect(rules(t.db, ids['004_43d0b42a4a6d771f.txt'])).toContain('TAMPERED-CONTENT');
    expect(row(t.db, ids['pingtan-2021.html'])).toMatchObject({ agency_key: '平潭综合实验区', year: 2021, errors: 0 });
  });
});

describe('cross-report checks in the database', () => {
  it('CROSS-YEAR-CARRY: the 2022 report is re-checked when the 2021 report arrives later, and after a correction', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const y2022 = await importGold(t.db, 'pingtan-2023.txt', AS_2022, { fileName: 'pingtan-2022.txt' });
    expect(rules(t.db, y2022)).not.toContain('CROSS-YEAR-CARRY');

    // 2021 carried 1 自然人 application forward; the 2022 report says 0 were carried in
    const y2021 = await importGold(t.db, 'pingtan-2021.txt', {}, { fileName: 'pingtan-2021.txt' });
    const carry = listFindings(t.db, y2022).filter((f) => f.ruleId === 'CROSS-YEAR-CARRY');
    expect(carry.map((f) => f.keys[0])).toEqual(['t3.carried.natural', 't3.carried.total']);
    expect(carry[0].message).toContain('pingtan-2021.txt');
    expect(rules(t.db, y2021)).not.toContain('CROSS-YEAR-CARRY');

    // the reviewer corrects the 2022 figures (上年结转 1, and 结转下年度 1 so the table still balances)
    for (const key of ['t3.carried.natural', 't3.carried.total', 't3.carry_forward.natural', 't3.carry_forward.total']) {
      addCorrection(t.db, { documentId: y2022, key, value: 1, reviewer: '张三' });
    }
    recheckReport(t.db, y2022);
    expect(rules(t.db, y2022)).not.toContain('CROSS-YEAR-CARRY');
    expect(row(t.db, y2022).errors).toBe(0);

    // a correction of last year's 结转下年度 re-checks this year's report too
    addCorrection(t.db, { documentId: y2021, key: 't3.carry_forward.natural', value: 2, reviewer: '张三' });
    recheckReport(t.db, y2021);
    expect(listFindings(t.db, y2022).filter((f) => f.ruleId === 'CROSS-YEAR-CARRY').map((f) => f.keys[0])).toEqual(['t3.carried.natural']);
  });

  it('unlinking the two reports removes the cross-year finding; linking differently named ones adds it', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const y2021 = await importGold(t.db, 'pingtan-2021.txt');
    const y2022 = await importGold(t.db, 'pingtan-2023.txt', { ...AS_2022, agency: '平潭县' }, { fileName: 'pingtan-2022.txt' });
    expect(rules(t.db, y2022)).not.toContain('CROSS-YEAR-CARRY'); // 平潭县 ≠ 平潭综合实验区 by name
    linkReports(t.db, y2021, y2022, '张三');
    recheckReport(t.db, y2022);
    expect(rules(t.db, y2022)).toContain('CROSS-YEAR-CARRY');
    unlinkReports(t.db, y2021, y2022, '张三');
    recheckReport(t.db, y2022);
    expect(rules(t.db, y2022)).not.toContain('CROSS-YEAR-CARRY');
  });

  it('DUPLICATE-REPORT: the same report imported from a differently laid out file, and bytes from two paths', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const raw = await importGold(t.db, 'huaian-2024-raw.txt');
    const layout = await importGold(t.db, 'huaian-2024-layout.txt');
    expect(rules(t.db, raw)).not.toContain('DUPLICATE-REPORT');
    expect(listFindings(t.db, layout).find((f) => f.ruleId === 'DUPLICATE-REPORT')?.message).toContain('huaian-2024-raw.txt');

    t.db.prepare('INSERT INTO document_paths (document_id, path, added_at) VALUES (?, ?, ?)').run(raw, '/other/huaian.txt', 'now');
    recheckReport(t.db, raw);
    expect(listFindings(t.db, raw).find((f) => f.ruleId === 'DUPLICATE-REPORT')?.numbers).toMatchObject({ paths: 2 });
  });

  it('DUPLICATE-REPORT is found through shared passages even when the copies\' agency and year were read differently', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const html = await importGold(t.db, 'pingtan-2021.txt', {}, { fileName: 'pingtan-2021-a.txt' });
    const copy = await importGold(t.db, 'pingtan-2021.txt', { agency: null, year: null }, { fileName: 'pingtan-2021-b.txt', path: '/y/b.txt' });
    expect(listFindings(t.db, copy).find((f) => f.ruleId === 'DUPLICATE-REPORT')?.message).toContain(`pingtan-2021-a.txt（#${html}）完全相同`);
    const other = await importGold(t.db, 'pingtan-2023.txt', { agency: null, year: null });
    expect(rules(t.db, other)).not.toContain('DUPLICATE-REPORT');
  });

  it('DUPLICATE-REPORT finds a renamed copy through the signature keys alone (the full-text index emptied)', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const original = await importGold(t.db, 'pingtan-2021.txt', {}, { fileName: 'pingtan-2021-a.txt' });
    t.db.prepare("INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')").run();
    const text = readFileSync(join(DOCS_DIR, 'pingtan-2021.txt'), 'utf8').replaceAll('平潭综合实验区', '莆田市').replaceAll('2021', '2020');
    const id = await insertCorpusDoc(t.db, 'pingtan-2021.txt', { text, fileName: 'putian-2020.txt' });
    t.db.transaction(() => storeAnalysis(t.db, id, goldExtraction('pingtan-2021.txt', { agency: '莆田市人民政府', year: 2020 })))();
    expect(listFindings(t.db, id).find((f) => f.ruleId === 'DUPLICATE-REPORT')?.message).toContain(`pingtan-2021-a.txt（#${original}）`);
  });

  it('DUPLICATE-REPORT compares stored signatures: the import worker\'s is stored, an older document gets one at first use', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const sigRows = () => (t.db.prepare('SELECT document_id FROM text_signatures ORDER BY document_id').all() as { document_id: number }[]).map((r) => r.document_id);
    // stored before signatures existed: no signature row
    const raw = await insertCorpusDoc(t.db, 'huaian-2024-raw.txt');
    const layout = await insertCorpusDoc(t.db, 'huaian-2024-layout.txt');
    const layoutText = (t.db.prepare('SELECT normalized_text FROM documents WHERE id = ?').get(layout) as { normalized_text: string }).normalized_text;
    const given = textSignature(layoutText);
    t.db.transaction(() => storeAnalysis(t.db, layout, goldExtraction('huaian-2024-layout.txt'), given))();
    // the layout file was stored second: it is the duplicate of the raw one, whose signature was made on the way
    expect(listFindings(t.db, layout).find((f) => f.ruleId === 'DUPLICATE-REPORT')?.message).toContain(`huaian-2024-raw.txt（#${raw}）几乎相同`);
    expect(sigRows()).toEqual([raw, layout]);
    expect(signatureOf(t.db, layout)).toEqual(given);
    expect(signatureOf(t.db, raw)).toEqual(textSignature((t.db.prepare('SELECT normalized_text FROM documents WHERE id = ?').get(raw) as { normalized_text: string }).normalized_text));
  });

  it('REPEATED-TEXT: this year\'s report copied from last year\'s', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    await importGold(t.db, 'pingtan-2021.txt');
    const copy = await importGold(t.db, 'pingtan-2021.txt', { ...AS_2022 }, { fileName: 'pingtan-2022-copy.txt', path: '/x/pingtan-2022-copy.txt' });
    expect(listFindings(t.db, copy).find((f) => f.ruleId === 'REPEATED-TEXT')?.keys).toEqual(['section.5']);
  });
});

describe('decisions across re-checks and re-extraction', () => {
  it('a dismissed finding stays dismissed after recheck and reanalyzeDocument while it still fires', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const id = await importGold(t.db, 'pingtan-2021.txt', { 't4.review.total': 4 });
    const f = listFindings(t.db, id).find((x) => x.ruleId === 'T4-GROUP-SUM')!;
    decideFinding(t.db, { documentId: id, fingerprint: f.fingerprint, decision: 'dismissed', reason: '原文如此', reviewer: '张三' });
    expect(row(t.db, id)).toMatchObject({ errors: 1, open_errors: 0 });
    recheckReport(t.db, id);
    reanalyzeDocument(t.db, id, goldExtraction('pingtan-2021.txt', { 't4.review.total': 5 }));
    expect(listFindings(t.db, id).find((x) => x.ruleId === 'T4-GROUP-SUM')?.decision?.decision).toBe('dismissed');
    expect(row(t.db, id)).toMatchObject({ errors: 1, open_errors: 0 });

    // the reviewer's correction survives re-extraction and fixes the sum
    addCorrection(t.db, { documentId: id, key: 't4.review.total', value: 3, reviewer: '张三' });
    recheckReport(t.db, id);
    expect(rules(t.db, id)).not.toContain('T4-GROUP-SUM');
    reanalyzeDocument(t.db, id, goldExtraction('pingtan-2021.txt', { 't4.review.total': 5 }));
    expect(rules(t.db, id)).not.toContain('T4-GROUP-SUM');
  });

  it('a re-check after a correction is fast', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    await importGold(t.db, 'pingtan-2021.txt');
    const id = await importGold(t.db, 'pingtan-2023.txt', AS_2022);
    addCorrection(t.db, { documentId: id, key: 't3.new.natural', value: 81, reviewer: '张三' });
    for (let i = 0; i < 5; i++) recheckReport(t.db, id);
    const runs = 30;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) recheckReport(t.db, id);
    const ms = (performance.now() - t0) / runs;
    console.log(`recheckReport (with a previous-year report in the database): ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThan(50);
  });
});
