// Reads the statistics figures that pre-2019 reports state in sentences (narrative-rules.ts). A key whose
// sentences disagree is left out: a phrase must be unambiguous about which figure it is.
import { FIGURE_SOURCE, parseFigure } from '../chinese-number.js';
import { NARRATIVE_RULES, SAME_AS_RULES } from './narrative-rules.js';

export interface NarrativeHit {
  key: string;
  value: number;
  approx: boolean;
  /** the figure's characters, or for a "none" sentence the whole phrase */
  start: number;
  end: number;
}

// The filler never runs over another procedure's words, nor over 审结/办结 ("尚未审结的行政复议" is not "none").
const FILLER = (k: number): string => `(?:(?!复议|诉讼|咨询|举报|投诉|审结|办结|结案)[^。;；\\n,，]){0,${k}}?`;
const FIGURE = `(?<approxBefore>约|近)?(?<n>${FIGURE_SOURCE})(?<approxAfter>余|多)?`;

function compile(template: string): RegExp {
  const src = template.replace(/\{~(\d+)\}/g, (_, k: string) => FILLER(Number(k))).replace('{N}', FIGURE);
  return new RegExp(src, 'gd');
}

const COMPILED = NARRATIVE_RULES.map((r) => ({ rule: r, re: compile(r.template) }));

export interface NarrativeResult {
  hits: NarrativeHit[];
  /** keys whose sentences gave different figures */
  conflicts: string[];
  /** every figure the sentences gave for a key (also the disagreeing ones) */
  stated: Map<string, Set<number>>;
}

export function readNarrative(text: string): NarrativeResult {
  const byKey = new Map<string, NarrativeHit[]>();
  for (const { rule, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let hit: Omit<NarrativeHit, 'key'>;
      if (rule.zero) {
        hit = { value: 0, approx: false, start: m.index, end: m.index + m[0].length };
      } else {
        const g = m.groups!;
        const value = parseFigure(g.n);
        if (value === undefined) continue;
        const [start, end] = m.indices!.groups!.n!;
        hit = { value, approx: Boolean(g.approxBefore || g.approxAfter), start, end };
      }
      for (const key of rule.keys) {
        const list = byKey.get(key) ?? [];
        list.push({ key, ...hit });
        byKey.set(key, list);
      }
    }
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
