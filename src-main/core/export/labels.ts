// The words the workbook uses for database codes, and how it shows times and values in notes.
import type { FieldValue } from '../fields.js';
import { fieldLabel } from './layouts.js';
import type { ReportStatus } from './report-source.js';

export const STATUS_LABEL: Record<ReportStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  returned: '已退回',
  rejected: '已驳回',
};

export const FORMAT_LABEL: Record<string, string> = {
  '2021': '2021年版',
  '2019': '2019年版',
  pre2019: '2019年前（统计表）',
};

export const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export const DECISION_LABEL: Record<string, string> = { confirmed: '已确认', dismissed: '已排除' };
export const UNDECIDED = '未处理';

export function statusFromInput(s: string): ReportStatus | undefined {
  const t = s.trim();
  for (const [code, label] of Object.entries(STATUS_LABEL) as Array<[ReportStatus, string]>) {
    if (t === code || t === label) return code;
  }
  return undefined;
}

export const formatLabel = (f: string | null): string | null => (f === null ? null : FORMAT_LABEL[f] ?? f);

// The review offices work in Beijing time (no daylight saving); the database stores UTC ISO strings.
const BEIJING_OFFSET_MS = 8 * 3600_000;

/**
 * An ISO timestamp as an Excel date showing Beijing wall-clock time (exceljs writes a Date's UTC fields).
 * Text that is not a timestamp is returned unchanged.
 */
export function excelTime(iso: string | null): Date | string | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  // a bare date (2021-01-31) has no time zone to convert from
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(ms) : new Date(ms + BEIJING_OFFSET_MS);
}

/** "2021-01-31" as an Excel date; anything else stays text. */
export function excelDate(s: string | null): Date | string | null {
  if (s === null) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? new Date(Date.parse(s)) : s;
}

/** How a value reads inside a note or a text column. */
export function showValue(v: FieldValue | undefined): string {
  if (v === undefined) return '（未提取）';
  if (v === null) return '（空白）';
  return String(v);
}

/** "2026-11-21T05:40:00.000Z" → "2026-11-21 13:40" (Beijing time), for notes. */
export function showTime(iso: string): string {
  const t = excelTime(iso);
  if (!(t instanceof Date)) return iso;
  return t.toISOString().slice(0, 16).replace('T', ' ');
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/**
 * What a finding's key names, in words: a field's label, or for the checks' pseudo-keys the place in the
 * report (section.5 → 正文第五部分, section.all → 报告全文).
 */
export function keyLabel(key: string): string {
  if (key === 'section.all') return '报告全文';
  const m = /^section\.([1-6])$/.exec(key);
  if (m) return `正文第${NUMERALS[Number(m[1]) - 1]}部分`;
  return fieldLabel(key);
}
