// Migration 0007: the full-text index is written by the application, no longer by an insert trigger.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index.js';
import { migrate } from '../../../src-main/core/db/open.js';
import { insertDocument } from '../../../src-main/core/db/documents-repo.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { tempDir } from '../../helpers/temp-db.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const rawInsert = (db: Database.Database, sha: string, text: string) =>
  Number(db.prepare(`INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text, start_map, end_map, blocks, imported_at)
    VALUES (?, 'txt', 'a.txt', 1, 'utf-8', 1, ?, ?, x'', x'', '[]', 'now')`).run(sha, text, text).lastInsertRowid);
const matches = (db: Database.Database, phrase: string) =>
  (db.prepare('SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid').all(`"${phrase}"`) as { id: number }[]).map((r) => r.id);
const integrityCheck = (db: Database.Database) => db.prepare("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").run();

describe('migration 0007 deferred-text-index', () => {
  it('keeps what was indexed, stops indexing by trigger, still un-indexes a deleted document', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'a.db'));
    migrate(db, MIGRATIONS.slice(0, 6));
    const old = rawInsert(db, 'old', '平潭综合实验区政府信息公开年度报告');
    expect(matches(db, '综合实验区')).toEqual([old]); // indexed by the version-6 trigger
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'documents_fts%'").pluck().all()).toEqual(['documents_fts_ad']);
    expect(matches(db, '综合实验区')).toEqual([old]);
    // a new document is indexed by insertDocument, exactly once
    const text = '淮安市人民政府政府信息公开工作年度报告';
    const parsed = { kind: 'txt' as const, encoding: 'utf-8', encodingConfidence: 1, text, blocks: [], notes: [] };
    const fresh = insertDocument(db, { sha256: 'new', fileName: 'b.txt', size: 1, parsed, norm: normalize(text) });
    expect(matches(db, '淮安市')).toEqual([fresh]);
    integrityCheck(db);
    db.prepare('DELETE FROM documents WHERE id = ?').run(old);
    expect(matches(db, '综合实验区')).toEqual([]);
    integrityCheck(db);
    db.close();
  });
});
