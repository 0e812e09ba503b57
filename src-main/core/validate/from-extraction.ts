// A ReportForCheck straight from an extraction (no database): what `nianbao extract --json` checks.
import type { NormalizedText, ParsedDocument } from '../document.js';
import type { FieldValue, ReportFormat } from '../fields.js';
import type { ExtractionResult } from '../extract/types.js';
import type { ReportForCheck } from './types.js';

const FORMATS: readonly ReportFormat[] = ['2021', '2019', 'pre2019'];

export function asFormat(v: unknown): ReportFormat | null {
  return FORMATS.includes(v as ReportFormat) ? (v as ReportFormat) : null;
}

export function reportForCheckFromExtraction(
  extraction: ExtractionResult,
  parsed: ParsedDocument | string,
  norm: NormalizedText | string,
  extra: { fileName?: string; htmlTitle?: string } = {},
): ReportForCheck {
  const fields: Record<string, FieldValue> = {};
  // in key order, as a stored report's fields are read back (extracted_fields' primary key): findings come
  // out in the same order whether a report is checked at import or re-checked later
  for (const f of [...extraction.fields].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) fields[f.key] = f.value;
  const text = typeof parsed === 'string' ? parsed : parsed.text;
  const htmlTitle = typeof parsed === 'string' ? extra.htmlTitle : parsed.htmlTitle;
  return {
    // the precedence of loadReportForCheck (analyze.ts): a stored report checks the same either way
    format: asFormat(fields.format) ?? extraction.format,
    fields,
    text,
    normText: typeof norm === 'string' ? norm : norm.text,
    sections: extraction.sections,
    fileName: extra.fileName,
    htmlTitle,
    notes: extraction.notes,
  };
}
