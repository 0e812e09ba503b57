import type { Migration } from './index.js';

// The reports list at 50,000 rows: every document gets its reports row at import (so the list never needs
// the wide documents rows, whose imported_at sits behind the text and block blobs), file name and import
// time are copied onto it, and the sortable columns get indexes so an unfiltered page is an index walk.
export const migration: Migration = {
  version: 3,
  name: 'report-list',
  up: `
    ALTER TABLE reports ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE reports ADD COLUMN imported_at TEXT NOT NULL DEFAULT '';
    INSERT INTO reports (document_id) SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM reports);
    UPDATE reports SET
      file_name = (SELECT file_name FROM documents WHERE id = reports.document_id),
      imported_at = (SELECT imported_at FROM documents WHERE id = reports.document_id);

    CREATE TRIGGER documents_report_ai AFTER INSERT ON documents BEGIN
      INSERT INTO reports (document_id, file_name, imported_at) VALUES (new.id, new.file_name, new.imported_at)
      ON CONFLICT(document_id) DO UPDATE SET file_name = excluded.file_name, imported_at = excluded.imported_at;
    END;
    CREATE TRIGGER documents_report_au AFTER UPDATE OF file_name, imported_at ON documents BEGIN
      UPDATE reports SET file_name = new.file_name, imported_at = new.imported_at WHERE document_id = new.id;
    END;

    CREATE INDEX reports_agency ON reports(agency);
    CREATE INDEX reports_format ON reports(format);
    CREATE INDEX reports_imported_at ON reports(imported_at);
    CREATE INDEX reports_file_name ON reports(file_name);
    CREATE INDEX reports_open_errors ON reports(open_errors);
    CREATE INDEX reports_decided_at ON reports(decided_at);
    CREATE INDEX findings_doc_severity ON findings(document_id, severity);
    -- the dashboard sums a few keys across every report
    CREATE INDEX extracted_fields_key ON extracted_fields(key, document_id);
  `,
};
