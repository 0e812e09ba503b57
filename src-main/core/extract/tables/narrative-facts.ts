// Figures the report states in its prose that are also table cells ('制发规范性文件69件', '政府信息公开行政复议
// 351件，其中结果维持72件…', '本年度共收到70件申请'). They never become fields here: they only break ties when
// a table's own sums leave several readings (digits run together, numbers out of order), see narrowByFacts.
//
// A fact says: the cells `keys` add up to `value` ('行政诉讼46件' = 直接起诉总计 + 复议后起诉总计).
// The cue phrases are data (FACT_CUES); each says unambiguously which figure it is.
//
// No "by definition" inequality between cells is used to break ties: 现行有效件数 ≥ 本年制发 − 本年废止 fails
// when documents lapse at the end of their term without being 废止 or are counted over another scope, and
// the 2019 对外公开总数量 ≥ 本年新公开数量 fails when published documents are withdrawn. (Neither would settle
// a corpus case anyway: '693665' keeps 7 splits under the first, '898989' 6 under the second.)
import { FIGURE_SOURCE, parseFigure } from '../chinese-number.js';
import { CUMULATIVE, EARLIER_YEAR } from '../stat/narrative-rules.js';

export interface Fact {
  keys: string[];
  value: number;
  /** offsets in the text the facts were read from */
  start: number;
  end: number;
}

export interface FactCue {
  keys: string[];
  /** regex source over compact text (no whitespace); {N} the figure, {~k} up to k filler characters */
  template: string;
  /** regex source the sentence before the match must contain ('办结69件' counts requests only after '申请') */
  sentence?: string;
}

// Filler stays in one clause and never runs over words that make it another figure.
const FILLER = (k: number): string =>
  `(?:(?!现行|有效|废止|失效|清理|累计|结转|复议|诉讼|咨询|投诉|举报|信访|其中|以前|以来)[^。;；，,：:（()）]){0,${k}}?`;
const UNIT = '(?:件|个|份|起|宗)';

const NORMATIVE = '(?:行政)?规范性(?:文件)?';
const MADE = '(?:制发|印发|出台|制定|新制作|新制定|新出台)(?:了|的)?';

const subTotals = (group: string, rows: string[]) => rows.map((r) => `t3.${group}.${r}.total`);
/** Table 三 kinds of result made of sub-rows (both formats; 其他处理 has sub-rows in 2021 only). */
const T3_SUBROWS = {
  withheld: subTotals('withheld', ['secret', 'law', 'safety', 'third_party', 'internal', 'process', 'enforcement', 'query']),
  unable: subTotals('unable', ['not_held', 'create', 'unclear']),
  rejected: subTotals('rejected', ['petition', 'duplicate', 'publication', 'mass', 'confirm']),
  other2021: subTotals('other', ['no_correction', 'no_fee', 'misc']),
};

/** Cues for table 二 and 三 cells (2021 and 2019 keys; a fact whose keys a table lacks is never used). */
export const FACT_CUES: FactCue[] = [
  ...['t2.normative.issued', 't2.normative.made'].map((k) => ({ keys: [k], template: `${MADE}{~8}${NORMATIVE}(?:共|合计)?{N}${UNIT}` })),
  { keys: ['t2.normative.in_force'], template: `现行有效(?:的)?${NORMATIVE}(?:共|合计)?{N}${UNIT}` },
  { keys: ['t2.normative.repealed'], template: `废止(?:了)?{~6}${NORMATIVE}(?:共|合计)?{N}${UNIT}` },
  ...['t2.rules.issued', 't2.rules.made'].map((k) => ({ keys: [k], template: `${MADE}(?:政府)?规章(?:共)?{N}${UNIT}` })),
  { keys: ['t2.license.decisions'], template: `(?:作出|做出|办理|办结|处理)(?:了)?{~4}行政许可(?:决定|事项|案件)?(?:共)?{N}件` },
  { keys: ['t2.penalty.decisions'], template: `(?:作出|做出|办理|办结|处理|查处)(?:了)?{~4}行政处罚(?:决定|案件)?(?:共)?{N}(?:件|起)` },
  { keys: ['t2.coercion.decisions'], template: `(?:作出|做出|实施|采取|办理)(?:了)?{~4}行政强制(?:措施|决定|案件)?(?:共)?{N}(?:件|起)` },
  { keys: ['t3.new.total'], template: `(?:收到|受理|新收|接收|接到)(?:了)?{~24}申请(?:公开)?(?:事项|件数)?(?:共计|共|合计)?{N}件` },
  { keys: ['t3.new.total'], template: `(?:共|总共)?(?:收到|受理|新收|接收|接到)(?:了)?{N}件(?:政府信息公开)?申请` },
  // one of the two litigation groups, named
  { keys: ['t4.suit_direct.total'], template: `(?:未经复议)?直接(?:提起|起诉)(?:的)?(?:行政诉讼)?(?:案件)?(?:共)?{N}(?:件|起|宗)` },
  { keys: ['t4.suit_after.total'], template: `复议后(?:提起|起诉)(?:的)?(?:行政诉讼)?(?:案件)?(?:共)?{N}(?:件|起|宗)` },
  { keys: ['t3.total.total'], template: `(?:办结|答复)(?:了)?(?:各类)?(?:政府信息公开|依申请公开)(?:申请)?(?:共计|共)?{N}件` },
  { keys: ['t3.total.total'], template: `(?:办结|答复)(?:了)?(?:共计|共)?{N}件`, sentence: '申请' },
  // results of the year's requests, by kind: a kind with sub-rows is the sum of their totals
  { keys: ['t3.public.total', 't3.partial.total'], template: `予以公开(?:及|和|与|、)部分公开(?:的)?(?:共)?{N}件` },
  { keys: ['t3.public.total'], template: `(?<!部分|不)予以公开(?:的)?(?:共)?{N}件` },
  { keys: ['t3.partial.total'], template: `(?<!及|和|与|、)部分公开(?:的)?(?:共)?{N}件` },
  { keys: T3_SUBROWS.withheld, template: `不予公开(?:的)?(?:共)?{N}件` },
  { keys: T3_SUBROWS.unable, template: `无法提供(?:的)?(?:共)?{N}件` },
  { keys: T3_SUBROWS.rejected, template: `不予处理(?:的)?(?:共)?{N}件` },
  { keys: T3_SUBROWS.other2021, template: `其他处理(?:的)?(?:共)?{N}件` },
  { keys: ['t3.other.total'], template: `其他处理(?:的)?(?:共)?{N}件` },
  { keys: ['t3.carried.total'], template: `上(?:一)?年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?{N}件` },
  { keys: ['t3.carry_forward.total'], template: `{N}件(?:申请)?(?:结转|顺延)(?:到|至)?下(?:一)?年度` },
  { keys: ['t3.carry_forward.total'], template: `结转(?:到|至)?下(?:一)?年度(?:继续)?(?:办理)?(?:的)?(?:申请)?{N}件` },
];

/** Table 四: a procedure's total, then in the same sentence its results ('其中结果维持72件，结果纠正64件…'). */
const PROCEDURES: { word: string; groups: string[] }[] = [
  { word: '行政复议', groups: ['review'] },
  { word: '行政诉讼', groups: ['suit_direct', 'suit_after'] },
];
const RESULTS: { col: string; re: string }[] = [
  { col: 'upheld', re: '(?:结果)?维持(?:原)?(?:决定|行政行为)?' },
  { col: 'corrected', re: '(?:结果)?纠正' },
  { col: 'other', re: '其他结果' },
  { col: 'pending', re: '(?:尚)?未审结' },
];

function compile(template: string): RegExp {
  const src = template
    .replace(/\{~(\d+)\}/g, (_, k: string) => FILLER(Number(k)))
    .replace('{N}', `(?<![\\d.])(?<n>${FIGURE_SOURCE})(?![\\d.])`);
  return new RegExp(src, 'gd');
}

const CUES = FACT_CUES.map((c) => ({ keys: c.keys, re: compile(c.template), sentence: c.sentence ? new RegExp(c.sentence) : undefined }));
const PROC_RE = new RegExp(
  `(?<w>${PROCEDURES.map((p) => p.word).join('|')})(?:案件|案)?(?:共|共计|合计)?(?<![\\d.])(?<n>${FIGURE_SOURCE})(?![\\d.])(?:件|起|宗|个)`,
  'gd',
);
const RESULT_RES = RESULTS.map((r) => ({
  col: r.col,
  re: new RegExp(`${r.re}(?:的)?(?:共)?(?<![\\d.])(?<n>${FIGURE_SOURCE})(?![\\d.])(?:件|起|宗|个)`, 'gd'),
}));

const RUNNING_TOTAL = new RegExp(CUMULATIVE);
const EARLIER = new RegExp(`${EARLIER_YEAR}|同期|比上年|较上年|比去年|较去年`);
const SENTENCE_END = /[。;；!！?？]/;
const CLAUSE_END = /[。;；!！?？，,（()）]/;

function startOf(text: string, at: number, end: RegExp): number {
  let s = at;
  while (s > 0 && at - s < 200 && !end.test(text[s - 1])) s--;
  return s;
}

/**
 * The figure is not the report year's own: its sentence, before it, speaks of a running total
 * ('截至目前，累计…'), or its clause of an earlier year ('去年制发…'; '含上年度结转…' dates only its clause).
 */
function otherPeriod(text: string, at: number, year: number | undefined): boolean {
  const sentence = text.slice(startOf(text, at, SENTENCE_END), at);
  if (RUNNING_TOTAL.test(sentence) || EARLIER.test(text.slice(startOf(text, at, CLAUSE_END), at))) return true;
  // the last year the sentence names before the figure dates it ('2022年，我区制发…' in a 2023 report)
  if (year === undefined) return false;
  let last: number | undefined;
  for (const m of sentence.matchAll(/(?<!\d)((?:19|20)\d\d)年/g)) last = Number(m[1]);
  return last !== undefined && last !== year;
}

const TITLE_YEAR = /(?<!\d)((?:19|20)\d\d)年(?:度)?(?:[^。;；\d]{0,20}?)政府信息公开(?:工作)?(?:年度)?报告/;

/** The report's year as its title gives it ('2023年度政府信息公开工作年度报告'), if the text has one. */
export function reportYearOf(text: string): number | undefined {
  const m = TITLE_YEAR.exec(text.slice(0, 3000));
  return m ? Number(m[1]) : undefined;
}

function figure(m: RegExpExecArray): { value: number; start: number; end: number } | undefined {
  const g = m.groups?.n;
  const idx = m.indices?.groups?.n;
  if (!g || !idx) return undefined;
  // '余/多' make a figure approximate: no use for matching cells exactly
  const after = m.input.slice(idx[1], idx[1] + 1);
  if (after === '余' || after === '多') return undefined;
  const v = parseFigure(g);
  return v === undefined || !Number.isInteger(v) ? undefined : { value: v, start: idx[0], end: idx[1] };
}

/** Facts stated in text[from, to) (the prose around the tables; compact text). */
export function findFacts(text: string, ranges: [number, number][], year = reportYearOf(text)): Fact[] {
  const facts: Fact[] = [];
  for (const [from, to] of ranges) {
    const part = text.slice(from, to);
    const push = (keys: string[], m: RegExpExecArray) => {
      const f = figure(m);
      if (f && !otherPeriod(part, m.index, year)) facts.push({ keys, value: f.value, start: from + f.start, end: from + f.end });
    };
    for (const c of CUES) {
      c.re.lastIndex = 0;
      for (let m = c.re.exec(part); m; m = c.re.exec(part)) {
        if (c.sentence && !c.sentence.test(part.slice(startOf(part, m.index, SENTENCE_END), m.index))) continue;
        push(c.keys, m);
      }
    }
    PROC_RE.lastIndex = 0;
    for (let m = PROC_RE.exec(part); m; m = PROC_RE.exec(part)) {
      const proc = PROCEDURES.find((p) => p.word === m!.groups!.w)!;
      if (otherPeriod(part, m.index, year)) continue;
      // '直接提起行政诉讼26件' / '复议后起诉的行政诉讼3件' is one group, not the two together (FACT_CUES)
      const lead = part.slice(startOf(part, m.index, CLAUSE_END), m.index);
      if (/直接|复议后|经复议/.test(lead)) continue;
      push(proc.groups.map((g) => `t4.${g}.total`), m);
      // its results: up to the end of the sentence or the next procedure
      const end = m.index + m[0].length;
      let stop = part.length;
      const se = /[。;；]|行政复议|行政诉讼/.exec(part.slice(end));
      if (se) stop = end + se.index;
      const clause = part.slice(end, stop);
      for (const r of RESULT_RES) {
        r.re.lastIndex = 0;
        const rm = r.re.exec(clause);
        if (!rm) continue;
        const f = figure(rm);
        if (f) facts.push({ keys: proc.groups.map((g) => `t4.${g}.${r.col}`), value: f.value, start: from + end + f.start, end: from + end + f.end });
      }
    }
  }
  return facts;
}

/**
 * The candidates consistent with the stated facts. `valueOf(candidate, key)` is undefined when the candidate
 * has no such cell (then a fact on it says nothing). A fact that no candidate satisfies is about something
 * else (another scope, another period) or wrong, and is set aside; when the remaining facts together rule
 * out every candidate, they contradict each other and nothing is narrowed.
 */
export function narrowByFacts<T>(cands: T[], facts: Fact[], valueOf: (c: T, key: string) => number | null | undefined): { kept: T[]; used: Fact[] } {
  if (cands.length < 2 || facts.length === 0) return { kept: cands, used: [] };
  const holds = (c: T, f: Fact): boolean | undefined => {
    let s = 0;
    for (const k of f.keys) {
      const v = valueOf(c, k);
      if (v === undefined) return undefined;
      s += v ?? 0;
    }
    return s === f.value;
  };
  const applicable = facts.filter((f) => cands.every((c) => holds(c, f) !== undefined));
  const used = applicable.filter((f) => cands.some((c) => holds(c, f)));
  if (used.length === 0) return { kept: cands, used: [] };
  const kept = cands.filter((c) => used.every((f) => holds(c, f)));
  return kept.length === 0 ? { kept: cands, used: [] } : { kept, used };
}
