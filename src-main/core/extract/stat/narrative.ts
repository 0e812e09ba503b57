// Reads the statistics figures that pre-2019 reports state in sentences (narrative-rules.ts). A key whose
// sentences disagree is left out: a phrase must be unambiguous about which figure it is.
import { FIGURE_SOURCE, parseFigure } from '../chinese-number.js';
import { YEAR_SOURCE, parseYear } from '../years.js';
import {
  CUMULATIVE, EARLIER_YEAR, LIST_JOINERS, LIST_NEGATION, NARRATIVE_RULES, NOW, OTHER_MATTERS, SAME_AS_RULES, THIS_YEAR,
} from './narrative-rules.js';

export interface NarrativeHit {
  key: string;
  value: number;
  approx: boolean;
  /** the figure's characters, or for a "none" sentence the whole phrase */
  start: number;
  end: number;
}

// The filler never runs over another matter's words (OTHER_MATTERS: "受理行政审批申请" is not a disclosure request).
const FILLER = (k: number): string => `(?:(?!${OTHER_MATTERS.join('|')})[^。;；\\n,，]){0,${k}}?`;
// "1.2万余条": an Arabic figure in 万 (ten thousands); rounded, so approximate unless a whole number of 万
const FIGURE = `(?<approxBefore>约|近)?(?<n>${FIGURE_SOURCE})(?<wan>万)?(?<approxAfter>余|多)?`;

function compile(template: string): RegExp {
  const src = template.replace(/\{~(\d+)\}/g, (_, k: string) => FILLER(Number(k))).replace('{N}', FIGURE);
  return new RegExp(src, 'gd');
}

const COMPILED = NARRATIVE_RULES.map((r) => ({
  rule: r,
  re: compile(r.template),
  unless: r.unlessClause ? new RegExp(r.unlessClause) : undefined,
}));

const CUMULATIVE_RE = new RegExp(CUMULATIVE);
const SINCE_BEFORE = /(?:截至|截止|自|从|至|到)\s*$/;
// a time reference: a year ("2016年"), an earlier year ("去年"), or the report year ("本年度")
const TIME_REF = new RegExp(`(?<year>${YEAR_SOURCE})\\s*年|(?<earlier>${EARLIER_YEAR})|(?<current>${THIS_YEAR})`, 'g');
/** Words that date a statement to now ("目前没有收到…"), after any year the sentence names. */
const NOW_RE = new RegExp(NOW);
const SENTENCE_END = /[。;；!！?？\n]/;
const CLAUSE_END = /[。;；!！?？\n,，、:：]/;

/** Start of the sentence (or clause) holding position `at`: after the last boundary, at most 200 back. */
function boundaryBefore(text: string, at: number, end: RegExp): number {
  const from = Math.max(0, at - 200);
  for (let i = at - 1; i >= from; i--) if (end.test(text[i])) return i + 1;
  return from;
}

/**
 * Whether the sentence before a match says its figure is not the report year's: a running total (not for a
 * "none" sentence), or the nearest time reference before the figure is an earlier or another year ("2016年收到…"
 * in a 2017 report, "去年受理…"); "本年度", "全年" or the report year itself keep it.
 */
function otherPeriod(text: string, at: number, zero: boolean, reportYear: number | undefined): boolean {
  // a year inside a quoted title ("根据《2016年政务公开工作要点》") dates nothing
  const before = text.slice(boundaryBefore(text, at, SENTENCE_END), at).replace(/《[^《》]*》/g, (q) => ' '.repeat(q.length));
  let last: { year?: number; earlier?: boolean } | undefined;
  let lastEnd = 0;
  // a running total is said after the last time reference that starts a new statement: in "截至2017年底，累计…
  // 12345条，其中2017年主动公开…520条" the 520 follows "其中2017年"; "截至2017年" only dates the total
  let fresh = 0;
  let freshIsThisYear = false;
  TIME_REF.lastIndex = 0;
  for (let m = TIME_REF.exec(before); m; m = TIME_REF.exec(before)) {
    const g = m.groups!;
    last = g.year ? { year: parseYear(g.year) } : { earlier: Boolean(g.earlier) };
    lastEnd = m.index + m[0].length;
    if (!SINCE_BEFORE.test(before.slice(Math.max(0, m.index - 3), m.index))) {
      fresh = m.index + m[0].length;
      freshIsThisYear = Boolean(g.current) || (last.year !== undefined && last.year === reportYear);
    }
  }
  // "今年以来", "2017年以来" in a 2017 report: since the start of the report year, not a running total
  const rest = freshIsThisYear ? before.slice(fresh).replace(/^\s*度?\s*以来/, '') : before.slice(fresh);
  if (!zero && CUMULATIVE_RE.test(rest)) return true;
  if (!last) return false;
  // "自2008年度起，我局明确了…，目前没有收到…申请": none to date, so none in the report year either
  if (zero && NOW_RE.test(before.slice(lastEnd))) return false;
  if (last.earlier) return true;
  return last.year !== undefined && reportYear !== undefined && last.year !== reportYear;
}

export interface NarrativeResult {
  hits: NarrativeHit[];
  /** keys whose sentences gave different figures */
  conflicts: string[];
  /** every figure the sentences gave for a key (also the disagreeing ones) */
  stated: Map<string, Set<number>>;
}

/** The figures the sentences state; `reportYear` (when known) rules out sentences dated by another year. */
export function readNarrative(text: string, reportYear?: number): NarrativeResult {
  const byKey = new Map<string, NarrativeHit[]>();
  for (const { rule, re, unless } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (unless && unless.test(text.slice(boundaryBefore(text, m.index, CLAUSE_END), m.index))) continue;
      if (otherPeriod(text, m.index, Boolean(rule.zero), reportYear)) continue;
      let hit: Omit<NarrativeHit, 'key'>;
      if (rule.zero) {
        hit = { value: 0, approx: false, start: m.index, end: m.index + m[0].length };
      } else {
        const g = m.groups!;
        const figure = parseFigure(g.n);
        if (figure === undefined) continue;
        const value = g.wan ? Math.round(figure * 10000) : figure;
        const [start] = m.indices!.groups!.n!;
        const end = g.wan ? m.indices!.groups!.wan![1] : m.indices!.groups!.n![1];
        const rounded = Boolean(g.wan) && !Number.isInteger(figure);
        hit = { value, approx: Boolean(g.approxBefore || g.approxAfter) || rounded, start, end };
      }
      for (const key of rule.keys) {
        const list = byKey.get(key) ?? [];
        list.push({ key, ...hit });
        byKey.set(key, list);
      }
    }
  }
  for (const hit of negatedListItems(text, reportYear)) {
    const list = byKey.get(hit.key) ?? [];
    list.push(hit);
    byKey.set(hit.key, list);
  }
  const hits: NarrativeHit[] = [];
  const conflicts: string[] = [];
  const stated = new Map<string, Set<number>>();
  for (const [key, list] of byKey) {
    const values = new Set(list.map((h) => h.value));
    stated.set(key, values);
    if (values.size > 1) {
      conflicts.push(key);
      continue;
    }
    hits.push(list.sort((a, b) => a.start - b.start)[0]);
  }
  hits.push(...sameAs(text, hits));
  return { hits, conflicts, stated };
}

const SAME_AS = SAME_AS_RULES.map((r) => ({ rule: r, re: new RegExp(r.template, 'g') }));

/** Figures given as "all of them" right after the figure they refer to, in the same sentence. */
function sameAs(text: string, hits: NarrativeHit[]): NarrativeHit[] {
  const out: NarrativeHit[] = [];
  const have = new Set(hits.map((h) => h.key));
  for (const { rule, re } of SAME_AS) {
    const ref = hits.find((h) => h.key === rule.of);
    if (!ref || have.has(rule.key)) continue;
    re.lastIndex = ref.end;
    const m = re.exec(text);
    if (!m || m.index - ref.end > 200 || /[。;；\n]/.test(text.slice(ref.end, m.index))) continue;
    // the span runs from the referenced figure to the phrase, so it shows both
    out.push({ key: rule.key, value: ref.value, approx: ref.approx, start: ref.start, end: m.index + m[0].length });
    have.add(rule.key);
  }
  return out;
}

const NEGATION_RE = new RegExp(LIST_NEGATION, 'g');
const JOINER_RE = new RegExp(LIST_JOINERS, 'g');
const ZERO_RULES = COMPILED.filter((c) => c.rule.zero);

/**
 * A negation over a list ("未收到政府信息公开投诉及因政府信息公开提起行政诉讼") covers each item: every item after
 * a joiner is read as if the negation stood right before it, by the "none" rules alone. (The first item is
 * read in place by readNarrative.) The span runs from the negation to the end of the item.
 */
function negatedListItems(text: string, reportYear: number | undefined): NarrativeHit[] {
  const out: NarrativeHit[] = [];
  NEGATION_RE.lastIndex = 0;
  for (let n = NEGATION_RE.exec(text); n; n = NEGATION_RE.exec(text)) {
    const from = n.index + n[0].length;
    let to = from;
    while (to < text.length && to - from < 80 && !CLAUSE_END.test(text[to])) to++;
    const clause = text.slice(from, to);
    JOINER_RE.lastIndex = 0;
    const cuts = [...clause.matchAll(JOINER_RE)].map((j) => ({ start: j.index, end: j.index + j[0].length }));
    for (let i = 0; i < cuts.length; i++) {
      const itemStart = cuts[i].end;
      const itemEnd = i + 1 < cuts.length ? cuts[i + 1].start : clause.length;
      const item = clause.slice(itemStart, itemEnd);
      if (!item) continue;
      const phrase = n[0] + item;
      for (const { rule, re, unless } of ZERO_RULES) {
        re.lastIndex = 0;
        const m = re.exec(phrase);
        if (!m || m.index !== 0) continue;
        if (unless && unless.test(text.slice(boundaryBefore(text, n.index, CLAUSE_END), n.index))) continue;
        if (otherPeriod(text, n.index, true, reportYear)) continue;
        const end = from + itemStart + Math.min(item.length, m[0].length - n[0].length);
        for (const key of rule.keys) out.push({ key, value: 0, approx: false, start: n.index, end });
      }
    }
  }
  return out;
}
