// What the review screen shows of one report: the document with its spans, every field the report's format
// expects (blank ones too, so a reviewer can fill them), findings with quotes, history and neighbours.
import type { Db } from '../db/open.js';
import { FIELDS, FIELD_BY_KEY, type FieldValue } from '../fields.js';
import { getReviewedFields, type ReviewedField } from '../db/fields-repo.js';
import {
  getDecision, getDocument, getExtractionNotes, getFindings, getHistory, getReportRow, getSections, neighbours,
  relatedReports, toDocSpan, type FindingOut, type ListFilters,
} from '../db/reports-repo.js';
import type { Output } from '../../shared/contract.js';
import { ServiceError } from '../../shared/contract.js';

type ReportView = Output<'report.get'>;
export type FieldOut = ReportView['fields'][number];

const FIELD_ORDER = new Map(FIELDS.map((f, i) => [f.key, i]));

export function toFieldOut(key: string, r: ReviewedField | undefined): FieldOut {
  const spec = FIELD_BY_KEY.get(key);
  return {
    key,
    label: spec?.label ?? key,
    type: spec?.type ?? 'text',
    ...(spec?.unit ? { unit: spec.unit } : {}),
    value: r?.value ?? null,
    approx: r?.approx ?? false,
    corrected: r?.corrected ?? false,
    extracted: r?.extracted
      ? { value: r.extracted.value, approx: r.extracted.approx, method: r.extracted.method, confidence: r.extracted.confidence, source: r.extracted.source }
      : null,
    correction: r?.correction
      ? {
        id: r.correction.id, value: r.correction.newValue, oldValue: r.correction.oldValue,
        ...(r.correction.extractedValue !== undefined ? { extractedValue: r.correction.extractedValue } : {}),
        source: r.correction.source, reviewer: r.correction.reviewer, at: r.correction.at,
      }
      : null,
  };
}

/** Reviewed fields plus every key the format expects, in the order of fields.json. */
export function fieldsView(db: Db, id: number, format: string | null): FieldOut[] {
  const reviewed = getReviewedFields(db, id);
  const keys = new Set<string>(reviewed.keys());
  for (const f of FIELDS) {
    if (format ? f.formats.includes(format as never) : ['agency', 'year', 'published', 'format'].includes(f.key)) keys.add(f.key);
  }
  return [...keys]
    .sort((a, b) => (FIELD_ORDER.get(a) ?? 1e9) - (FIELD_ORDER.get(b) ?? 1e9) || a.localeCompare(b))
    .map((k) => toFieldOut(k, reviewed.get(k)));
}

/** A finding without its own quote gets the source text of its first field that has one. */
export function withQuotes(findings: FindingOut[], fields: readonly FieldOut[]): FindingOut[] {
  const sourceText = new Map<string, string>();
  for (const f of fields) {
    const s = f.correction?.source ?? f.extracted?.source;
    if (s?.text) sourceText.set(f.key, s.text);
  }
  return findings.map((f) => (f.quote ? f : { ...f, quote: f.keys.map((k) => sourceText.get(k)).find((t) => t !== undefined) ?? null }));
}

export function reportView(db: Db, id: number, listFilters?: ListFilters): ReportView {
  const summary = getReportRow(db, id);
  const doc = getDocument(db, id);
  if (!summary || !doc) throw new ServiceError('not-found', `找不到编号为 ${id} 的报告`);
  const fields = fieldsView(db, id, summary.format);
  const findings = withQuotes(getFindings(db, id), fields);
  const sections = getSections(db, id).map((s) => ({ ...s, ...toDocSpan(doc, s.normStart, s.normEnd) }));
  return {
    summary,
    document: {
      id: doc.id, fileName: doc.fileName, kind: doc.kind, text: doc.text, blocks: doc.blocks, notes: doc.notes, encoding: doc.encoding,
      encodingConfidence: doc.encodingConfidence, htmlTitle: doc.htmlTitle, paths: doc.paths, sha256: doc.sha256, size: doc.size,
      importedAt: doc.importedAt,
    },
    fields,
    findings,
    extractionNotes: getExtractionNotes(db, id),
    sections,
    status: summary.status,
    decision: getDecision(db, id),
    history: getHistory(db, id),
    neighbours: neighbours(db, id, listFilters ?? {}),
    related: relatedReports(db, id),
  };
}

/** A reviewer's input as the value a field of this type holds; throws invalid-input in Chinese otherwise. */
export function coerceFieldValue(key: string, value: FieldValue): FieldValue {
  const spec = FIELD_BY_KEY.get(key);
  if (!spec) throw new ServiceError('invalid-input', `未知的字段：${key}`);
  if (value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const label = spec.label;
  switch (spec.type) {
    case 'int':
    case 'signed_int': {
      const n = typeof value === 'number' ? value : Number(value.trim().replace(/,/g, ''));
      if (!Number.isInteger(n)) throw new ServiceError('invalid-input', `“${label}”须为整数`);
      if (spec.type === 'int' && n < 0 && key !== 'year') throw new ServiceError('invalid-input', `“${label}”不能为负数`);
      return n;
    }
    case 'decimal': {
      const n = typeof value === 'number' ? value : Number(value.trim().replace(/,/g, ''));
      if (!Number.isFinite(n)) throw new ServiceError('invalid-input', `“${label}”须为数字`);
      return n;
    }
    case 'enum': {
      const s = String(value).trim();
      if (key === 'format' && !['2021', '2019', 'pre2019'].includes(s)) throw new ServiceError('invalid-input', '格式须为 2021、2019 或 pre2019');
      return s;
    }
    case 'date': {
      const s = String(value).trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new ServiceError('invalid-input', `“${label}”须为 YYYY-MM-DD 形式的日期`);
      return s;
    }
    default:
      return String(value).trim();
  }
}
