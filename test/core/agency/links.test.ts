import { afterEach, describe, expect, it } from 'vitest';
import { linkReports, refreshAgencyKey, sameAgencyReports, unlinkReports } from '../../../src-main/core/agency/links.js';
import { tempDb } from '../../helpers/temp-db.js';
import { insertCorpusDoc } from '../validate/helpers.js';
import type { Db } from '../../../src-main/core/db/open.js';

let cleanup = () => {};
afterEach(() => cleanup());

async function report(db: Db, doc: string, agency: string, year: number): Promise<number> {
  const id = await insertCorpusDoc(db, doc);
  db.prepare('UPDATE reports SET agency = ?, year = ? WHERE document_id = ?').run(agency, year, id);
  refreshAgencyKey(db, id);
  return id;
}

describe('agency links', () => {
  it('reports whose names differ only in form are the same agency; a reviewer can unlink and link', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const a = await report(t.db, 'pingtan-2021.txt', '平潭综合实验区', 2021);
    const b = await report(t.db, 'pingtan-2023.txt', '平潭综合实验区管委会', 2023);
    const c = await report(t.db, '004_43d0b42a4a6d771f.txt', '芙蓉街道办事处', 2021);
    expect(t.db.prepare('SELECT agency_key FROM reports WHERE document_id = ?').get(b)).toEqual({ agency_key: '平潭综合实验区' });
    expect(sameAgencyReports(t.db, a).map((r) => [r.documentId, r.via])).toEqual([[b, 'key']]);
    expect(sameAgencyReports(t.db, c)).toEqual([]);

    unlinkReports(t.db, b, a, '张三');
    expect(sameAgencyReports(t.db, a)).toEqual([]);
    expect(sameAgencyReports(t.db, b)).toEqual([]);

    linkReports(t.db, a, c, '张三');
    expect(sameAgencyReports(t.db, c).map((r) => [r.documentId, r.via])).toEqual([[a, 'linked']]);
    linkReports(t.db, a, b, '李四');
    expect(sameAgencyReports(t.db, a).map((r) => r.documentId).sort()).toEqual([b, c].sort());

    const events = t.db.prepare("SELECT document_id, kind, detail, reviewer FROM review_events WHERE kind LIKE 'agency-%' ORDER BY id").all();
    expect(events).toHaveLength(6);
    expect(events[0]).toEqual({ document_id: b, kind: 'agency-unlink', detail: String(a), reviewer: '张三' });
    expect(t.db.prepare('SELECT a, b, same FROM agency_links ORDER BY a, b').all()).toEqual([
      { a: Math.min(a, b), b: Math.max(a, b), same: 1 }, { a: Math.min(a, c), b: Math.max(a, c), same: 1 },
    ].sort((x, y) => x.a - y.a || x.b - y.b));
  });

  it('a report cannot be linked to itself', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const a = await report(t.db, 'pingtan-2021.txt', '平潭综合实验区', 2021);
    expect(() => linkReports(t.db, a, a, '张三')).toThrow();
  });
});
