// extractReport: the whole extraction stage, a pure function of the parsed document and its normalised text.
// metadata (agency, year, published) → format → tables 二/三/四 (2019/2021) or the statistics table and
// its sentences (pre-2019) → sections. One value per key: a table figure wins over a sentence.
import type { NormalizedText, ParsedDocument, TableBlock } from '../document.js';
import { isFieldKey } from '../fields.js';
import { detectFormat } from './format.js';
import { extractMetadata } from './metadata/index.js';
import { findSections } from './sections.js';
import { field, type ExtractContext } from './source.js';
import { extractStat } from './stat/index.js';
import { extractTables } from './tables/index.js';
import type { ExtractMethod, ExtractedField, ExtractionNote, ExtractionResult } from './types.js';

export interface ExtractInput {
  parsed: ParsedDocument;
  norm: NormalizedText;
}

const METHOD_RANK: Record<ExtractMethod, number> = { 'table-cell': 0, 'flattened-row': 1, narrative: 2, metadata: 3 };

export function extractReport(input: ExtractInput): ExtractionResult {
  const { parsed, norm } = input;
  const ctx: ExtractContext = { text: parsed.text, norm };
  const tables = parsed.blocks.filter((b): b is TableBlock => b.type === 'table');
  const notes: ExtractionNote[] = [];
  const all: ExtractedField[] = [];

  const meta = extractMetadata(ctx, parsed.htmlTitle);
  all.push(...meta.fields);
  notes.push(...meta.notes);
  const fmt = detectFormat(norm.text, meta.year, meta.report);
  const format = fmt?.format ?? null;
  if (fmt) all.push(field(ctx, 'format', fmt.format, 'metadata', fmt.confidence, fmt.span));

  if (format === 'pre2019') {
    const stat = extractStat(ctx, tables, meta.year);
    all.push(...stat.fields);
    notes.push(...stat.notes);
  } else {
    const t = extractTables(input, format);
    all.push(...t.fields);
    notes.push(...t.notes);
  }

  const sections = format === '2019' || format === '2021' ? findSections(norm.text) : [];
  return { format, fields: dedupe(all), notes, sections };
}

/** One value per canonical key: the best method first (a table cell over a flattened row over a sentence). */
function dedupe(fields: ExtractedField[]): ExtractedField[] {
  const best = new Map<string, ExtractedField>();
  for (const f of fields) {
    if (!isFieldKey(f.key)) continue;
    const have = best.get(f.key);
    if (!have || METHOD_RANK[f.method] < METHOD_RANK[have.method]) best.set(f.key, f);
  }
  return [...best.values()];
}
