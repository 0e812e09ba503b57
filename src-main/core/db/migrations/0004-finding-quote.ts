import type { Migration } from './index.js';

// A finding may quote the document (the spam found in a tampered page, the narrative sentence whose figure
// differs from the table): the review screen shows the quote next to the message.
export const migration: Migration = {
  version: 4,
  name: 'finding-quote',
  up: `
    ALTER TABLE findings ADD COLUMN quote TEXT;
    CREATE INDEX findings_doc_fingerprint ON findings(document_id, fingerprint);
  `,
};
