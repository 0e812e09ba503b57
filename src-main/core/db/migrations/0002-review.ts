import type { Migration } from './index.js';

// The review state of each report (one per document), extracted fields, reviewer corrections kept apart
// from extraction (corrections win), findings and the reviewer's decisions on them, and the audit history.
export const migration: Migration = {
  version: 2,
  name: 'review',
  up: `
    CREATE TABLE reports (
      document_id   INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','returned','rejected')),
      format        TEXT,
      agency        TEXT,
      agency_key    TEXT,
      year          INTEGER,
      published     TEXT,
      errors        INTEGER NOT NULL DEFAULT 0,
      warnings      INTEGER NOT NULL DEFAULT 0,
      infos         INTEGER NOT NULL DEFAULT 0,
      open_errors   INTEGER NOT NULL DEFAULT 0,
      extracted_at  TEXT,
      checked_at    TEXT,
      decided_at    TEXT,
      decided_by    TEXT,
      decision_comment TEXT
    );
    CREATE INDEX reports_status ON reports(status);
    CREATE INDEX reports_year ON reports(year);
    CREATE INDEX reports_agency_key ON reports(agency_key, year);

    -- Replaced as a whole on every extraction run; never holds a reviewer's input.
    CREATE TABLE extracted_fields (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      key         TEXT NOT NULL,
      value       TEXT,           -- JSON of the value: number, string or null
      approx      INTEGER NOT NULL DEFAULT 0,
      method      TEXT NOT NULL,
      confidence  REAL NOT NULL,
      source      TEXT,           -- JSON SourceRef or NULL
      PRIMARY KEY (document_id, key)
    );
    CREATE TABLE extraction_notes (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      keys        TEXT NOT NULL,  -- JSON array
      message     TEXT NOT NULL
    );
    CREATE INDEX extraction_notes_doc ON extraction_notes(document_id);
    CREATE TABLE sections (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      no          INTEGER NOT NULL,
      title       TEXT NOT NULL,
      norm_start  INTEGER NOT NULL,
      norm_end    INTEGER NOT NULL,
      PRIMARY KEY (document_id, no)
    );

    -- Append-only: every correction a reviewer makes. The newest row per (document, key) is in force.
    CREATE TABLE corrections (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      key         TEXT NOT NULL,
      old_value   TEXT,           -- JSON: the value in force before this correction
      new_value   TEXT,           -- JSON
      extracted_value TEXT,       -- JSON: what extraction gave at the time
      source      TEXT,           -- JSON span when the value was assigned from a text selection
      reviewer    TEXT NOT NULL,
      at          TEXT NOT NULL
    );
    CREATE INDEX corrections_doc_key ON corrections(document_id, key, id);

    -- Replaced on every check run.
    CREATE TABLE findings (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      rule_id     TEXT NOT NULL,
      severity    TEXT NOT NULL CHECK (severity IN ('error','warning','info')),
      keys        TEXT NOT NULL,  -- JSON array
      numbers     TEXT NOT NULL,  -- JSON object
      message     TEXT NOT NULL,
      fingerprint TEXT NOT NULL   -- rule id + sorted keys: what a decision attaches to
    );
    CREATE INDEX findings_doc ON findings(document_id);
    CREATE INDEX findings_rule ON findings(rule_id);

    -- A reviewer's decision on a finding survives re-checks while the same rule fires on the same keys.
    CREATE TABLE finding_decisions (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      fingerprint TEXT NOT NULL,
      decision    TEXT NOT NULL CHECK (decision IN ('confirmed','dismissed')),
      reason      TEXT,
      reviewer    TEXT NOT NULL,
      at          TEXT NOT NULL,
      PRIMARY KEY (document_id, fingerprint)
    );

    -- Every decision on a report and on a finding, for the history panel.
    CREATE TABLE review_events (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      kind        TEXT NOT NULL,  -- approve | return | reject | reopen | finding-confirm | finding-dismiss | finding-reset
      detail      TEXT,           -- comment, or the finding fingerprint and reason
      reviewer    TEXT NOT NULL,
      at          TEXT NOT NULL
    );
    CREATE INDEX review_events_doc ON review_events(document_id, id);

    -- Reviewer-made links between reports of the same agency (or explicit "not the same").
    CREATE TABLE agency_links (
      a           INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      b           INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      same        INTEGER NOT NULL,   -- 1 linked, 0 unlinked
      reviewer    TEXT NOT NULL,
      at          TEXT NOT NULL,
      PRIMARY KEY (a, b),
      CHECK (a < b)
    );

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
