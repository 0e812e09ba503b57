// extractReport: the whole extraction stage, a pure function of the parsed document and its normalised text.
import type { NormalizedText, ParsedDocument } from '../document.js';
import type { ExtractionResult } from './types.js';

export interface ExtractInput {
  parsed: ParsedDocument;
  norm: NormalizedText;
}

export function extractReport(_input: ExtractInput): ExtractionResult {
  // Filled in by the extraction modules (format, metadata, tables, pre-2019 statistics, narrative).
  return { format: null, fields: [], notes: [], sections: [] };
}
