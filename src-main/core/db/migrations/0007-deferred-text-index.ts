import type { Migration } from './index.js';

// An import defers the full-text indexing of its files to the commit of their group (db/text-index.ts):
// FTS5 writes a segment at every savepoint, and each file is written in its own savepoint, so indexing a
// file there cost a segment write per file. While text_index_control.deferred is 1 (only ever inside an
// import group's transaction) a new document is listed in text_index_pending instead of indexed; the
// group indexes the list and clears the flag before it commits. Every other insert is indexed at once,
// by the trigger, as before.
export const migration: Migration = {
  version: 7,
  name: 'deferred-text-index',
  up: `
    CREATE TABLE text_index_control (
      id       INTEGER PRIMARY KEY CHECK (id = 1),
      deferred INTEGER NOT NULL DEFAULT 0 CHECK (deferred IN (0, 1))
    );
    INSERT INTO text_index_control (id, deferred) VALUES (1, 0);
    CREATE TABLE text_index_pending (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    );
    DROP TRIGGER documents_fts_ai;
    CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents
      WHEN (SELECT deferred FROM text_index_control WHERE id = 1) = 0
    BEGIN
      INSERT INTO documents_fts(rowid, normalized_text) VALUES (new.id, new.normalized_text);
    END;
    CREATE TRIGGER documents_fts_ai_deferred AFTER INSERT ON documents
      WHEN (SELECT deferred FROM text_index_control WHERE id = 1) = 1
    BEGIN
      INSERT INTO text_index_pending (document_id) VALUES (new.id);
    END;
  `,
};
