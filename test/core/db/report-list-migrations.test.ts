import { describe, expect, it, afterEach } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index.js';
import { migrate } from '../../../src-main/core/db/open.js';
import { tempDir } from '../../helpers/temp-db.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const insertDoc = (db: Database.Database, sha: string, name: string, at: string) =>
  db.prepare(`INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text, start_map, end_map, blocks, imported_at)
    VALUES (?, 'txt', ?, 1, 'utf-8', 1, 't', 'n', x'', x'', '[]', ?)`).run(sha, name, at).lastInsertRowid as number;

describe('migration 0003 report-list', () => {
  it('backfills a reports row with file name and import time for documents imported before it', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'a.db'));
    migrate(db, MIGRATIONS.slice(0, 2));
    const a = insertDoc(db, 'a', 'a.txt', '2026-01-01T00:00:00.000Z');
    const b = insertDoc(db, 'b', 'b.txt', '2026-01-02T00:00:00.000Z');
    db.prepare("INSERT INTO reports (document_id, agency) VALUES (?, '某局')").run(a);
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const rows = db.prepare('SELECT document_id, agency, file_name, imported_at, status FROM reports ORDER BY document_id').all();
    expect(rows).toEqual([
      { document_id: a, agency: '某局', file_name: 'a.txt', imported_at: '2026-01-01T00:00:00.000Z', status: 'pending' },
      { document_id: b, agency: null, file_name: 'b.txt', imported_at: '2026-01-02T00:00:00.000Z', status: 'pending' },
    ]);
    db.close();
  });

  it('gives every newly imported document its reports row, and keeps an existing row when extraction upserts', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'b.db'));
    migrate(db, MIGRATIONS.slice(0, 3));
    const c = insertDoc(db, 'c', 'c.html', '2026-02-01T00:00:00.000Z');
    expect(db.prepare('SELECT file_name, imported_at, status FROM reports WHERE document_id = ?').get(c))
      .toEqual({ file_name: 'c.html', imported_at: '2026-02-01T00:00:00.000Z', status: 'pending' });
    db.prepare(`INSERT INTO reports (document_id, format, extracted_at) VALUES (?, '2021', 'x')
      ON CONFLICT(document_id) DO UPDATE SET format = excluded.format`).run(c);
    expect(db.prepare('SELECT file_name, format FROM reports WHERE document_id = ?').get(c)).toEqual({ file_name: 'c.html', format: '2021' });
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT document_id FROM reports ORDER BY imported_at DESC LIMIT 50').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/reports_imported_at/);
    db.close();
  });
});

describe('migration 0005 list-sort-indexes', () => {
  it('lets both directions of an unknowns-last sort walk an index', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'c.db'));
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');
    for (const c of ['agency', 'year', 'format', 'decided_at']) {
      expect(plan(`SELECT document_id FROM reports r ORDER BY (r.${c} IS NULL), r.${c}, r.document_id LIMIT 5`)).toMatch(new RegExp(`reports_sort_${c}_asc`));
      expect(plan(`SELECT document_id FROM reports r ORDER BY (r.${c} IS NOT NULL) DESC, r.${c} DESC, r.document_id DESC LIMIT 5`))
        .toMatch(new RegExp(`reports_sort_${c}_desc`));
    }
    db.close();
  });
});
