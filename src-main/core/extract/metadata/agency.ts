// Where a report names its reporting body outside the title, as data: each rule is a pattern whose group 1
// holds the candidate name, tried in order. The candidate must look like a name (names.ts).
import { YEAR_SOURCE } from '../years.js';
import { cleanName, isAgencyName } from './names.js';
import type { Span } from './title.js';

const NAME = '([^\\s,，。;；:：、“”"《》()（）]{2,40}?)';
const YEAR = `(?:${YEAR_SOURCE})`;
// "2022年，在县委、县政府的正确领导下，某某镇人民政府深入…": the adverbial before the name
const GUIDED_BY = '在[^。;；]{2,40}?(?:领导|指导|部署|要求|关心|支持|带领)下\\s*[,，]\\s*';
// Verbs that open the first sentence of 总体情况: "2021年，保山市卫生健康委员会以…", "2019年，揭东分局在…".
const OPENING_VERBS = [
  '以', '在', '坚持', '认真', '按照', '深入', '围绕', '紧紧', '紧扣', '高度', '严格', '继续', '全面', '进一步',
  '根据', '始终', '不断', '持续', '聚焦', '扎实', '积极', '切实', '全力', '依法', '贯彻',
];

/** Units that compile a body's report without being the reporting body. */
const COMPILING_OFFICE = /(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:领导小组|联席会议)?(?:办公室|办)$/;
/** A township's or street's internal office: it compiles the body's report and reports nothing of its own
 *  (a government's 办公室 does report as a body: "某某县人民政府办公室"). */
const TOWNSHIP_OFFICE =
  /(街道|街道办事处|镇|乡|管委会)((?:人民)?政府)?(?:党政综合办公室|党政办公室|党政办|综合办公室|办公室|[\u4e00-\u9fff]{2,6}指挥室)$/;
/** An internal office's other name in brackets after it ("…综合信息指挥室(党政综合办公室)"): not the body. */
const BRACKETED_ALIAS = /[\u4e00-\u9fff]\s*[(（][^()（）]{2,20}[)）]\s*$/;
/** A bureau's internal office: "某某局办公室", "某某厅综合处" is not (处 may be a body's own section name). */
const BUREAU_OFFICE = /([局厅])(?:办公室|综合办公室)$/;
/** A section (科, 股) inside a body: "…党政办公室综合科", "…办公室文电科". */
const SECTION = /[科股]$/;

/** The body a compiling unit belongs to: its section, its township office or its disclosure office stripped. */
export function ownerOf(name: string): string {
  let owner = name;
  if (SECTION.test(owner)) {
    for (let k = 1; k <= 4; k++) {
      const rest = owner.slice(0, -(k + 1));
      if (isAgencyName(rest)) {
        owner = rest;
        break;
      }
    }
  }
  owner = owner.replace(COMPILING_OFFICE, '').replace(/人民$/, '人民政府');
  // a bureau's or department's own 办公室 ("某某市交通运输局办公室") answers for it; a 委员会办公室 may be a body
  // of its own (某某县机构编制委员会办公室), so only 局 and 厅
  const bureau = owner.replace(BUREAU_OFFICE, '$1');
  if (bureau !== owner && isAgencyName(bureau)) owner = bureau;
  const township = owner.replace(TOWNSHIP_OFFICE, '$1$2');
  if (township !== owner && isAgencyName(township)) owner = township;
  return owner !== name && isAgencyName(owner) ? owner : name;
}

/** Verbs between the compiling body and 编制: "由某某镇人民政府结合有关统计数据编制". */
const GATHERING_VERBS = ['综合(?!科)', '汇总', '会同', '牵头', '组织', '根据', '依据', '结合', '按照', '依照', '参照'];

export interface AgencyRule {
  name: string;
  pattern: RegExp;
  confidence: number;
  /** the name counts only when it was an internal office of a township or street government, stripped to that
   *  government (ownerOf): a contact office of any other kind may be the parent's */
  internalOffice?: boolean;
  /** the page's byline names the site's publisher, not always the reporting body: the name must be of the kind
   *  the report calls itself (我局 → …局) when it does ('when-self'), or the report must call itself so ('self') */
  sameKindAsSelf?: 'when-self' | 'self';
}

export const AGENCY_RULES: AgencyRule[] = [
  // "…要求，由北京市水务局编制的2008年度…", "由365体育投注:芙蓉街道办事处编制"
  { name: 'compiled-by', pattern: new RegExp(`由\\s*([^,，。;；“”"《》]{2,40}?)\\s*(?:负责)?编制`, 'g'), confidence: 0.85 },
  // "由市政府办公厅综合各区(县)人民政府…的年度报告编制而成"
  {
    name: 'compiled-by-gathering',
    pattern: new RegExp(`由\\s*${NAME}(?:${GATHERING_VERBS.join('|')})[^。]{0,120}?编制`, 'g'),
    confidence: 0.75,
  },
  // "…的规定，某某经济技术开发区管委会编制了某某开发区2023年…年度报告": the body as the subject of 编制
  {
    name: 'compiles',
    pattern: new RegExp(`(?:^|\\n|[。,，;；])\\s*${NAME}\\s*(?:编制了|编制本)[^。;；\\n]{0,60}?(?:年度报告|年报|工作报告)`, 'g'),
    confidence: 0.75,
  },
  // "2021年，保山市卫生健康委员会以…"
  {
    name: 'opening-sentence',
    pattern: new RegExp(
      `(?:^|\\n|。)\\s*${YEAR}\\s*年度?\\s*[,，]\\s*(?:${GUIDED_BY})?(?!${OPENING_VERBS.join('|')}|为|对|经过|通过|随着)${NAME}(?:${OPENING_VERBS.join('|')})`,
      'g',
    ),
    confidence: 0.75,
  },
  // "2017年钟楼区的政府信息公开工作…"
  { name: 'year-of', pattern: new RegExp(`${YEAR}\\s*年度?\\s*${NAME}的政府信息公开工作`, 'g'), confidence: 0.7 },
  // the opening sentence "2021年,某某乡政府信息公开工作在…": the name right before (人民)政府信息公开工作
  {
    name: 'opening-work',
    pattern: new RegExp(`(?:^|\\n|。)\\s*${YEAR}\\s*年度?\\s*[,，]\\s*${NAME}(?:人民)?政府信息公开工作`, 'g'),
    confidence: 0.7,
  },
  // the report's contact "如需咨询,请与某某镇人民政府党政办公室联系": a township's internal office answers for
  // its government, which is the body
  {
    name: 'contact-office',
    pattern: /如(?:需咨询|有疑问|有任何疑问|对[^。\n]{0,12}?有[^。\n]{0,4}?疑问)[^。\n]{0,6}?(?:请|可)(?:与|联系)\s*[:：]?\s*([^\s,，。;；:：()（）]{2,40}?)\s*(?:联系|[;；,，。(（]|电话|地址)/g,
    confidence: 0.6,
    internalOffice: true,
  },
  // page header "发布机构: 中原西路街道办事处"
  { name: 'publisher', pattern: /(?:发\s*布\s*机\s*构|发\s*文\s*机\s*关|发\s*布\s*单\s*位)\s*[:：]?\s*\|?\s*([^\s|,，:：]{2,30})/g, confidence: 0.6, sameKindAsSelf: 'when-self' },
  // byline "来源：某某县交通运输局" (often the portal's owner instead: kept only when of the kind the report calls
  // itself, 我局 → …局)
  { name: 'source', pattern: /(?<!数据)(?:信\s*息\s*)?来\s*源\s*[:：]\s*\|?\s*([^\s|,，:：]{2,30})/g, confidence: 0.5, sameKindAsSelf: 'self' },
  // the report's contact "如对本报告有疑问，请联系：某某街道办事处；电话…", "请与某某办公室文电科联系" — often the body,
  // sometimes its parent's office: kept only when of the kind the report calls itself
  {
    name: 'contact',
    pattern: /(?:疑问|意见|建议)[^。\n]{0,10}?请(?:与|联系)\s*[:：]?\s*([^\s,，。;；:：()（）]{2,40}?)\s*(?:联系|[;；,，。(（]|电话|地址)/g,
    confidence: 0.5,
    sameKindAsSelf: 'self',
  },
];

export interface AgencyHit {
  name: string;
  span: Span;
  confidence: number;
  rule: string;
}

/** The first rule that yields a valid name, searched in the first `limit` characters. */
export function findAgencyInBody(text: string, limit = 4000): AgencyHit | undefined {
  const head = text.slice(0, limit);
  let kind: RegExp | null | undefined; // computed once, when a rule needs it
  for (const rule of AGENCY_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(head); m; m = rule.pattern.exec(head)) {
      const raw = m[1];
      const alias = BRACKETED_ALIAS.exec(raw);
      const cleaned = cleanName(alias ? raw.slice(0, alias.index + 1) : raw);
      const offset = cleaned.offset;
      // a report compiled by the body's disclosure office is the body's report ("南平市人民政府信息公开工作领导小组办公室")
      const name = ownerOf(cleaned.name);
      if (!isAgencyName(name)) continue;
      if (rule.internalOffice && !(name !== cleaned.name && TOWNSHIP_OFFICE.test(cleaned.name))) continue;
      if (rule.sameKindAsSelf) {
        kind ??= selfKind(text) ?? null;
        if (kind ? !kind.test(name) : rule.sameKindAsSelf === 'self') continue;
      }
      const start = m.index + m[0].indexOf(raw) + offset;
      return { name, span: { start, end: start + name.length }, confidence: rule.confidence, rule: rule.name };
    }
  }
  return undefined;
}

// Endings of the place or body names counted by findFrequentName. Not before a title or a level ("区长", "县委",
// "镇党委", "县级"), unless the 长/委/级 opens the next place's name ("滨江区长河街道", "街道长江北路").
const NAME_ENDINGS =
  /(?:实验区|开发区|新区|区|县|市|镇|乡|旗|街道办事处|办事处|街道|管委会|委员会|办公室|局)(?![\u4e00-\u9fff]?(?:长|委|级)(?![\u4e00-\u9fff]{1,3}(?:街道|镇|乡|区|县|市|路|街|村)))/g;

/** How far past a place a longer name that goes on from it may end ("人民政府长河街道办事处"). */
const MAX_CONTINUATION = 12;

/** Where a body names itself in passing: its own rules (《某某乡信息公开保密审查机制》) and channels. */
const OWN_CHANNELS = [
  '微信公众号', '公众号', '门户网站', '政府网站', '官方网站', '官网', '网站', '政务微博', '微博', '政务公开栏', '公开栏', '公示栏',
  '政务服务中心', '便民服务中心',
];
const CHANNEL_AFTER = new RegExp(`^(?:人民)?(?:政府)?(?:${OWN_CHANNELS.join('|')})`);

/** The body's own work after its name: "健全完善某某镇信息公开工作机制", "某某局结合单位实际，编制本单位…". */
const OWN_WORK_AFTER = /^(?:(?:人民)?政府)?的?(?:政府信息公开|政务信息公开|信息公开|政务公开)|^[^。;；\n]{0,16}?编制本(?:单位|机关|部门)/;
/** Characters before a bare ending that make it a word of its own ("全旗", "本局", "在旗", "以局"). */
const BEFORE_BARE_ENDING = /[全本我各该在以由对向从于和与及为是的设]/;
/** Verbs of the body's own work that may stand right before its name ("完善某某镇信息公开工作机制"). */
const OWN_WORK_VERBS = /(?:健全|完善|加强|推进|规范|做好|提升|提高|落实|推动|深化|开展|建立|优化)$/;

/** A mention that opens a title in 《》 (not a notice "关于…") or names the body's own channel. */
function ownContext(head: string, start: number, end: number): boolean {
  if (CHANNEL_AFTER.test(head.slice(end, end + 12))) return true;
  if (start === 0 || head[start - 1] !== '《') return false;
  const close = head.indexOf('》', end);
  return close > 0 && close - end < 40 && !head.slice(end, close).includes('关于');
}

/**
 * The name the text repeats most, for reports that never give a title ("2017年，我区…", "顺城区…"):
 * each occurrence of a name ending is extended to the left over Han characters; a candidate counts when it
 * is left-maximal (not always preceded by the same character) and looks like a name. At least 3 mentions —
 * or, for a report that calls itself 我乡, 2 of that kind when one is the body naming itself in passing (its
 * own rules in 《》, its 微信公众号 or 网站).
 */
export function findFrequentName(text: string, limit = 20000): AgencyHit | undefined {
  const head = text.slice(0, limit);
  const counts = new Map<string, { n: number; own: number; at: number; before: Set<string>; ends: number[] }>();
  const ends: { end: number; ending: number }[] = [];
  NAME_ENDINGS.lastIndex = 0;
  for (let m = NAME_ENDINGS.exec(head); m; m = NAME_ENDINGS.exec(head)) {
    const end = m.index + m[0].length;
    ends.push({ end, ending: m[0].length });
    for (let len = m[0].length + 1; len <= 10; len++) {
      const start = end - len;
      if (start < 0 || !/[\u4e00-\u9fff]/.test(head[start])) break;
      const s = head.slice(start, end);
      const c = counts.get(s) ?? { n: 0, own: 0, at: start, before: new Set<string>(), ends: [] };
      c.n++;
      if (ownContext(head, start, end)) c.own++;
      c.before.add(start > 0 ? head[start - 1] : '');
      c.ends.push(end);
      counts.set(s, c);
    }
  }
  const endSet = new Set(ends.map((e) => e.end));
  // "杭州市滨江区长河街道…", "杭州市滨江区人民政府…": a place every mention of which goes on into a longer
  // name is where the body sits, not the body
  const continued = (end: number): boolean => {
    for (let k = end + 2; k <= end + MAX_CONTINUATION && k <= head.length; k++) {
      if (!/[\u4e00-\u9fff]/.test(head[k - 1])) return false;
      if (endSet.has(k) && isAgencyName(head.slice(end, k))) return true;
    }
    return false;
  };
  // left-maximal: extending a name by the character before would lose mentions
  const leftVaries = (c: { before: Set<string> }): boolean =>
    c.before.size > 1 || [...c.before][0] === '' || !/[\u4e00-\u9fff]/.test([...c.before][0]);
  // A report that calls itself 我局 is a bureau, not the county it sits in: the name must be of that kind.
  const kind = selfKind(head);
  let best: { name: string; n: number; at: number; own: boolean } | undefined;
  for (const [name, c] of counts) {
    const enough = c.n >= 3 || (kind !== undefined && c.n >= 2 && c.own > 0);
    if (!enough || !isAgencyName(name)) continue;
    if (kind && !kind.test(name)) continue;
    if (!leftVaries(c)) continue;
    if (c.ends.every(continued)) continue;
    if (!best || c.n > best.n || (c.n === best.n && name.length > best.name.length)) best = { name, n: c.n, at: c.at, own: c.own > 0 };
  }
  // "柞水县人民政府门户网站…请与柞水县凤凰镇人民政府…": the parent is counted through its site and through the
  // body's own mentions; a longer body name going on from it that holds most of its mentions is the body
  if (best) {
    const parent = best;
    const longer = [...counts]
      .filter(([name, c]) => {
        if (name.length <= parent.name.length || !name.startsWith(parent.name) || c.n < 2 || c.n * 2 <= parent.n) return false;
        return isAgencyName(name) && isAgencyName(name.slice(parent.name.length)) && (!kind || kind.test(name)) && leftVaries(c);
      })
      .sort(([a, x], [b, y]) => y.n - x.n || b.length - a.length)[0];
    if (longer) best = { name: longer[0], n: longer[1].n, at: longer[1].at, own: longer[1].own > 0 };
  }
  // a report that calls itself so only once ("我街按照《某某街道…方案》") still names a body of that kind, when
  // it uses no other self-reference
  const ownKind = kind ?? soleSelfKind(head);
  if (!best && ownKind) best = singleOwnMention(head, ends, ownKind);
  if (!best) return undefined;
  const rule = best.n < 3 ? 'own-name' : 'frequent-name';
  return { name: best.name, span: { start: best.at, end: best.at + best.name.length }, confidence: 0.4, rule };
}

/**
 * A report that calls itself 我镇 and names itself once, about its own work ("健全完善某某镇信息公开工作机制",
 * "某某旗政府网站", "，某某局结合单位实际，编制本单位…"): that name, when it is the only proper name of that kind
 * the text gives. A single mention has no repetition to fix its left edge, so the name must start the clause
 * (after punctuation) or follow a verb of the body's own work; the shortest such name at each mention is read.
 */
function singleOwnMention(
  head: string,
  ends: { end: number; ending: number }[],
  kind: RegExp,
): { name: string; n: number; at: number; own: boolean } | undefined {
  const names = new Map<string, { at: number; own: boolean }>();
  for (const { end, ending } of ends) {
    // "全旗", "本局", "设在旗", "由局": the ending is a word of its own, no name ends there
    if (BEFORE_BARE_ENDING.test(head[end - ending - 1] ?? '')) continue;
    for (let len = ending + 2; len <= 10 && end - len >= 0; len++) {
      const start = end - len;
      if (!/[\u4e00-\u9fff]/.test(head[start])) break;
      const name = head.slice(start, end);
      const bounded = start === 0 || !/[\u4e00-\u9fff]/.test(head[start - 1]) || OWN_WORK_VERBS.test(head.slice(Math.max(0, start - 4), start));
      if (!bounded || !kind.test(name) || !isAgencyName(name)) continue;
      const own = ownContext(head, start, end) || OWN_WORK_AFTER.test(head.slice(end, end + 40));
      const seen = names.get(name);
      if (!seen) names.set(name, { at: start, own });
      else seen.own ||= own;
      break;
    }
  }
  if (names.size !== 1) return undefined;
  const [[name, hit]] = [...names.entries()];
  return hit.own ? { name, n: 1, at: hit.at, own: true } : undefined;
}

/** What the report calls itself most (我局, 我区, 本办…) → the ending its name must have. */
const SELF_KINDS: Record<string, RegExp> = {
  区: /区$/, 县: /县$/, 市: /市$/, 镇: /镇$/, 乡: /乡$/, 旗: /旗$/, 街道: /街道(?:办事处)?$/, 街: /街(?:道)?(?:办事处)?$/,
  局: /局$/, 委: /委(?:员会)?$/, 办: /办(?:公室)?$/, 中心: /中心$/,
};

function selfKind(text: string): RegExp | undefined {
  const top = topSelfReference(text);
  return top ? SELF_KINDS[top.name.slice(1)] : undefined;
}

/** 我局, 我街, 本镇…: the words a report calls itself by (本 only for the kinds where it means the body itself:
 *  本市, 本区 in a district's report may mean the city or district it sits in, 本办法 is a rule). */
const SELF_RE = /我(区|县|市|镇|乡|旗|街道|街|局|委|办|中心)|本(街道|镇|乡)/g;

/** The kind of the report's only self-reference, when it uses exactly one kind (even once). */
function soleSelfKind(text: string): RegExp | undefined {
  const kinds = new Set([...text.slice(0, 20000).matchAll(SELF_RE)].map((m) => m[1] ?? m[2]));
  return kinds.size === 1 ? SELF_KINDS[[...kinds][0]] : undefined;
}

/** The self-reference the text uses most (at least twice): "我局" with its first mention. */
export function topSelfReference(text: string, limit = 20000): AgencyHit | undefined {
  // counted by kind: 我街道 and 本街道 are one; 本 only for the kinds where it means the body itself (本市, 本区
  // in a district's report may mean the city or district it sits in, 本办法 is a rule)
  const counts = new Map<string, { name: string; n: number; at: number }>();
  for (const m of text.slice(0, limit).matchAll(SELF_RE)) {
    const kind = m[1] ?? m[2];
    const c = counts.get(kind) ?? { name: m[0], n: 0, at: m.index };
    c.n++;
    counts.set(kind, c);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!top || top.n < 2) return undefined;
  return { name: top.name, span: { start: top.at, end: top.at + top.name.length }, confidence: 0.2, rule: 'self-reference' };
}
