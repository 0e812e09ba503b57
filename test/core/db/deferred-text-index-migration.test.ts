// Migration 0007: the insert trigger indexes at once unless an import group has deferred indexing.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index.js';
import { migrate } from '../../../src-main/core/db/open.js';
import { tempDir } from '../../helpers/temp-db.js';
import { insertRawDocument } from '../../helpers/raw-document.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const rawInsert = insertRawDocument;
const matches = (db: Database.Database, phrase: string) =>
  (db.prepare('SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid').all(`"${phrase}"`) as { id: number }[]).map((r) => r.id);
const integrityCheck = (db: Database.Database) => db.prepare("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").run();

describe('migration 0007 deferred-text-index', () => {
  it('upgrades a version-6 database: what was indexed stays, inserts are indexed at once or listed while deferred', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'a.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 6));
    const old = rawInsert(db, 'old', '平潭综合实验区政府信息公开年度报告');
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(matches(db, '综合实验区')).toEqual([old]);
    expect(db.prepare('SELECT deferred FROM text_index_control').pluck().all()).toEqual([0]);
    const now = rawInsert(db, 'now', '淮安市人民政府政府信息公开工作年度报告');
    expect(matches(db, '淮安市')).toEqual([now]);
    db.exec('BEGIN');
    db.exec('UPDATE text_index_control SET deferred = 1');
    const later = rawInsert(db, 'later', '信丰县人民政府政府信息公开工作年度报告');
    expect(matches(db, '信丰县')).toEqual([]);
    expect(db.prepare('SELECT document_id FROM text_index_pending').pluck().all()).toEqual([later]);
    db.exec('ROLLBACK');
    expect(() => db.exec('UPDATE text_index_control SET deferred = 2')).toThrow(/CHECK/);
    integrityCheck(db);
    db.prepare('DELETE FROM documents WHERE id = ?').run(old);
    expect(matches(db, '综合实验区')).toEqual([]);
    integrityCheck(db);
    db.close();
  });
});
