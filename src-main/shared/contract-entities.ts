// The vocabulary of the API (contract.ts): statuses, formats, the block model, list rows, fields, findings,
// history and progress payloads as zod schemas. Split from contract.ts to keep each file one idea; import
// from contract.ts, which re-exports all of it. No node:, no electron imports.
import { z } from 'zod';

// ───────────────────────────── shared vocabulary ─────────────────────────────

export const reportStatus = z.enum(['pending', 'approved', 'returned', 'rejected']);
export const reportFormat = z.enum(['2021', '2019', 'pre2019']);
export const severity = z.enum(['error', 'warning', 'info']);
export const sourceKind = z.enum(['docx', 'html', 'txt']);
export const fieldValue = z.union([z.number(), z.string(), z.null()]);
export const fieldType = z.enum(['text', 'int', 'signed_int', 'decimal', 'date', 'enum']);
export const id = z.number().int().positive();
export const isoTime = z.string();

/** Where a value came from. norm* index the normalised text; start/end index document.text. */
export const sourceRef = z.object({
  normStart: z.number().int(),
  normEnd: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  block: z.number().int().optional(),
  row: z.number().int().optional(),
  col: z.number().int().optional(),
});

const paragraphBlock = z.object({
  type: z.literal('paragraph'),
  index: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  heading: z.boolean().optional(),
});
const tableCell = z.object({
  row: z.number().int(),
  col: z.number().int(),
  rowSpan: z.number().int(),
  colSpan: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
const tableBlock = z.object({
  type: z.literal('table'),
  index: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  rowCount: z.number().int(),
  colCount: z.number().int(),
  cells: z.array(tableCell),
  /** grid[r][c] = index into cells of the cell covering that position, or -1 */
  grid: z.array(z.array(z.number().int())),
});
export const block = z.discriminatedUnion('type', [paragraphBlock, tableBlock]);

/** Columns the list can sort by. */
export const sortColumn = z.enum([
  'id', 'agency', 'year', 'format', 'status', 'errors', 'warnings', 'infos', 'openErrors', 'importedAt', 'fileName', 'decidedAt',
]);

/** The filters of the reports list (also used to find a report's neighbours in that same order). */
export const listFilters = z.object({
  status: z.array(reportStatus).optional(),
  /** null = year unknown */
  year: z.array(z.number().int().nullable()).optional(),
  /** null = format not detected */
  format: z.array(reportFormat.nullable()).optional(),
  /** reports having at least one finding of any of these severities */
  severity: z.array(severity).optional(),
  /** only reports whose errors are not all dismissed (openErrors > 0) */
  unresolved: z.boolean().optional(),
  /** full text (document text, agency, file name); ≥3 chars uses the trigram index, shorter ones a scan */
  query: z.string().max(200).optional(),
  sort: z.object({ column: sortColumn, dir: z.enum(['asc', 'desc']) }).optional(),
});

/** One row of the reports list (also the head of report.get). */
export const reportRow = z.object({
  id,
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  format: reportFormat.nullable(),
  published: z.string().nullable(),
  status: reportStatus,
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  /** error findings not dismissed by a reviewer: approving needs force while > 0 */
  openErrors: z.number().int(),
  importedAt: isoTime,
  fileName: z.string(),
  decidedAt: isoTime.nullable(),
  decidedBy: z.string().nullable(),
});

export const fieldSpec = z.object({
  key: z.string(),
  label: z.string(),
  type: fieldType,
  formats: z.array(reportFormat),
  unit: z.string().optional(),
});

export const extractedInfo = z.object({
  value: fieldValue,
  approx: z.boolean(),
  method: z.enum(['table-cell', 'flattened-row', 'narrative', 'metadata']),
  confidence: z.number(),
  source: sourceRef.nullable(),
});

export const correctionInfo = z.object({
  id,
  value: fieldValue,
  oldValue: fieldValue,
  /** what extraction gave at the time (absent when extraction had no value for the key) */
  extractedValue: fieldValue.optional(),
  source: sourceRef.nullable(),
  reviewer: z.string(),
  at: isoTime,
});

/** A field as the reviewer sees it: the correction wins over extraction. Expected keys of the report's
 *  format are always listed (value null, extracted null when extraction found nothing). */
export const reviewedField = z.object({
  key: z.string(),
  label: z.string(),
  type: fieldType,
  unit: z.string().optional(),
  value: fieldValue,
  approx: z.boolean(),
  corrected: z.boolean(),
  extracted: extractedInfo.nullable(),
  correction: correctionInfo.nullable(),
});

export const findingDecisionKind = z.enum(['confirmed', 'dismissed']);
export const finding = z.object({
  id,
  ruleId: z.string(),
  severity,
  keys: z.array(z.string()),
  numbers: z.record(z.string(), z.union([z.number(), z.null()])),
  message: z.string(),
  /** the document text the finding is about (first involved field's source), for the findings list */
  quote: z.string().nullable(),
  /** rule id + sorted keys: what a decision attaches to; survives re-checks */
  fingerprint: z.string(),
  decision: z
    .object({ decision: findingDecisionKind, reason: z.string().nullable(), reviewer: z.string(), at: isoTime })
    .nullable(),
});

export const historyEntry = z.object({
  kind: z.enum([
    'import', 'correction', 'approve', 'return', 'reject', 'reopen', 'finding-confirm', 'finding-dismiss', 'finding-reset',
    'agency-link', 'agency-unlink',
  ]),
  /** comment, reason or finding fingerprint; null when none */
  detail: z.string().nullable(),
  reviewer: z.string(),
  at: isoTime,
  key: z.string().optional(),
  /** finding events: which finding */
  fingerprint: z.string().optional(),
  /** agency-link events: the other report */
  otherId: z.number().int().optional(),
  old: fieldValue.optional(),
  new: fieldValue.optional(),
});

export const importFailure = z.object({ file: z.string(), error: z.string() });
export const importProgress = z.object({
  jobId: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  /** file being processed, null when idle/finished */
  current: z.string().nullable(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  unsupported: z.number().int(),
  failed: z.array(importFailure),
  finished: z.boolean(),
  cancelled: z.boolean(),
});

export const exportProgress = z.object({
  done: z.number().int(),
  total: z.number().int(),
  finished: z.boolean(),
});

export const reviewAction = z.enum(['approve', 'return', 'reject', 'reopen']);

/** Field keys summed by the dashboard, per year (reviewed values: corrections win). */
export const DASHBOARD_KEYS = [
  't3.new.total', 't3.carried.total', 't3.public.total', 't3.partial.total',
  't3.withheld.secret.total', 't3.withheld.law.total', 't3.withheld.safety.total', 't3.withheld.third_party.total',
  't3.withheld.internal.total', 't3.withheld.process.total', 't3.withheld.enforcement.total', 't3.withheld.query.total',
  't3.unable.not_held.total', 't3.unable.create.total', 't3.unable.unclear.total',
  't3.rejected.petition.total', 't3.rejected.duplicate.total', 't3.rejected.publication.total',
  't3.rejected.mass.total', 't3.rejected.confirm.total',
  't3.other.total', 't3.other.no_correction.total', 't3.other.no_fee.total', 't3.other.misc.total',
  't3.total.total', 't3.carry_forward.total',
  't4.review.total', 't4.suit_direct.total', 't4.suit_after.total',
  'stat.apply.received', 'stat.apply.completed', 'stat.review.total', 'stat.suit.total',
] as const;
