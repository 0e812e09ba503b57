// Paths to the shared corpus and its gold labels, for tests that use real reports.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = resolve(PROJECT_DIR, '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const DOCS_DIR = join(CORPUS_DIR, 'docs');
export const GOLD_DIR = join(CORPUS_DIR, 'gold');
export const ORIGINALS_DIR = join(CORPUS_DIR, 'originals');

export interface Gold {
  doc: string;
  complete: boolean;
  fields: Record<string, number | string | null>;
  approx?: Record<string, number>;
  aliases?: { agency?: string[] };
  ambiguous?: string[];
  notes?: string[];
}

export function corpusDocs(): string[] {
  return readdirSync(DOCS_DIR).sort().map((f) => join(DOCS_DIR, f));
}

export function loadGolds(): Gold[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as Gold);
}

export function goldFor(doc: string): Gold | undefined {
  return loadGolds().find((g) => g.doc === doc);
}
