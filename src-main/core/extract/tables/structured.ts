import type { ParsedDocument } from '../../document.js';
import type { ExtractionNote } from '../types.js';
import type { Found } from './emit.js';
import type { TableFormat } from './layouts.js';

type Part = { found: Found[]; notes: ExtractionNote[] };

export function readStructured(_parsed: ParsedDocument, _fmt: TableFormat | undefined): Partial<Record<'t2' | 't3' | 't4', Part>> {
  return {};
}
