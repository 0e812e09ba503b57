import type { Migration } from './index.js';

// Sorting the reports list by a column that may be unknown (agency, year, format, decision time) puts the
// unknown ones last in both directions. A plain index cannot serve "IS NULL first, then the value" in
// either direction, so each such column gets two expression indexes: ascending order walks
// (col IS NULL, col) forwards, descending order walks (col IS NOT NULL, col) backwards. With them a page
// deep in a 50,000-row list, and a report's neighbours, are index walks instead of a full sort.
const COLUMNS = ['agency', 'year', 'format', 'decided_at'];

export const migration: Migration = {
  version: 5,
  name: 'list-sort-indexes',
  up: COLUMNS.map((c) => `
    CREATE INDEX reports_sort_${c}_asc ON reports((${c} IS NULL), ${c});
    CREATE INDEX reports_sort_${c}_desc ON reports((${c} IS NOT NULL), ${c});`).join('\n'),
};
