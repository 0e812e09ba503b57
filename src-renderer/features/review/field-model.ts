// Field values as the reviewer types and reads them: parsing typed input by field type, and display text.
import type { z } from 'zod';
import type { finding, historyEntry, reviewedField, Output } from '../../../src-main/shared/contract.js';
import { t } from '../../i18n/zh-CN.js';

export type ReportData = Output<'report.get'>;
export type ReviewedField = z.output<typeof reviewedField>;
export type Finding = z.output<typeof finding>;
export type HistoryEntry = z.output<typeof historyEntry>;
export type FieldType = ReviewedField['type'];
export type Value = number | string | null;

export type Parsed = { ok: true; value: Value } | { ok: false; message: string };

/** Parses what a reviewer typed into a cell. Empty input means blank (null). */
export function parseInput(type: FieldType, raw: string): Parsed {
  const s = raw
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '');
  if (s === '') return { ok: true, value: null };
  if (type === 'int') {
    return /^\d+$/.test(s) ? { ok: true, value: Number(s) } : { ok: false, message: t.review.invalidNumber };
  }
  if (type === 'signed_int') {
    return /^[+-]?\d+$/.test(s.replace('－', '-').replace('＋', '+')) ? { ok: true, value: Number(s.replace('－', '-').replace('＋', '+')) } : { ok: false, message: t.review.invalidSigned };
  }
  if (type === 'decimal') {
    return /^\d+(\.\d+)?$/.test(s) ? { ok: true, value: Number(s) } : { ok: false, message: t.review.invalidDecimal };
  }
  return { ok: true, value: raw.trim() };
}

export function showValue(v: Value | undefined, type?: FieldType): string {
  if (v === null || v === undefined) return '';
  if (type === 'signed_int' && typeof v === 'number' && v > 0) return `+${v}`;
  if (type === 'enum' && typeof v === 'string') return t.format[v] ?? v;
  return String(v);
}

export function describeValue(v: Value | undefined, type?: FieldType): string {
  return v === undefined ? t.common.none : v === null ? t.common.empty : showValue(v, type);
}

/** The tooltip of a corrected field: what extraction gave, who changed it and when. */
export function correctionTitle(f: ReviewedField, fmt: (iso: string) => string): string | undefined {
  if (!f.correction) return undefined;
  const orig = f.correction.extractedValue === undefined ? (f.extracted ? f.extracted.value : undefined) : f.correction.extractedValue;
  return t.review.corrected(describeValue(orig, f.type), f.correction.reviewer, fmt(f.correction.at));
}

/** Finding keys → finding ids, for marking cells that take part in a finding. */
export function findingsByKey(findings: readonly Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) for (const k of f.keys) (m.get(k) ?? m.set(k, []).get(k)!).push(f);
  return m;
}

export const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(list: readonly Finding[]): Finding[] {
  return [...list].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id - b.id);
}
