// The canonical field keys (copied from ../shared/spec/fields.json; a test keeps the copy identical).
import spec from './spec/fields.json' with { type: 'json' };

export type FieldType = 'text' | 'int' | 'signed_int' | 'decimal' | 'date' | 'enum';
export type ReportFormat = '2021' | '2019' | 'pre2019';
export type FieldValue = number | string | null;

export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  formats: ReportFormat[];
  unit?: string;
}

export const FIELDS: readonly FieldSpec[] = spec.fields as FieldSpec[];
export const FIELD_BY_KEY: ReadonlyMap<string, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f]));
export const METADATA_KEYS = ['agency', 'year', 'published', 'format'] as const;

export function isFieldKey(key: string): boolean {
  return FIELD_BY_KEY.has(key);
}

export function fieldsForFormat(format: ReportFormat): FieldSpec[] {
  return FIELDS.filter((f) => f.formats.includes(format));
}

/** 't3.new.total' → 't3' ; 'agency' → 'agency' */
export function keyGroup(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}
