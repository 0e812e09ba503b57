// Parse a corpus document the way the app does (parseFile + normalize), cached per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedText, ParsedDocument } from '../../../../src-main/core/document.js';
import { parseFile } from '../../../../src-main/core/import/parse-file.js';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { DOCS_DIR } from '../../../helpers/corpus.js';

const cache = new Map<string, { parsed: ParsedDocument; norm: NormalizedText }>();

export async function loadDoc(name: string): Promise<{ parsed: ParsedDocument; norm: NormalizedText }> {
  let d = cache.get(name);
  if (!d) {
    const parsed = await parseFile(new Uint8Array(readFileSync(join(DOCS_DIR, name))), name);
    d = { parsed, norm: normalize(parsed.text) };
    cache.set(name, d);
  }
  return d;
}

export function docText(name: string): string {
  return readFileSync(join(DOCS_DIR, name), 'utf8');
}
