// The full-text (FTS5 trigram) index of the documents' normalised texts.
//
// FTS5 writes its pending terms to disk as a new segment at every savepoint boundary. An import writes each
// file inside its own savepoint, so indexing a file there cost one segment write per file, and the merges
// of all those small segments at commit; on .html pages that was the largest part of the writing thread's
// time. An import therefore defers the indexing of its files to the commit of their group (one segment for
// the whole group), and until then the duplicate search reads the deferred texts from memory.
import type { Db } from './open.js';
import { stmt } from './statements.js';

/** Documents inserted but not yet indexed, by connection: id → normalised text. */
const deferred = new WeakMap<Db, Map<number, string>>();

/**
 * Indexes a newly inserted document now, or (defer) at the next flushTextIndex. Deferring is for a caller
 * that owns the enclosing transaction and flushes before committing it.
 */
export function indexDocumentText(db: Db, id: number, normalizedText: string, defer = false): void {
  let pending = deferred.get(db);
  if (defer) {
    if (!pending) deferred.set(db, (pending = new Map()));
    // A rolled-back file's id can be handed out again: the newest text under an id is the one in the table.
    pending.set(id, normalizedText);
    return;
  }
  pending?.delete(id);
  stmt(db, 'INSERT INTO documents_fts(rowid, normalized_text) VALUES (?, ?)').run(id, normalizedText);
}

/**
 * Indexes every deferred document that is still in the table (a file whose savepoint was rolled back is
 * not). The texts are read from the table, not from memory, so the index matches what was stored.
 */
export function flushTextIndex(db: Db): void {
  const pending = deferred.get(db);
  if (!pending || pending.size === 0) return;
  const ids = JSON.stringify([...pending.keys()]);
  pending.clear();
  stmt(
    db,
    `INSERT INTO documents_fts(rowid, normalized_text)
     SELECT id, normalized_text FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).run(ids);
}

/** Forgets the deferred documents (their transaction was rolled back as a whole). */
export function dropDeferredText(db: Db): void {
  deferred.get(db)?.clear();
}

/**
 * Documents with an id below `belowId` whose normalised text contains `phrase` (at least three characters,
 * no double quotes): the index, then the texts still waiting to be indexed. At most `limit` from the index.
 */
export function documentsWithPhrase(db: Db, phrase: string, belowId: number, limit = 20): number[] {
  const ids = (stmt(db, 'SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ? AND rowid < ? LIMIT ?')
    .all(`"${phrase}"`, belowId, limit) as { id: number }[]).map((r) => r.id);
  const pending = deferred.get(db);
  if (pending) for (const [id, text] of pending) if (id < belowId && text.includes(phrase)) ids.push(id);
  return ids;
}
