// Migration 0008: the signature-key index. A pre-0008 database gets the keys of its stored signatures (decoded
// from the sample BLOB in SQL) and lists its unsigned documents as pending; keys follow their signature.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index.js';
import { migrate } from '../../../src-main/core/db/open.js';
import { saveSignature, signatureKeys } from '../../../src-main/core/db/signatures-repo.js';
import { signatureToRow, textSignature } from '../../../src-main/core/validate/text-signature.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { DOCS_DIR } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/temp-db.js';
import { insertRawDocument } from '../../helpers/raw-document.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const insertDoc = insertRawDocument;
const keysOf = (db: Database.Database, id: number) =>
  (db.prepare('SELECT key FROM signature_keys WHERE document_id = ? ORDER BY key').all(id) as { key: number }[]).map((r) => r.key);
const pending = (db: Database.Database) =>
  (db.prepare('SELECT document_id FROM signature_keys_pending ORDER BY document_id').all() as { document_id: number }[]).map((r) => r.document_id);
const corpusText = (doc: string) => normalize(readFileSync(join(DOCS_DIR, doc), 'utf8')).text;

describe('migration 0008 signature-keys', () => {
  it('backfills the keys of stored signatures and lists unsigned documents as pending', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'a.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 7));
    const a = insertDoc(db, 'a', corpusText('pingtan-2021.txt'));
    const b = insertDoc(db, 'b', corpusText('huaian-2024-raw.txt'));
    const c = insertDoc(db, 'c', corpusText('pingtan-2023.txt'));
    const sa = textSignature(corpusText('pingtan-2021.txt'));
    const sb = textSignature(corpusText('huaian-2024-raw.txt'));
    const ins = db.prepare('INSERT INTO text_signatures (document_id, shingles, sample, text_hash) VALUES (@id, @shingles, @sample, @text_hash)');
    ins.run({ id: a, ...signatureToRow(sa) });
    ins.run({ id: b, ...signatureToRow(sb) });
    // a short text keeps its whole (small) sample: every byte position and the high bit decode right
    const d = insertDoc(db, 'd', '甲乙丙丁');
    ins.run({ id: d, ...signatureToRow({ shingles: 4, sample: Uint32Array.of(1, 0x1234abcd, 0x80000001, 0xffffffff), textHash: 'h' }) });
    migrate(db, MIGRATIONS.slice(0, 8));
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    // the SQL decoding agrees with the code's keys, including hashes ≥ 2³¹
    expect(keysOf(db, a)).toEqual(signatureKeys(sa).sort((x, y) => x - y));
    expect(keysOf(db, b)).toEqual(signatureKeys(sb).sort((x, y) => x - y));
    expect(keysOf(db, a)).toHaveLength(16);
    expect(keysOf(db, d)).toEqual([1, 0x1234abcd, 0x80000001, 0xffffffff]);
    expect(keysOf(db, c)).toEqual([]);
    expect(pending(db)).toEqual([c]);
    db.close();
  });

  it('keys are written with the signature and go with the document or a changed text', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'b.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    const text = corpusText('pingtan-2021.txt');
    const a = insertDoc(db, 'a', text);
    const b = insertDoc(db, 'b', text);
    expect(pending(db)).toEqual([a, b]);
    const sig = textSignature(text);
    saveSignature(db, a, sig);
    saveSignature(db, b, sig);
    expect(pending(db)).toEqual([]);
    expect(keysOf(db, a)).toEqual(signatureKeys(sig).sort((x, y) => x - y));
    // saved again (another signature): the old keys are replaced
    const other = textSignature(corpusText('pingtan-2023.txt'));
    saveSignature(db, b, other);
    expect(keysOf(db, b)).toEqual(signatureKeys(other).sort((x, y) => x - y));
    db.prepare("UPDATE documents SET file_name = 'a2.txt' WHERE id = ?").run(a);
    expect(keysOf(db, a)).toHaveLength(16);
    db.prepare("UPDATE documents SET normalized_text = '丙' WHERE id = ?").run(a);
    expect(keysOf(db, a)).toEqual([]);
    expect(pending(db)).toEqual([a]);
    db.prepare('DELETE FROM documents WHERE id = ?').run(b);
    expect(db.prepare('SELECT count(*) AS n FROM signature_keys').get()).toEqual({ n: 0 });
    db.prepare('DELETE FROM documents WHERE id = ?').run(a);
    expect(pending(db)).toEqual([]);
    db.close();
  });

  it('looks keys up by key and deletes them by document through indexes', () => {
    const t = tempDir(); cleanup = t.cleanup;
    const db = new Database(join(t.dir, 'c.db'));
    migrate(db, MIGRATIONS);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan('SELECT document_id FROM signature_keys WHERE key = 5 AND document_id < 9 ORDER BY document_id LIMIT 51')).not.toMatch(/SCAN|TEMP B-TREE/);
    expect(plan('DELETE FROM signature_keys WHERE document_id = 7')).toMatch(/signature_keys_document/);
    db.close();
  });
});
