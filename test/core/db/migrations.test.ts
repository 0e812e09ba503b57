import { describe, expect, it, afterEach } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index.js';
import { migrate, openDatabase, DatabaseError } from '../../../src-main/core/db/open.js';
import { tempDir } from '../../helpers/temp-db.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001 creates documents, paths, import errors and the trigram index', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'a.db'));
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['documents', 'document_paths', 'import_errors', 'documents_fts']));
    db.prepare(`INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text, start_map, end_map, blocks, imported_at)
      VALUES ('x', 'txt', 'a.txt', 1, 'utf-8', 1, 't', '政府信息公开年度报告', x'', x'', '[]', 'now')`).run();
    expect(db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH '信息公开'").all()).toHaveLength(1);
    db.close();
  });

  it('0002 adds the review tables on top of 0001 and keeps existing documents', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'b.db'));
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(`INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text, start_map, end_map, blocks, imported_at)
      VALUES ('y', 'txt', 'b.txt', 1, 'utf-8', 1, 't', 'n', x'', x'', '[]', 'now')`).run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tables(db)).toEqual(expect.arrayContaining(['reports', 'extracted_fields', 'corrections', 'findings', 'finding_decisions', 'review_events', 'agency_links']));
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    db.close();
  });

  it('refuses a database newer than the program, with a Chinese message', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const path = join(t.dir, 'c.db');
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(path)).toThrow(DatabaseError);
    expect(() => openDatabase(path)).toThrow(/版本/);
  });

  it('refuses a file that is not a database', async () => {
    const t = tempDir(); cleanup = t.cleanup;
    const { writeFileSync } = await import('node:fs');
    const path = join(t.dir, 'not.db');
    writeFileSync(path, 'this is not sqlite at all, just text '.repeat(200));
    expect(() => openDatabase(path)).toThrow(DatabaseError);
  });

  it('opens in WAL mode with foreign keys on', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = openDatabase(join(t.dir, 'd.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
