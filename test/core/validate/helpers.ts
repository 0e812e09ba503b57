// Reports for the rule tests built from REAL corpus material: the gold fields of a corpus document and,
// for .txt documents, its real text. Tests perturb one value to make a rule fire.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, goldFor, type Gold } from '../../helpers/corpus.js';
import type { ReportForCheck } from '../../../src-main/core/validate/types.js';
import type { ReportFormat } from '../../../src-main/core/fields.js';
import type { ExtractionResult } from '../../../src-main/core/extract/types.js';
import type { Db } from '../../../src-main/core/db/open.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { findSections } from '../../../src-main/core/validate/sections.js';

export function gold(doc: string): Gold {
  const g = goldFor(doc);
  if (!g) throw new Error(`no gold for ${doc}`);
  return g;
}

/** the document text of a .txt corpus file ('' for other kinds) */
export function docText(doc: string): string {
  return doc.endsWith('.txt') ? readFileSync(join(DOCS_DIR, doc), 'utf8').replace(/\r\n?/g, '\n') : '';
}

export function goldReport(doc: string, overrides: Partial<ReportForCheck> = {}): ReportForCheck {
  const g = gold(doc);
  const text = docText(doc);
  const normText = normalize(text).text;
  return {
    format: (g.fields.format as ReportFormat | undefined) ?? null,
    fields: { ...g.fields },
    text,
    normText,
    sections: findSections(normText),
    fileName: doc,
    ...overrides,
  };
}

/** the same report with some fields changed */
export function perturb(r: ReportForCheck, changes: Record<string, number | string | null>): ReportForCheck {
  return { ...r, fields: { ...r.fields, ...changes } };
}

export const CLEAN_DOCS = ['huaian-2024-raw.txt', 'pingtan-2019.txt', 'pingtan-2021.txt', 'pingtan-2023.txt'];

/** the corpus file's real text run through the real parser, normaliser and extractor */
export async function extracted(doc: string) {
  const { readFileSync: read } = await import('node:fs');
  const { parseFile } = await import('../../../src-main/core/import/parse-file.js');
  const { extractReport } = await import('../../../src-main/core/extract/index.js');
  const parsed = await parseFile(read(join(DOCS_DIR, doc)), doc);
  const norm = normalize(parsed.text);
  return { parsed, norm, extraction: extractReport({ parsed, norm }) };
}

/** an ExtractionResult holding a corpus document's gold fields (what a perfect extractor would give) */
export function goldExtraction(doc: string, changes: Record<string, number | string | null> = {}): ExtractionResult {
  const g = gold(doc);
  const fields = { ...g.fields, ...changes };
  const text = docText(doc);
  return {
    format: (fields.format as ReportFormat | undefined) ?? null,
    fields: Object.entries(fields).map(([key, value]) => ({ key, value, approx: false, method: 'table-cell' as const, confidence: 1, source: null })),
    notes: [],
    sections: findSections(normalize(text).text),
  };
}

/**
 * Inserts a corpus document (real bytes through the real parser and normaliser, stored by insertDocument)
 * with one recorded path; returns its id. Extraction and checks are the caller's.
 */
export async function insertCorpusDoc(db: Db, doc: string, opts: { fileName?: string; text?: string; path?: string } = {}): Promise<number> {
  const { parseFile } = await import('../../../src-main/core/import/parse-file.js');
  const { createHash } = await import('node:crypto');
  const bytes = opts.text !== undefined ? Buffer.from(opts.text, 'utf8') : readFileSync(join(DOCS_DIR, doc));
  const name = opts.fileName ?? doc;
  const parsed = await parseFile(bytes, name);
  const norm = normalize(parsed.text);
  const at = new Date().toISOString();
  const { insertDocument } = await import('../../../src-main/core/db/documents-repo.js');
  // the real insert (document, reports row, full-text index); the hash includes the name so copies differ
  const id = insertDocument(db, {
    sha256: createHash('sha256').update(bytes).update(name).digest('hex'), fileName: name, size: bytes.length, parsed, norm, importedAt: at,
  });
  db.prepare('INSERT INTO document_paths (document_id, path, added_at) VALUES (?, ?, ?)').run(id, opts.path ?? `/corpus/${name}`, at);
  return id;
}
