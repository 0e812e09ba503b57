// Documents: insert an imported file (text, block model, normalised text and its offset maps, encoded by
// offset-map-codec.ts), read it back, dedupe by SHA-256, record extra paths and per-file import errors.
import type { Db } from './open.js';
import type { Block, NormalizedText, ParsedDocument, SourceKind } from '../document.js';
import { stmt } from './statements.js';
import { decodeOffsetMap as blobToMap, encodeOffsetMap as mapToBlob } from './offset-map-codec.js';

/**
 * A document in the form it is stored in. The import worker prepares it (JSON, encoded offset maps), so the
 * one writing thread — the import's bottleneck — only inserts, and no block graph crosses the thread boundary.
 */
export interface DocumentRecord {
  kind: SourceKind;
  encoding: string;
  encodingConfidence: number;
  htmlTitle: string | null;
  text: string;
  normalizedText: string;
  startMap: Uint8Array;
  endMap: Uint8Array;
  /** JSON of Block[] */
  blocks: string;
  /** JSON of string[] */
  notes: string;
}

export function toDocumentRecord(parsed: ParsedDocument, norm: NormalizedText): DocumentRecord {
  return {
    kind: parsed.kind,
    encoding: parsed.encoding,
    encodingConfidence: parsed.encodingConfidence,
    htmlTitle: parsed.htmlTitle ?? null,
    text: parsed.text,
    normalizedText: norm.text,
    startMap: mapToBlob(norm.startMap),
    endMap: mapToBlob(norm.endMap),
    blocks: JSON.stringify(parsed.blocks),
    notes: JSON.stringify(parsed.notes),
  };
}

export type NewDocument = { sha256: string; fileName: string; size: number; importedAt?: string } & (
  | { parsed: ParsedDocument; norm: NormalizedText }
  | { record: DocumentRecord }
);

export interface StoredDocument {
  id: number;
  sha256: string;
  kind: SourceKind;
  fileName: string;
  size: number;
  encoding: string;
  encodingConfidence: number;
  htmlTitle: string | null;
  text: string;
  normalizedText: string;
  startMap: Int32Array;
  endMap: Int32Array;
  blocks: Block[];
  notes: string[];
  importedAt: string;
  paths: string[];
}

export interface ImportErrorRow {
  id: number;
  path: string;
  error: string;
  at: string;
}


export { encodeOffsetMap as mapToBlob, decodeOffsetMap as blobToMap } from './offset-map-codec.js';

/**
 * Inserts the document and its reports row; returns the new id. Call inside the per-file transaction. Its
 * text is indexed by trigger, at once or (inside an import group) when the group commits: text-index.ts.
 */
export function insertDocument(db: Db, doc: NewDocument): number {
  const at = doc.importedAt ?? new Date().toISOString();
  const r = 'record' in doc ? doc.record : toDocumentRecord(doc.parsed, doc.norm);
  const info = stmt(
    db,
    `INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, html_title, text,
       normalized_text, start_map, end_map, blocks, notes, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    doc.sha256, r.kind, doc.fileName, doc.size, r.encoding, r.encodingConfidence, r.htmlTitle, r.text,
    r.normalizedText, r.startMap, r.endMap, r.blocks, r.notes, at,
  );
  const id = Number(info.lastInsertRowid);
  // A migration's trigger may already have made the row; either way there is exactly one.
  stmt(db, 'INSERT INTO reports (document_id) VALUES (?) ON CONFLICT(document_id) DO NOTHING').run(id);
  return id;
}

interface DocumentRow {
  id: number;
  sha256: string;
  kind: SourceKind;
  file_name: string;
  size: number;
  encoding: string;
  encoding_confidence: number;
  html_title: string | null;
  text: string;
  normalized_text: string;
  start_map: Buffer;
  end_map: Buffer;
  blocks: string;
  notes: string;
  imported_at: string;
}

export function getDocument(db: Db, id: number): StoredDocument | undefined {
  const row = stmt(db, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    sha256: row.sha256,
    kind: row.kind,
    fileName: row.file_name,
    size: row.size,
    encoding: row.encoding,
    encodingConfidence: row.encoding_confidence,
    htmlTitle: row.html_title,
    text: row.text,
    normalizedText: row.normalized_text,
    startMap: blobToMap(row.start_map),
    endMap: blobToMap(row.end_map),
    blocks: JSON.parse(row.blocks) as Block[],
    notes: JSON.parse(row.notes) as string[],
    importedAt: row.imported_at,
    paths: getPaths(db, id),
  };
}

/** The document's normalised text alone (what the duplicate search and the signatures read), or undefined. */
export function normalizedTextOf(db: Db, id: number): string | undefined {
  return (stmt(db, 'SELECT normalized_text FROM documents WHERE id = ?').get(id) as { normalized_text: string } | undefined)?.normalized_text;
}

export function findDocumentBySha(db: Db, sha256: string): number | undefined {
  const row = stmt(db, 'SELECT id FROM documents WHERE sha256 = ?').get(sha256) as { id: number } | undefined;
  return row?.id;
}

/** Records a path the document was imported from; false when it was already recorded. */
export function addDocumentPath(db: Db, documentId: number, path: string, at = new Date().toISOString()): boolean {
  const info = stmt(db, 'INSERT INTO document_paths (document_id, path, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
    .run(documentId, path, at);
  return info.changes > 0;
}

export function getPaths(db: Db, documentId: number): string[] {
  return (
    stmt(db, 'SELECT path FROM document_paths WHERE document_id = ? ORDER BY added_at, path').all(documentId) as Array<{
      path: string;
    }>
  ).map((r) => r.path);
}

export function recordImportError(db: Db, path: string, error: string, at = new Date().toISOString()): void {
  stmt(db, 'INSERT INTO import_errors (path, error, at) VALUES (?, ?, ?)').run(path, error, at);
}

export function listImportErrors(db: Db): ImportErrorRow[] {
  return stmt(db, 'SELECT id, path, error, at FROM import_errors ORDER BY id').all() as ImportErrorRow[];
}

export function countDocuments(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

/** The parsed document and its normalised text, as extraction needs them (re-extraction after an upgrade). */
export function loadForExtraction(db: Db, id: number): { parsed: ParsedDocument; norm: NormalizedText } | undefined {
  const d = getDocument(db, id);
  if (!d) return undefined;
  const parsed: ParsedDocument = {
    kind: d.kind,
    encoding: d.encoding,
    encodingConfidence: d.encodingConfidence,
    text: d.text,
    blocks: d.blocks,
    notes: d.notes,
  };
  if (d.htmlTitle !== null) parsed.htmlTitle = d.htmlTitle;
  return { parsed, norm: { text: d.normalizedText, startMap: d.startMap, endMap: d.endMap } };
}
