// Migration 0006: stored text signatures (dropped with their document or when its text changes) and the
// agency_links(b) index.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index.js';
import { migrate } from '../../../src-main/core/db/open.js';
import { tempDir } from '../../helpers/temp-db.js';
import { insertRawDocument } from '../../helpers/raw-document.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const insertDoc = insertRawDocument;
const signatures = (db: Database.Database) => (db.prepare('SELECT document_id FROM text_signatures ORDER BY document_id').all() as { document_id: number }[]).map((r) => r.document_id);

describe('migration 0006 text-signatures', () => {
  it('upgrades a version-5 database; a signature goes with its document and with a changed text', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'a.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 5));
    const a = insertDoc(db, 'a', '甲');
    const b = insertDoc(db, 'b', '乙');
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    // documents from before the migration have none: they get one at first use
    expect(signatures(db)).toEqual([]);
    const ins = db.prepare("INSERT INTO text_signatures (document_id, shingles, sample, text_hash) VALUES (?, 1, x'01000000', 'h')");
    ins.run(a);
    ins.run(b);
    db.prepare('DELETE FROM documents WHERE id = ?').run(a);
    expect(signatures(db)).toEqual([b]);
    db.prepare("UPDATE documents SET file_name = 'b2.txt' WHERE id = ?").run(b);
    expect(signatures(db)).toEqual([b]);
    db.prepare("UPDATE documents SET normalized_text = '丙' WHERE id = ?").run(b);
    expect(signatures(db)).toEqual([]);
    db.close();
  });

  it('finds the links of a report by either end through indexes', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'b.db'));
    migrate(db, MIGRATIONS);
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT a, b FROM agency_links WHERE a = 7 OR b = 7').all() as { detail: string }[])
      .map((r) => r.detail).join('\n');
    expect(plan).not.toMatch(/SCAN agency_links/);
    expect(plan).toMatch(/agency_links_b/);
    db.close();
  });
});
