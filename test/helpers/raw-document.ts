// A documents row written with plain SQL on the columns every schema version has (migration 0001), for tests
// of migrations and triggers, where the repositories' own insert (which expects the current schema) cannot run.
import type Database from 'better-sqlite3';

export function insertRawDocument(
  db: Database.Database,
  sha: string,
  normalizedText: string,
  opts: { fileName?: string; text?: string; importedAt?: string } = {},
): number {
  return Number(
    db.prepare(
      `INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text, start_map, end_map, blocks, imported_at)
       VALUES (?, 'txt', ?, 1, 'utf-8', 1, ?, ?, x'', x'', '[]', ?)`,
    ).run(sha, opts.fileName ?? 'a.txt', opts.text ?? normalizedText, normalizedText, opts.importedAt ?? 'now').lastInsertRowid,
  );
}
