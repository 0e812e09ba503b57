import type { Migration } from './index.js';

// Documents: the imported bytes' identity, the decoded text, the block model and the normalised text.
export const migration: Migration = {
  version: 1,
  name: 'documents',
  up: `
    CREATE TABLE documents (
      id                  INTEGER PRIMARY KEY,
      sha256              TEXT NOT NULL UNIQUE,
      kind                TEXT NOT NULL CHECK (kind IN ('docx','html','txt')),
      file_name           TEXT NOT NULL,
      size                INTEGER NOT NULL,
      encoding            TEXT NOT NULL,
      encoding_confidence REAL NOT NULL,
      html_title          TEXT,
      text                TEXT NOT NULL,
      normalized_text     TEXT NOT NULL,
      start_map           BLOB NOT NULL,
      end_map             BLOB NOT NULL,
      blocks              TEXT NOT NULL,
      notes               TEXT NOT NULL DEFAULT '[]',
      imported_at         TEXT NOT NULL
    );
    CREATE TABLE document_paths (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      path        TEXT NOT NULL,
      added_at    TEXT NOT NULL,
      PRIMARY KEY (document_id, path)
    );
    CREATE TABLE import_errors (
      id       INTEGER PRIMARY KEY,
      path     TEXT NOT NULL,
      error    TEXT NOT NULL,
      at       TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(
      normalized_text, content='documents', content_rowid='id', tokenize='trigram'
    );
    CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts(rowid, normalized_text) VALUES (new.id, new.normalized_text);
    END;
    CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts(documents_fts, rowid, normalized_text) VALUES ('delete', old.id, old.normalized_text);
    END;
  `,
};
