import type { FieldValue, ReportFormat } from '../fields.js';

export type ExtractMethod = 'table-cell' | 'flattened-row' | 'narrative' | 'metadata';

/** Where a value came from. norm* index the normalised text; start/end the document text. */
export interface SourceRef {
  normStart: number;
  normEnd: number;
  start: number;
  end: number;
  /** the document text at [start, end) */
  text: string;
  /** for table cells: block index and grid row/column */
  block?: number;
  row?: number;
  col?: number;
}

export interface ExtractedField {
  key: string;
  value: FieldValue;
  approx: boolean;
  method: ExtractMethod;
  /** 0..1 */
  confidence: number;
  source: SourceRef | null;
}

/** Something the extractor chose not to do, said to the reviewer (e.g. an ambiguous digit run). */
export interface ExtractionNote {
  keys: string[];
  message: string;
}

/** One of the six sections of a 2019/2021 report, located in the normalised text. */
export interface SectionRef {
  no: 1 | 2 | 3 | 4 | 5 | 6;
  title: string;
  normStart: number;
  normEnd: number;
}

export interface ExtractionResult {
  format: ReportFormat | null;
  fields: ExtractedField[];
  notes: ExtractionNote[];
  sections: SectionRef[];
}
