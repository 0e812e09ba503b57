// The export's page reader must give exactly what fields-repo's getReviewedFields gives (corrections win,
// the newest one of a key in force), select and order reports as documented, and read one consistent
// snapshot while the database keeps changing.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src-main/core/db/open.js';
import { addCorrection, getReviewedFields } from '../../../src-main/core/db/fields-repo.js';
import { exportWorkbook } from '../../../src-main/core/export/index.js';
import { ReportSource, countByStatus, openSnapshot, selectReports, type KeySelection } from '../../../src-main/core/export/report-source.js';
import { loadGolds, type Gold } from '../../helpers/corpus.js';
import { tempDb } from '../../helpers/temp-db.js';
import { insertGoldReport, setStatus } from './fixture.js';
import { cellValue, dataRows, readBook, sheet } from './workbook-oracle.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const golds = () => loadGolds().filter((g) => g.complete);

function withApprox(g: Gold, key: string): Gold {
  return { ...g, approx: { ...(g.approx ?? {}), [key]: Number(g.fields[key]) } };
}

describe('ReportSource.page', () => {
  it('equals getReviewedFields for every report and key, whatever the key selection', () => {
    const t = tempDb();
    cleanup = t.cleanup;
    const gs = golds();
    const ids = gs.map((g) => insertGoldReport(t.db, g.doc.startsWith('pingtan-2016.html') ? withApprox(g, 'stat.apply.received') : g));
    const [a, b] = ids;
    addCorrection(t.db, { documentId: a, key: 'agency', value: '改正后的机关', reviewer: '甲' });
    addCorrection(t.db, { documentId: b, key: 't3.new.total', value: 1, reviewer: '甲', at: '2026-01-01T00:00:00Z' });
    addCorrection(t.db, { documentId: b, key: 't3.new.total', value: 2, reviewer: '乙', at: '2026-01-02T00:00:00Z' });
    addCorrection(t.db, { documentId: b, key: 't3.new.natural', value: null, reviewer: '乙' });
    // a key extraction never gave
    addCorrection(t.db, { documentId: b, key: 't2.fees.amount', value: 12.5, reviewer: '乙' });

    const source = new ReportSource(t.db);
    const reports = selectReports(t.db, { all: true });
    expect(reports.map((r) => r.id).sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    const selections: KeySelection[] = [[], ['t3.'], ['t2.', 'stat.'], { exact: ['agency', 't3.new.total', 'stat.fees', 'no.such.key'] }];
    for (const selection of selections) {
      for (const { report, values } of source.page(reports, selection)) {
        const expected = getReviewedFields(t.db, report.id);
        const wanted = [...expected.keys()].filter((k) =>
          'exact' in selection ? selection.exact.includes(k) : selection.length === 0 || selection.some((p) => k.startsWith(p)),
        );
        expect(values.keys().sort(), `${report.id} ${JSON.stringify(selection)}`).toEqual(wanted.sort());
        for (const k of wanted) {
          const e = expected.get(k)!;
          const got = values.get(k)!;
          expect(got.value).toEqual(e.value);
          expect(got.approx).toBe(e.approx);
          expect(Boolean(got.correction)).toBe(e.corrected);
          if (e.correction) {
            expect(got.correction).toEqual({ extracted: e.correction.extractedValue, reviewer: e.correction.reviewer, at: e.correction.at });
          }
        }
      }
    }
    const b2 = source.page(reports.filter((r) => r.id === b), ['t3.'])[0].values;
    expect(b2.value('t3.new.total')).toBe(2);
    expect(b2.correction('t3.new.total')?.reviewer).toBe('乙');
    expect(b2.value('t3.new.natural')).toBeNull();
    const approx = source.page(reports, ['stat.']).find((p) => p.report.fileName === 'pingtan-2016.html')!.values;
    expect(approx.isApprox('stat.apply.received')).toBe(true);
  });
});

describe('selectReports', () => {
  it('selects approved reports by default, or every status, a status, a year; ordered by year, agency, id', () => {
    const t = tempDb();
    cleanup = t.cleanup;
    const ids = golds().map((g) => insertGoldReport(t.db, g));
    ids.forEach((id, i) => setStatus(t.db, id, (['approved', 'approved', 'returned', 'rejected'] as const)[i % 4]));
    setStatus(t.db, ids[0], 'pending');
    const rows = t.db.prepare('SELECT document_id AS id, status, year, agency FROM reports').all() as Array<{ id: number; status: string; year: number | null; agency: string | null }>;
    expect(selectReports(t.db, {}).map((r) => r.id).sort()).toEqual(rows.filter((r) => r.status === 'approved').map((r) => r.id).sort());
    expect(selectReports(t.db, { all: true })).toHaveLength(rows.length);
    expect(selectReports(t.db, { status: 'returned' }).map((r) => r.status)).toEqual(rows.filter((r) => r.status === 'returned').map(() => 'returned'));
    expect(selectReports(t.db, { all: true, year: 2021 }).every((r) => r.year === 2021)).toBe(true);
    // years ascending, and within a year the agencies in order
    const all = selectReports(t.db, { all: true });
    const years = all.map((r) => r.year ?? Infinity);
    expect(years).toEqual([...years].sort((x, y) => x - y));
    const zh = new Intl.Collator('zh-CN-u-co-pinyin');
    for (let i = 1; i < all.length; i++) {
      if (all[i].year === all[i - 1].year && all[i].agency && all[i - 1].agency) {
        expect(zh.compare(all[i - 1].agency!, all[i].agency!), `${all[i - 1].agency} ≤ ${all[i].agency}`).toBeLessThanOrEqual(0);
      }
    }
    expect(countByStatus(t.db)).toEqual({
      pending: rows.filter((r) => r.status === 'pending').length,
      approved: rows.filter((r) => r.status === 'approved').length,
      returned: rows.filter((r) => r.status === 'returned').length,
      rejected: rows.filter((r) => r.status === 'rejected').length,
    });
  });
});

describe('snapshot', () => {
  it('an export sees one state: a value corrected while it runs is in no sheet', async () => {
    const t = tempDb();
    cleanup = t.cleanup;
    const ids = golds().map((g) => insertGoldReport(t.db, g));
    for (const id of ids) setStatus(t.db, id, 'approved');
    const target = ids.find((id) => getReviewedFields(t.db, id).get('format')?.value === '2021')!;
    const before = getReviewedFields(t.db, target).get('t3.new.total')!.value;
    let wrote = false;
    const out = join(t.path, '..', 'snap.xlsx');
    await exportWorkbook(t.db, {
      out,
      pageSize: 2,
      onProgress: () => {
        if (wrote) return;
        wrote = true;
        // the reviewer keeps working in the app on the same connection while 汇总 is being written
        addCorrection(t.db, { documentId: target, key: 't3.new.total', value: 987654, reviewer: '丙' });
      },
    });
    expect(wrote).toBe(true);
    expect(getReviewedFields(t.db, target).get('t3.new.total')!.value).toBe(987654);
    const wb = await readBook(out);
    const t3 = sheet(wb, '表三');
    const row = dataRows(t3, 2).find((r) => cellValue(t3, r, 1) === target && String(cellValue(t3, r, 5)).startsWith('一、'))!;
    expect(cellValue(t3, row, 12)).toBe(before);
    const corrections = sheet(wb, '修改记录');
    expect(dataRows(corrections, 1)).toHaveLength(0);
  });

  it('a database file is read through its own read-only connection, an in-memory one directly', () => {
    const t = tempDb();
    cleanup = t.cleanup;
    const snap = openSnapshot(t.db);
    expect(snap.db).not.toBe(t.db);
    expect(snap.db.readonly).toBe(true);
    snap.close();
    const mem = openDatabase(':memory:');
    const direct = openSnapshot(mem);
    expect(direct.db).toBe(mem);
    direct.close();
    mem.close();
  });
});
