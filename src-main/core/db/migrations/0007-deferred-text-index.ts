import type { Migration } from './index.js';

// The full-text index is written by the application (db/text-index.ts) instead of an insert trigger, so an
// import can index a whole group of files at its commit: FTS5 writes a segment at every savepoint, and a
// trigger indexed each file inside its own savepoint. Deleting a document still removes it by trigger.
export const migration: Migration = {
  version: 7,
  name: 'deferred-text-index',
  up: `
    DROP TRIGGER documents_fts_ai;
  `,
};
