// The full-text (FTS5 trigram) index of the documents' normalised texts.
//
// FTS5 writes its pending terms to disk as a new segment at every savepoint boundary. An import writes each
// file inside its own savepoint, so indexing a file there cost one segment write per file, and the merges
// of all those small segments at commit; on .html pages that was the largest part of the writing thread's
// time. An import group therefore defers indexing (migration 0007): its new documents are listed in
// text_index_pending, and the group indexes them all at once (one segment) just before it commits. The
// flag and the list live in the database, inside the group's transaction, so a rolled-back file or group
// takes its entries with it and any other insert is indexed at once by the trigger.
import type { Db } from './open.js';
import { stmt } from './statements.js';
import { normalizedTextOf } from './documents-repo.js';

/**
 * Texts of listed documents, read once per group for the duplicate search: reading a document's text
 * walks its row's overflow pages, too slow to repeat for every later file of the group. Emptied when a
 * group begins and when it is flushed, so an id handed out again after a rollback never finds old text.
 */
const listedTexts = new WeakMap<Db, Map<number, string>>();

/** From now until flushTextIndex, new documents are listed instead of indexed. Call inside the group's transaction. */
export function deferTextIndex(db: Db): void {
  listedTexts.get(db)?.clear();
  stmt(db, 'UPDATE text_index_control SET deferred = 1 WHERE id = 1 AND deferred = 0').run();
}

/** Indexes the listed documents and ends the deferral. Call inside the same transaction, before COMMIT. */
export function flushTextIndex(db: Db): void {
  stmt(
    db,
    `INSERT INTO documents_fts(rowid, normalized_text)
     SELECT id, normalized_text FROM documents WHERE id IN (SELECT document_id FROM text_index_pending) ORDER BY id`,
  ).run();
  stmt(db, 'DELETE FROM text_index_pending').run();
  stmt(db, 'UPDATE text_index_control SET deferred = 0 WHERE id = 1 AND deferred = 1').run();
  listedTexts.get(db)?.clear();
}

/** Repairs a database left with a deferral in force (it can only be committed by a bug): indexes what is listed. */
export function settleTextIndex(db: Db): void {
  const open = stmt(db, 'SELECT (SELECT deferred FROM text_index_control WHERE id = 1) OR EXISTS (SELECT 1 FROM text_index_pending) AS open').get() as { open: number };
  if (open.open) db.transaction(() => flushTextIndex(db))();
}

/**
 * Documents with an id below `belowId` whose normalised text contains `phrase` (at least three characters,
 * no double quotes): from the index (at most `limit`), then among the documents still waiting for it.
 */
export function documentsWithPhrase(db: Db, phrase: string, belowId: number, limit = 20): number[] {
  const ids = (stmt(db, 'SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ? AND rowid < ? LIMIT ?')
    .all(`"${phrase}"`, belowId, limit) as { id: number }[]).map((r) => r.id);
  // (no .pluck() on cached statements: it would change them for every other caller of the same SQL)
  const listed = (stmt(db, 'SELECT document_id AS id FROM text_index_pending WHERE document_id < ? ORDER BY document_id').all(belowId) as { id: number }[])
    .map((r) => r.id);
  if (listed.length === 0) return ids;
  let texts = listedTexts.get(db);
  if (!texts) listedTexts.set(db, (texts = new Map()));
  for (const id of listed) {
    let text = texts.get(id);
    if (text === undefined) {
      text = normalizedTextOf(db, id) ?? '';
      texts.set(id, text);
    }
    if (text.includes(phrase)) ids.push(id);
  }
  return ids;
}
