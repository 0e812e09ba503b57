import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDb } from '../../helpers/temp-db.js';
import { DOCS_DIR } from '../../helpers/corpus.js';
import type { Db } from '../../../src-main/core/db/open.js';
import { importPaths } from '../../../src-main/core/import/import-service.js';
import { addCorrection } from '../../../src-main/core/db/fields-repo.js';
import { channels } from '../../../src-main/shared/contract.js';
import {
  decideReport, facets, getDecision, getDocument, getHistory, getReportRow, getSetting, listReports, neighbours, normalizeQuery,
  setSetting, toDocSpan, toNormSpan, type ListFilters, type ReportRow,
} from '../../../src-main/core/db/reports-repo.js';
import { dashboard } from '../../../src-main/core/db/dashboard-repo.js';
import { getReviewedValues } from '../../../src-main/core/db/fields-repo.js';
import { DASHBOARD_KEYS } from '../../../src-main/shared/contract.js';

let db: Db;
let cleanup: () => void;
let all: ReportRow[];

const list = (input: Parameters<typeof channels['reports.list']['input']['parse']>[0]) => listReports(db, channels['reports.list'].input.parse(input));
const normText = (id: number) => (db.prepare('SELECT normalized_text AS t FROM documents WHERE id = ?').get(id) as { t: string }).t;

beforeAll(async () => {
  const t = tempDb();
  db = t.db;
  cleanup = t.cleanup;
  const summary = await importPaths(db, [DOCS_DIR], { workers: 0 });
  expect(summary.imported).toBeGreaterThan(50);
  all = list({ limit: 1000 }).rows;
});
afterAll(() => cleanup());

describe('reports list', () => {
  it('lists every imported document once, newest first by default, with its file name and import time', () => {
    const n = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    expect(all).toHaveLength(n);
    expect(new Set(all.map((r) => r.id)).size).toBe(n);
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((a, b) => b - a));
    for (const r of all) {
      expect(r.fileName).toMatch(/\.(txt|html|docx)$/);
      expect(r.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(channels['reports.list'].output.shape.rows.element.safeParse(r).success).toBe(true);
    }
  });

  it('pages without gaps or repeats under every sort column', () => {
    for (const column of ['agency', 'year', 'format', 'errors', 'fileName', 'importedAt', 'openErrors'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: number[] = [];
        for (let offset = 0; offset < all.length; offset += 7) seen.push(...list({ sort: { column, dir }, offset, limit: 7 }).rows.map((r) => r.id));
        expect(seen).toHaveLength(all.length);
        expect(new Set(seen).size).toBe(all.length);
      }
    }
  });

  it('sorts by year with unknown years last in both directions', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const years = list({ sort: { column: 'year', dir }, limit: 1000 }).rows.map((r) => r.year);
      const known = years.filter((y): y is number => y !== null);
      expect(known).toEqual([...known].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
      expect(years.slice(known.length).every((y) => y === null)).toBe(true);
    }
  });

  it('filters by year (including unknown), format and status, and counts the total before paging', () => {
    const year = all.find((r) => r.year !== null)!.year!;
    const byYear = list({ year: [year], limit: 2 });
    expect(byYear.total).toBe(all.filter((r) => r.year === year).length);
    expect(byYear.rows.length).toBeLessThanOrEqual(2);
    const withNull = list({ year: [year, null], limit: 1000 });
    expect(withNull.total).toBe(all.filter((r) => r.year === year || r.year === null).length);
    const f = list({ format: ['pre2019'], limit: 1000 });
    expect(f.rows.every((r) => r.format === 'pre2019')).toBe(true);
    expect(f.total).toBe(all.filter((r) => r.format === 'pre2019').length);
    expect(list({ status: ['approved'] }).total).toBe(all.filter((r) => r.status === 'approved').length);
  });

  it('filters by finding severity and unresolved errors', () => {
    const withErrors = list({ severity: ['error'], limit: 1000 });
    expect(withErrors.total).toBe(all.filter((r) => r.errors > 0).length);
    const either = list({ severity: ['error', 'info'], limit: 1000 });
    expect(either.total).toBe(all.filter((r) => r.errors > 0 || r.infos > 0).length);
    expect(list({ unresolved: true }).total).toBe(all.filter((r) => r.openErrors > 0).length);
  });

  it('finds a phrase of the document text with the trigram index (≥3 chars), every hit really containing it', () => {
    const id = all[Math.floor(all.length / 2)].id;
    const text = normText(id);
    const phrase = text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + 6).trim();
    expect([...phrase].length).toBeGreaterThanOrEqual(3);
    const hits = list({ query: phrase, limit: 1000 });
    expect(hits.rows.map((r) => r.id)).toContain(id);
    const expected = all.filter((r) => normText(r.id).includes(phrase) || (r.agency ?? '').includes(phrase) || r.fileName.includes(phrase));
    expect(hits.total).toBe(expected.length);
  });

  it('finds 1–2 character queries by scanning, with the same result as a plain substring search', () => {
    for (const q of ['复议', '诉']) {
      const hits = list({ query: q, limit: 1000 });
      const expected = all.filter((r) => normText(r.id).includes(q) || (r.agency ?? '').includes(q) || r.fileName.includes(q));
      expect(hits.total).toBe(expected.length);
      expect(hits.total).toBeGreaterThan(0);
    }
  });

  it('normalises the query like the text: traditional characters and full-width digits find simplified text', () => {
    expect(normalizeQuery(' 政府資訊公開 ')).toBe('政府资讯公开');
    const simplified = list({ query: '政府信息公开' }).total;
    expect(simplified).toBeGreaterThan(0);
    expect(list({ query: '政府信息公開' }).total).toBe(simplified);
  });

  it('pages a text search in the asked order, the same as sorting the hits', () => {
    for (const sort of [{ column: 'agency', dir: 'asc' }, { column: 'year', dir: 'desc' }, { column: 'id', dir: 'asc' }] as const) {
      const whole = list({ query: '信息公开', sort, limit: 1000 });
      const paged: number[] = [];
      for (let offset = 0; offset < whole.total + 7; offset += 7) {
        const p = list({ query: '信息公开', sort, offset, limit: 7 });
        expect(p.total).toBe(whole.total);
        paged.push(...p.rows.map((r) => r.id));
      }
      expect(paged).toEqual(whole.rows.map((r) => r.id));
      const hits = new Set(paged);
      const sortedAll = list({ sort, limit: 1000 }).rows.map((r) => r.id).filter((id) => hits.has(id));
      expect(paged).toEqual(sortedAll);
    }
  });

  it('treats FTS syntax in a query as text', () => {
    expect(() => list({ query: 'a" OR "b' })).not.toThrow();
    expect(() => list({ query: 'NEAR(政府 信息)' })).not.toThrow();
    expect(list({ query: '"*"' }).total).toBeGreaterThanOrEqual(0);
  });

  it('gives neighbours in the list order under the same filters', () => {
    const filters: ListFilters = { sort: { column: 'agency', dir: 'asc' }, format: ['2021', '2019'] };
    const ordered = list({ ...filters, limit: 1000 }).rows.map((r) => r.id);
    expect(ordered.length).toBeGreaterThan(2);
    expect(neighbours(db, ordered[0], filters)).toEqual({ prevId: null, nextId: ordered[1] });
    expect(neighbours(db, ordered[1], filters)).toEqual({ prevId: ordered[0], nextId: ordered[2] });
    expect(neighbours(db, ordered[ordered.length - 1], filters).nextId).toBeNull();
    const outside = all.find((r) => r.format === 'pre2019')!.id;
    expect(neighbours(db, outside, filters)).toEqual({ prevId: null, nextId: null });
  });

  it('gives the right neighbours for every report under every sort, across the unknown-value group', () => {
    const saved = db.prepare('SELECT document_id AS id, agency FROM reports ORDER BY document_id LIMIT 3').all() as { id: number; agency: string | null }[];
    db.prepare('UPDATE reports SET agency = NULL WHERE document_id IN (SELECT document_id FROM reports ORDER BY document_id LIMIT 3)').run();
    try {
      for (const column of ['agency', 'year', 'format', 'errors', 'fileName', 'id', 'decidedAt'] as const) {
        for (const dir of ['asc', 'desc'] as const) {
          const filters: ListFilters = { sort: { column, dir } };
          const ordered = list({ ...filters, limit: 1000 }).rows.map((r) => r.id);
          ordered.forEach((id, i) => {
            expect(neighbours(db, id, filters), `${column} ${dir} #${i}`).toEqual({ prevId: ordered[i - 1] ?? null, nextId: ordered[i + 1] ?? null });
          });
        }
      }
    } finally {
      for (const r of saved) db.prepare('UPDATE reports SET agency = ? WHERE document_id = ?').run(r.agency, r.id);
    }
  });

  it('walks an index for sorted pages (no temporary sort b-tree)', () => {
    for (const column of ['agency', 'year', 'importedAt', 'fileName'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const q = list({ sort: { column, dir }, limit: 5, offset: 10 });
        expect(q.rows).toHaveLength(5);
      }
    }
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan('SELECT r.document_id FROM reports r ORDER BY (r.agency IS NULL) ASC, r.agency ASC, r.document_id ASC LIMIT 10 OFFSET 20'))
      .not.toMatch(/TEMP B-TREE/);
    expect(plan('SELECT r.document_id FROM reports r ORDER BY (r.year IS NOT NULL) DESC, r.year DESC, r.document_id DESC LIMIT 10'))
      .not.toMatch(/TEMP B-TREE/);
  });

  it('facets add up to the total', () => {
    const f = facets(db);
    expect(f.total).toBe(all.length);
    expect(f.years.reduce((a, y) => a + y.count, 0)).toBe(all.length);
    expect(f.formats.reduce((a, y) => a + y.count, 0)).toBe(all.length);
    expect(Object.values(f.statuses).reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(channels['reports.facets'].output.safeParse(f).success).toBe(true);
  });
});

describe('documents and spans', () => {
  it('reads a document with blocks and maps normalised spans back to the text', () => {
    const id = all.find((r) => r.fileName.endsWith('.html'))!.id;
    const doc = getDocument(db, id)!;
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(doc.startMap.length).toBe(doc.normalizedText.length);
    expect(doc.paths[0]).toMatch(/\.html$/);
    const i = doc.normalizedText.indexOf('信息公开');
    expect(i).toBeGreaterThanOrEqual(0);
    const span = toDocSpan(doc, i, i + 4);
    expect(doc.text.slice(span.start, span.end)).toMatch(/信息公[开開]/);
    expect(toNormSpan(doc, span.start, span.end)).toEqual({ normStart: i, normEnd: i + 4 });
  });
});

describe('decisions and history', () => {
  it('records who decided what and when, and reopening clears the decision', () => {
    const id = all[0].id;
    decideReport(db, id, 'return', { comment: '表三不平衡', reviewer: '张三', at: '2026-03-01T10:00:00.000Z' });
    expect(getReportRow(db, id)).toMatchObject({ status: 'returned', decidedBy: '张三', decidedAt: '2026-03-01T10:00:00.000Z' });
    expect(getDecision(db, id)).toEqual({ at: '2026-03-01T10:00:00.000Z', by: '张三', comment: '表三不平衡' });
    decideReport(db, id, 'reopen', { reviewer: '李四', at: '2026-03-02T10:00:00.000Z' });
    expect(getReportRow(db, id)).toMatchObject({ status: 'pending', decidedBy: null, decidedAt: null });
    expect(list({ status: ['pending'] }).total).toBe(all.length);
  });

  it('merges corrections and review events by time', () => {
    const id = all[1].id;
    addCorrection(db, { documentId: id, key: 'agency', value: '测试局', reviewer: '王五', at: '2099-03-01T09:00:00.000Z' });
    decideReport(db, id, 'approve', { reviewer: '王五', at: '2099-03-01T09:30:00.000Z' });
    addCorrection(db, { documentId: id, key: 'year', value: 2020, reviewer: '王五', at: '2099-03-01T09:10:00.000Z' });
    const h = getHistory(db, id);
    expect(h[0].kind).toBe('import');
    const rest = h.slice(1);
    expect(rest.map((e) => e.kind)).toEqual(['correction', 'correction', 'approve']);
    expect(rest[0]).toMatchObject({ key: 'agency', new: '测试局', reviewer: '王五' });
    expect(rest[1]).toMatchObject({ key: 'year', new: 2020 });
    expect(getReportRow(db, id)).toMatchObject({ agency: '测试局', year: 2020, status: 'approved' });
  });

  it('keeps settings', () => {
    expect(getSetting(db, 'reviewerName')).toBeUndefined();
    setSetting(db, 'reviewerName', '赵六');
    setSetting(db, 'reviewerName', '钱七');
    expect(getSetting(db, 'reviewerName')).toBe('钱七');
  });
});

describe('dashboard', () => {
  it('sums the reviewed values per year and counts statuses and findings', () => {
    // corrections win: a superseded one, the newest one, and one that blanks a value
    const withTotal = all.filter((r) => r.format === '2021' || r.format === '2019').slice(0, 2).map((r) => r.id);
    addCorrection(db, { documentId: withTotal[0], key: 't3.new.total', value: 5, reviewer: 't', at: '2099-01-01T00:00:00.000Z' });
    addCorrection(db, { documentId: withTotal[0], key: 't3.new.total', value: 1234, reviewer: 't', at: '2099-01-02T00:00:00.000Z' });
    addCorrection(db, { documentId: withTotal[1], key: 't3.new.total', value: null, reviewer: 't', at: '2099-01-02T00:00:00.000Z' });
    addCorrection(db, { documentId: all.find((r) => r.format === 'pre2019')!.id, key: 'stat.apply.received', value: 77, reviewer: 't', at: '2099-01-02T00:00:00.000Z' });
    const d = dashboard(db);
    expect(d.total).toBe(all.length);
    expect(d.byYear.reduce((a, y) => a + y.reports, 0)).toBe(all.length);
    // recompute the sums from getReviewedValues (corrections win) for every report
    const expected = new Map<string, number>();
    for (const r of listReports(db, channels['reports.list'].input.parse({ limit: 1000 })).rows) {
      const v = getReviewedValues(db, r.id);
      for (const k of DASHBOARD_KEYS) {
        if (typeof v[k] === 'number') expected.set(`${r.year}|${k}`, (expected.get(`${r.year}|${k}`) ?? 0) + (v[k] as number));
      }
    }
    const got = new Map<string, number>();
    for (const y of d.byYear) for (const [k, s] of Object.entries(y.sums)) got.set(`${y.year}|${k}`, s);
    expect(got).toEqual(expected);
    expect(expected.size).toBeGreaterThan(0);
    const findings = (db.prepare('SELECT count(*) AS n FROM findings').get() as { n: number }).n;
    expect(d.topFindings.reduce((a, f) => a + f.count, 0)).toBeLessThanOrEqual(findings);
    expect(channels['dashboard.get'].output.safeParse(d).success).toBe(true);
    const approved = dashboard(db, 'approved');
    expect(approved.total).toBe(list({ status: ['approved'] }).total);
  });

  it('sums every outcome row, so the outcomes of a year add up to its （七）总计 (R2)', () => {
    const y2024 = dashboard(db).byYear.find((y) => y.year === 2024)!;
    const outcomeKeys = DASHBOARD_KEYS.filter((k) => /^t3\.(public|partial|withheld|unable|rejected|other)\./.test(k));
    expect(outcomeKeys).toEqual(expect.arrayContaining(['t3.rejected.petition.total', 't3.other.misc.total']));
    const outcomes = outcomeKeys.reduce((a, k) => a + (y2024.sums[k] ?? 0), 0);
    expect(y2024.sums['t3.total.total']).toBeGreaterThan(0);
    expect(outcomes).toBe(y2024.sums['t3.total.total']);
  });
});
