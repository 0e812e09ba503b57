// The full-text index written by the application: at once, or deferred to the commit of an import group.
import { afterEach, describe, expect, it } from 'vitest';
import { documentsWithPhrase, dropDeferredText, flushTextIndex, indexDocumentText } from '../../../src-main/core/db/text-index.js';
import type { Db } from '../../../src-main/core/db/open.js';
import { tempDb } from '../../helpers/temp-db.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function open(): Db {
  const t = tempDb();
  cleanup = t.cleanup;
  return t.db;
}

const TEXT_A = '平潭综合实验区二〇二一年政府信息公开工作年度报告';
const TEXT_B = '淮安市人民政府二〇二四年政府信息公开工作年度报告';

function addDocument(db: Db, sha: string, text: string): number {
  return Number(db.prepare(`INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text, start_map, end_map, blocks, imported_at)
    VALUES (?, 'txt', 'a.txt', 1, 'utf-8', 1, ?, ?, x'', x'', '[]', 'now')`).run(sha, text, text).lastInsertRowid);
}
const matches = (db: Db, phrase: string) =>
  (db.prepare('SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid').all(`"${phrase}"`) as { id: number }[]).map((r) => r.id);
const integrityOk = (db: Db) => {
  db.prepare("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").run();
};

describe('text index', () => {
  it('indexes at once by default', () => {
    const db = open();
    const a = addDocument(db, 'a', TEXT_A);
    indexDocumentText(db, a, TEXT_A);
    expect(matches(db, '综合实验区')).toEqual([a]);
    integrityOk(db);
  });

  it('deferred: found in memory before the flush, by the index after it', () => {
    const db = open();
    db.exec('BEGIN');
    const a = addDocument(db, 'a', TEXT_A);
    indexDocumentText(db, a, TEXT_A, true);
    const b = addDocument(db, 'b', TEXT_B);
    indexDocumentText(db, b, TEXT_B, true);
    expect(matches(db, '年度报告')).toEqual([]);
    // the duplicate search sees both, below the asking document's id only
    expect(documentsWithPhrase(db, '政府信息公开工作年度报告', b + 1).sort()).toEqual([a, b]);
    expect(documentsWithPhrase(db, '政府信息公开工作年度报告', b)).toEqual([a]);
    flushTextIndex(db);
    db.exec('COMMIT');
    expect(matches(db, '年度报告')).toEqual([a, b]);
    expect(documentsWithPhrase(db, '人民政府', b + 1)).toEqual([b]); // from the index now, not twice
    integrityOk(db);
  });

  it('a deferred document whose savepoint was rolled back is not indexed; a reused id indexes its new text', () => {
    const db = open();
    db.exec('BEGIN');
    db.exec('SAVEPOINT file');
    const lost = addDocument(db, 'lost', TEXT_A);
    indexDocumentText(db, lost, TEXT_A, true);
    db.exec('ROLLBACK TO file');
    db.exec('RELEASE file');
    const next = addDocument(db, 'next', TEXT_B);
    expect(next).toBe(lost); // SQLite hands the id out again
    indexDocumentText(db, next, TEXT_B, true);
    flushTextIndex(db);
    db.exec('COMMIT');
    expect(matches(db, '综合实验区')).toEqual([]);
    expect(matches(db, '淮安市')).toEqual([next]);
    integrityOk(db);
  });

  it('a rolled-back group leaves nothing to index', () => {
    const db = open();
    db.exec('BEGIN');
    const a = addDocument(db, 'a', TEXT_A);
    indexDocumentText(db, a, TEXT_A, true);
    db.exec('ROLLBACK');
    dropDeferredText(db);
    expect(documentsWithPhrase(db, '综合实验区', 1000)).toEqual([]);
    flushTextIndex(db);
    integrityOk(db);
  });
});
