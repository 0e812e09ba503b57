// Reading figures out of the reviewed fields: absent (the document does not carry it), blank (null, counts
// as 0 in sums) or a number. Strings that look like numbers are read as numbers (a reviewer's input).
import type { FieldValue } from '../fields.js';

export type Fields = Record<string, FieldValue>;

export function has(fields: Fields, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(fields, key);
}

/** the number a field holds; null when blank; undefined when absent or not a number */
export function numberOf(fields: Fields, key: string): number | null | undefined {
  if (!has(fields, key)) return undefined;
  const v = fields[key];
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const s = String(v).trim();
  if (isBlankMark(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** blank, `—`, `/` or `无` written where a number is meant */
export function isBlankMark(s: string): boolean {
  return /^[\s—–\-－―/／无]*$/.test(s);
}

/** the value as counted in a sum: blank = 0 */
export function countOf(fields: Fields, key: string): number {
  return numberOf(fields, key) ?? 0;
}

/** numbers for a finding: key → value (null for blank, absent keys left out) */
export function numbersOf(fields: Fields, keys: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const k of keys) {
    const n = numberOf(fields, k);
    if (n !== undefined) out[k] = n;
  }
  return out;
}

/** a figure as shown in a message */
export function show(n: number | null | undefined): string {
  if (n === null) return '空白';
  if (n === undefined) return '无';
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

export function yearOf(fields: Fields): number | undefined {
  const y = numberOf(fields, 'year');
  return typeof y === 'number' && Number.isInteger(y) ? y : undefined;
}
