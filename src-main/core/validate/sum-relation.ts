// One engine for every "this equals the sum of those" rule (tables 三 and 四, the pre-2019 statistics):
// the relations themselves are data tables in the rule modules.
import type { Finding, RuleId } from './types.js';
import { finding } from './types.js';
import { has, numberOf, numbersOf, sameNumber, show, type Fields } from './values.js';

export interface Term {
  key: string;
  /** short Chinese label used in the message */
  label: string;
}

export interface SumRelation {
  ruleId: RuleId;
  /** where, in Chinese, e.g. 表三"总计"列 */
  scope: string;
  left: Term[];
  right: Term[];
  /** 'all': every key must be present (blank allowed) to check; 'any': at least one key on each side */
  require: 'all' | 'any';
  /** label of a side with several terms, said before its terms (e.g. 办理结果) */
  leftName?: string;
  rightName?: string;
}

const MAX_TERMS_SHOWN = 7;

function side(fields: Fields, terms: Term[], name?: string): { sum: number; text: string } {
  let sum = 0;
  const shown: string[] = [];
  let hidden = 0;
  for (const t of terms) {
    const n = numberOf(fields, t.key);
    if (n === undefined) continue;
    sum += n ?? 0;
    if (terms.length > MAX_TERMS_SHOWN && n === 0) hidden++;
    else shown.push(`${t.label} ${show(n)}`);
  }
  if (terms.length === 1) return { sum, text: `${terms[0].label}为 ${show(numberOf(fields, terms[0].key))}` };
  const body = shown.length ? shown.join(' + ') : '各项均为 0';
  const tail = hidden && shown.length ? `（其余 ${hidden} 项为 0）` : '';
  return { sum, text: `${name ?? ''}${body}${tail} = ${show(sum)}` };
}

function checkable(fields: Fields, rel: SumRelation): boolean {
  const present = (t: Term) => has(fields, t.key) && numberOf(fields, t.key) !== undefined;
  if (rel.require === 'all') return [...rel.left, ...rel.right].every(present);
  return rel.left.some(present) && rel.right.some(present);
}

export function checkSum(fields: Fields, rel: SumRelation): Finding | null {
  if (!checkable(fields, rel)) return null;
  const l = side(fields, rel.left, rel.leftName);
  const r = side(fields, rel.right, rel.rightName);
  if (sameNumber(l.sum, r.sum)) return null;
  const keys = [...rel.left, ...rel.right].map((t) => t.key).filter((k) => has(fields, k));
  return finding(
    rel.ruleId,
    keys,
    { ...numbersOf(fields, keys), left: l.sum, right: r.sum },
    `${rel.scope}：${l.text}，但${r.text}`,
  );
}

export function checkSums(fields: Fields, relations: readonly SumRelation[]): Finding[] {
  const out: Finding[] = [];
  for (const rel of relations) {
    const f = checkSum(fields, rel);
    if (f) out.push(f);
  }
  return out;
}
