// After import or re-extraction: store the extraction of a document (and, once the rules exist, check it).
import type { Db } from './db/open.js';
import type { ExtractionResult } from './extract/types.js';
import { saveExtraction } from './db/fields-repo.js';

/** Called inside the per-file import transaction with the worker's extraction result. */
export function storeAnalysis(db: Db, documentId: number, extraction: ExtractionResult): void {
  saveExtraction(db, documentId, extraction);
}
