import type { Migration } from './index.js';

// The duplicate search (DUPLICATE-REPORT) compares each new report with earlier ones through a compact
// similarity signature of their texts (validate/text-signature.ts), stored once per document instead of
// re-shingling every candidate's text on every import. A document imported before this migration gets its
// signature at first use. A changed text drops the stale signature. agency_links(b) lets "the links of
// report X" (a = X OR b = X) be two index searches instead of a scan.
export const migration: Migration = {
  version: 6,
  name: 'text-signatures',
  up: `
    CREATE TABLE text_signatures (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      shingles    INTEGER NOT NULL,
      sample      BLOB NOT NULL,
      text_hash   TEXT NOT NULL
    );
    CREATE TRIGGER documents_signature_au AFTER UPDATE OF normalized_text ON documents BEGIN
      DELETE FROM text_signatures WHERE document_id = old.id;
    END;
    CREATE INDEX agency_links_b ON agency_links(b, a);
  `,
};
