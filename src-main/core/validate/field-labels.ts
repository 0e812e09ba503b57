// Short Chinese names of fields for messages, from fields.json labels: "表三 一、本年新收… · 自然人".
import { FIELD_BY_KEY } from '../fields.js';

export function fieldLabel(key: string): string {
  return FIELD_BY_KEY.get(key)?.label ?? key;
}

/** "表三 一、本年新收政府信息公开申请数量" and "自然人" from a table field's label */
export function rowAndColumn(key: string): { row: string; column: string | null } {
  const label = fieldLabel(key);
  const at = label.lastIndexOf(' · ');
  return at < 0 ? { row: label, column: null } : { row: label.slice(0, at), column: label.slice(at + 3) };
}

/** the row a table key belongs to: t3.withheld.secret.natural → t3.withheld.secret; stat keys are their own row */
export function rowKeyOf(key: string): string {
  if (key.startsWith('stat.')) return key;
  const dot = key.lastIndexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}

export const TABLE_NAMES: Record<string, string> = { t2: '表二', t3: '表三', t4: '表四', stat: '统计表' };
