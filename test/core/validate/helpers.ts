// Reports for the rule tests built from REAL corpus material: the gold fields of a corpus document and,
// for .txt documents, its real text. Tests perturb one value to make a rule fire.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, goldFor, type Gold } from '../../helpers/corpus.js';
import type { ReportForCheck } from '../../../src-main/core/validate/types.js';
import type { ReportFormat } from '../../../src-main/core/fields.js';
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
