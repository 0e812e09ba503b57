import type { Migration } from './index.js';

// A candidate index for the duplicate search (db/signature-index.ts): each document's SIGNATURE_KEYS (16)
// smallest signature hashes, so finding earlier near-copies of a report is a few index lookups instead of
// full-text phrase scans. Keys are written with the signature (signatures-repo.ts) and dropped with it when
// the text changes (as 0006 drops the signature). signature_keys_pending lists the documents that have no
// keys yet (any insert, a changed text, or a document stored before 0006 that never got a signature); the
// duplicate search signs them at first use. The keys of signatures already stored are backfilled here, in
// SQL: the sample is a little-endian uint32 BLOB, ascending, so key i is bytes 4i..4i+3.
const hexDigit = (at: string) => `(instr('0123456789ABCDEF', substr(h, ${at}, 1)) - 1)`;
const byte = (j: number) => `(${hexDigit(`${2 * j + 1}`)} * 16 + ${hexDigit(`${2 * j + 2}`)})`;
const uint32le = `(${byte(0)} + ${byte(1)} * 256 + ${byte(2)} * 65536 + ${byte(3)} * 16777216)`;

export const migration: Migration = {
  version: 8,
  name: 'signature-keys',
  up: `
    CREATE TABLE signature_keys (
      key         INTEGER NOT NULL,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      PRIMARY KEY (key, document_id)
    ) WITHOUT ROWID;
    CREATE INDEX signature_keys_document ON signature_keys(document_id);
    CREATE TABLE signature_keys_pending (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    );
    CREATE TRIGGER documents_signature_keys_ai AFTER INSERT ON documents BEGIN
      INSERT OR IGNORE INTO signature_keys_pending (document_id) VALUES (new.id);
    END;
    CREATE TRIGGER documents_signature_keys_au AFTER UPDATE OF normalized_text ON documents BEGIN
      DELETE FROM signature_keys WHERE document_id = old.id;
      INSERT OR IGNORE INTO signature_keys_pending (document_id) VALUES (old.id);
    END;
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 15),
      words(document_id, h) AS (
        SELECT s.document_id, hex(substr(s.sample, n.i * 4 + 1, 4)) FROM text_signatures s JOIN n ON n.i * 4 + 4 <= length(s.sample)
      )
    INSERT OR IGNORE INTO signature_keys (key, document_id) SELECT ${uint32le}, document_id FROM words;
    INSERT INTO signature_keys_pending (document_id)
      SELECT id FROM documents WHERE NOT EXISTS (SELECT 1 FROM text_signatures s WHERE s.document_id = documents.id);
  `,
};
