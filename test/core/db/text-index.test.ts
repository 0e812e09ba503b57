// The full-text index: at once by trigger, or deferred to the end of an import group (migration 0007).
import { afterEach, describe, expect, it } from 'vitest';
import { deferTextIndex, documentsWithPhrase, flushTextIndex, settleTextIndex } from '../../../src-main/core/db/text-index.js';
import type { Db } from '../../../src-main/core/db/open.js';
import { openDatabase } from '../../../src-main/core/db/open.js';
import { tempDb } from '../../helpers/temp-db.js';
import { insertRawDocument } from '../../helpers/raw-document.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function open(): { db: Db; path: string } {
  const t = tempDb();
  cleanup = t.cleanup;
  return t;
}

const TEXT_A = '平潭综合实验区二〇二一年政府信息公开工作年度报告';
const TEXT_B = '淮安市人民政府二〇二四年政府信息公开工作年度报告';

const addDocument = (db: Db, sha: string, text: string): number => insertRawDocument(db, sha, text);
const matches = (db: Db, phrase: string) =>
  (db.prepare('SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid').all(`"${phrase}"`) as { id: number }[]).map((r) => r.id);
const pending = (db: Db) => db.prepare('SELECT document_id FROM text_index_pending ORDER BY document_id').pluck().all();
/** FTS5 compares the index with the documents table: throws when a document is missing or indexed twice */
const integrityCheck = (db: Db) => db.prepare("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").run();

describe('text index', () => {
  it('indexes any insert at once outside an import group', () => {
    const { db } = open();
    const a = addDocument(db, 'a', TEXT_A);
    expect(matches(db, '综合实验区')).toEqual([a]);
    expect(pending(db)).toEqual([]);
    integrityCheck(db);
  });

  it('deferred: listed until the flush, found by the duplicate search meanwhile, indexed once at the flush', () => {
    const { db } = open();
    db.exec('BEGIN');
    deferTextIndex(db);
    const a = addDocument(db, 'a', TEXT_A);
    const b = addDocument(db, 'b', TEXT_B);
    expect(matches(db, '年度报告')).toEqual([]);
    expect(pending(db)).toEqual([a, b]);
    // the duplicate search sees both, below the asking document's id only
    expect(documentsWithPhrase(db, '政府信息公开工作年度报告', b + 1)).toEqual([a, b]);
    expect(documentsWithPhrase(db, '政府信息公开工作年度报告', b)).toEqual([a]);
    flushTextIndex(db);
    db.exec('COMMIT');
    expect(matches(db, '年度报告')).toEqual([a, b]);
    expect(pending(db)).toEqual([]);
    expect(documentsWithPhrase(db, '人民政府', b + 1)).toEqual([b]); // from the index now, not twice
    const c = addDocument(db, 'c', TEXT_A); // the deferral ended with the flush
    expect(matches(db, '综合实验区')).toEqual([a, c]);
    integrityCheck(db);
  });

  it('a file rolled back inside the group takes its entry with it; a reused id is indexed with its own text', () => {
    const { db } = open();
    db.exec('BEGIN');
    deferTextIndex(db);
    db.exec('SAVEPOINT file');
    const lost = addDocument(db, 'lost', TEXT_A);
    db.exec('ROLLBACK TO file');
    db.exec('RELEASE file');
    expect(pending(db)).toEqual([]);
    const next = addDocument(db, 'next', TEXT_B);
    expect(next).toBe(lost); // SQLite hands the id out again
    flushTextIndex(db);
    db.exec('COMMIT');
    expect(matches(db, '综合实验区')).toEqual([]);
    expect(matches(db, '淮安市')).toEqual([next]);
    integrityCheck(db);
  });

  it('a rolled-back group leaves no deferral behind', () => {
    const { db } = open();
    db.exec('BEGIN');
    deferTextIndex(db);
    addDocument(db, 'a', TEXT_A);
    db.exec('ROLLBACK');
    expect(pending(db)).toEqual([]);
    const b = addDocument(db, 'b', TEXT_B);
    expect(matches(db, '淮安市')).toEqual([b]);
    integrityCheck(db);
  });

  it('a database committed with a deferral in force is repaired when it is opened', () => {
    const { db, path } = open();
    db.exec('BEGIN');
    deferTextIndex(db);
    const a = addDocument(db, 'a', TEXT_A);
    db.exec('COMMIT'); // a bug would have to do this: no flush
    expect(matches(db, '综合实验区')).toEqual([]);
    db.close();
    const again = openDatabase(path);
    try {
      expect(matches(again, '综合实验区')).toEqual([a]);
      expect(pending(again)).toEqual([]);
      const b = addDocument(again, 'b', TEXT_B);
      expect(matches(again, '淮安市')).toEqual([b]);
      settleTextIndex(again); // nothing to do: no change
      integrityCheck(again);
    } finally {
      again.close();
    }
  });
});
