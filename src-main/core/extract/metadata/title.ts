// The report's title: "<agency><year>年<度>政府信息公开工作年度报告" in its many real shapes — agency and year
// in either order, 年/年度/no 年, 政务/政府/bare 信息公开, 工作报告/年度报告, broken across lines, with spam
// before it, or quoted in a sentence ("现公布…", "《辽宁省2019年度政府信息公开工作报告》").
import { YEAR_SOURCE, parseYear } from '../years.js';
import { cleanName, isAgencyName, isSelfReference } from './names.js';

export interface Span {
  start: number;
  end: number;
}

export interface TitleCandidate {
  year?: number;
  yearSpan?: Span;
  agency?: string;
  agencySpan?: Span;
  /** self-reference (我局) instead of a name */
  agencyIsSelf?: boolean;
  /** how the title was found: a line of its own, inside 《》, after 现公布/特编制, or after 由…编制的 */
  kind: 'line' | 'bracket' | 'verb';
  /** position of the title suffix */
  at: number;
}

/** How far before the title suffix a title (or the sentence naming it) is read. */
const MAX_LEAD = 200;
// Whitespace may break the words anywhere (titles wrapped across lines).
const sp = (s: string): string => [...s].join('\\s*');
const SUFFIX = new RegExp(
  `(?:(?:${sp('政府')}|${sp('政务')})\\s*)?${sp('信息公开')}\\s*(?:${sp('工作')}\\s*)?(?:(?:${sp('年度')}\\s*)?(?:${sp('工作')}\\s*)?${sp('报告')}|${sp('年报')})`,
  'g',
);
// A verb after which a sentence names this report.
// "特编制并向社会公布某某局2014年度…报告如下": verbs may follow one another, each with 向社会 before its verb.
const VERB_CUT = /(?:(?:现|特|特此|并|兹)(?:将|予以)?(?:向社会(?:公众)?)?(?:公布|发布|编制|印发|公开)(?:了)?|现将|由[^,，。;；]{2,30}?编制(?:的|了)?|标题|名\s*称)\s*[:：]?\s*/g;
const SUFFIX_AT = new RegExp(`^${SUFFIX.source}`);
const PUNCT_CUT = /[。,，;；:：“"|?？!！、]/;
const PREFIX_RE = new RegExp(`^(.*?)\\s*(${YEAR_SOURCE})\\s*(年度|年|)\\s*(.*?)\\s*$`, 's');
const YEAR_ANY = new RegExp(YEAR_SOURCE);
const YEAR_WORD = new RegExp(`${YEAR_SOURCE}\\s*年度?`);
const YEAR_LINE = new RegExp(`^\\s*${YEAR_SOURCE}\\s*年度?\\s*$`);
// The year after the title: "某某市财政局政府信息公开工作年度报告（2022年度）".
const YEAR_AFTER = new RegExp(`^\\s*[(（]\\s*(${YEAR_SOURCE})\\s*年度?\\s*[)）]`);
// "某某区人民政府办公室关于印发某某区2022年…的通知": the issuing office before 关于, the report's body after it
const ABOUT = /关于\s*(?:印发|公布|发布|报送|公开|转发)?\s*(?:的)?/;
// A breadcrumb trail ("首页 > 政务公开 > 年报 > 2021 > …年度报告", "当前位置：…»…"): site chrome whose last
// step is often a column name, not the page's title.
const BREADCRUMB = /\s[>»＞›]\s|[>»＞›].*[>»＞›]|(?:当前|您的|所在)位置\s*[:：]/;
const LINK_LINE = /^[\s|·•>»【[]*(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关链接|相关阅读|相关文章|相关信息|相关稿件|推荐阅读|延伸阅读|往期回顾)/;
// Han words after the suffix before the closing 》, other than 的通知/的公告: the bracket names another document.
const CITED_AFTER = /^\s*(?!的\s*(?:通知|公告))[\u4e00-\u9fff][^》\n]{0,30}》/;
// A place with its other name in brackets before a department ("高新区(新市区)市场监督管理局"): one name.
const BRACKETED_PLACE = /([\u4e00-\u9fff]{1,12}(?:省|市|县|区|州|盟|旗|镇|乡)\s*[(（][\u4e00-\u9fff]{2,12}[)）])\s*$/;
const ALIAS_AFTER = /\s*[(（][\u4e00-\u9fff]{2,30}[)）]\s*$/;
// A name that starts with its own place ("某某区教育局"; not "市场监督管理局").
const OWN_PLACE = /^[\u4e00-\u9fff]{2,10}?(?:省|市(?!场)|县|区|州|盟|旗|镇|乡)/;
// The last words of a place that a title may break after ("某某市\n公安局2019年…").
const PLACE_LINE = /^[\u4e00-\u9fff]{1,12}(?:省|市|县|区|州|盟|旗|自治州|自治县|新区|开发区)$/;
// After a title of its own: end of line, a bracket or a space — not more words ("…年度报告制度").
// In an HTML <title> the site's name follows after "_", "-" or "|".
const TITLE_END = /^\s*(?:$|\n|[(（》”"_|｜\-—–]|\s|的(?:通知|公告))/;

/** Every title-like mention in the text, in order. */
export function findTitles(text: string, limit = text.length): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m && m.index < limit; m = SUFFIX.exec(text)) {
    const c = candidateAt(text, m.index);
    if (c) out.push(c);
  }
  return out;
}

/** The line start of the first title of its own line (not a link) before `limit`, or undefined. */
export function findFirstLineTitle(text: string, limit = text.length): number | undefined {
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m && m.index < limit; m = SUFFIX.exec(text)) {
    const c = candidateAt(text, m.index);
    if (c?.kind === 'line' && c.year !== undefined) return text.lastIndexOf('\n', (c.yearSpan ?? c.agencySpan ?? { start: c.at }).start) + 1;
  }
  return undefined;
}

/** The start of the line holding `at` when it is at or after `from`, else -1 (0 at the top of the text). */
function lineStartWithin(text: string, at: number, from: number): number {
  for (let i = at - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return from === 0 ? 0 : -1;
}

function candidateAt(text: string, at: number): TitleCandidate | undefined {
  // Only the last MAX_LEAD characters before the suffix are read: a title is short, and a page flattened to one
  // huge line must not make every mention cost its whole length.
  const realStart = lineStartWithin(text, at, Math.max(0, at - MAX_LEAD - 1)); // -1: further back
  const lineStart = Math.max(realStart, at - MAX_LEAD);
  let from = lineStart;
  let kind: TitleCandidate['kind'] = 'line';
  const before = text.slice(lineStart, at);
  // The nearest cut: 《, a verb naming the report, or sentence punctuation (then it is not a title).
  const open = before.lastIndexOf('《');
  const bracket = open > before.lastIndexOf('》') ? open : -1;
  let verbEnd = -1;
  VERB_CUT.lastIndex = 0;
  for (let v = VERB_CUT.exec(before); v; v = VERB_CUT.exec(before)) verbEnd = v.index + v[0].length;
  if (bracket >= 0 && bracket + 1 >= verbEnd) {
    from = lineStart + bracket + 1;
    kind = 'bracket';
  } else if (verbEnd >= 0) {
    from = lineStart + verbEnd;
    kind = 'verb';
  }
  // a link to another page ("上一篇：…", "相关链接：…") names another report
  if (LINK_LINE.test(text.slice(lineStart, at)) || BREADCRUMB.test(text.slice(lineStart, at))) return undefined;
  let prefix = text.slice(from, at);
  const suffixEnd = at + (SUFFIX_AT.exec(text.slice(at, at + 40))?.[0].length ?? 0);
  // 《…年度报告有关事项的通知》, 《…年度报告制度》, 《…年度报告格式》: a cited document (a notice about reports,
  // a rule) whose name goes on past the suffix is not this report; only 《…报告》 or 《…报告的通知》 may be
  if (kind === 'bracket' && CITED_AFTER.test(text.slice(suffixEnd, suffixEnd + 40).replace(/^\s*[(（][^()（）》]{0,20}[)）]/, ''))) return undefined;
  if (kind === 'line' && (lineStart > realStart || !TITLE_END.test(text.slice(suffixEnd, suffixEnd + 8)))) return undefined;
  const yearAfter = kind === 'line' ? YEAR_AFTER.exec(text.slice(suffixEnd, suffixEnd + 20)) : null;
  if (kind === 'line' && PUNCT_CUT.test(prefix.replace(/^\s*\??\s*/, ''))) {
    // "标题: …", "名称: …": only the part after a label separator can be the title; a sentence is not one
    let cut = -1;
    for (let i = 0; i < prefix.length; i++) if (PUNCT_CUT.test(prefix[i])) cut = i;
    const rest = prefix.slice(cut + 1);
    if (!/[:：|]/.test(prefix[cut]) || !YEAR_ANY.test(rest)) return undefined;
    from += cut + 1;
    prefix = rest;
  }
  // A title broken after the agency or the year: the previous short lines belong to it (at most two: "二〇二二年度
  // \n某某市市场监督管理局\n政府信息公开工作年度报告").
  for (let k = 0; k < 2 && kind === 'line' && from > 0; k++) {
    const needName = !/[\u4e00-\u9fff]{2}/.test(prefix.replace(YEAR_WORD, ''));
    let prevEnd = from - 1;
    while (prevEnd > 0 && /\s/.test(text[prevEnd - 1])) prevEnd--;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const prev = text.slice(prevStart, prevEnd);
    // after one line joined, only a line holding just the year may join too
    const needYear = k > 0 && !yearAfter && !YEAR_ANY.test(prefix) && YEAR_LINE.test(prev);
    if (!needName && !needYear) break;
    if (prev.trim().length === 0 || prev.trim().length > 30 || PUNCT_CUT.test(prev.replace(/[:：]/g, ''))) break;
    from = prevStart;
    prefix = text.slice(prevStart, at);
  }
  // A title broken inside the agency name after its place ("某某市\n公安局2019年…"): the place line joins it.
  let place: { name: string; at: number } | undefined;
  if (kind === 'line' && from === lineStart && lineStart > 0 && /^[\u4e00-\u9fff]/.test(prefix)) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(prevStart, lineStart - 1);
    const name = prev.trim();
    if (PLACE_LINE.test(name) && !prefix.startsWith(name)) place = { name, at: prevStart + prev.indexOf(name) };
  }
  const m = PREFIX_RE.exec(prefix);
  const cand: TitleCandidate = { kind, at };
  let head = prefix;
  const headOffset = from;
  let tail = '';
  let tailOffset = at;
  if (m) {
    const year = parseYear(m[2]);
    const yIdx = m[1].length + prefix.slice(m[1].length).indexOf(m[2]);
    cand.year = year;
    cand.yearSpan = { start: from + yIdx, end: from + yIdx + 4 };
    head = m[1];
    const after = prefix.slice(yIdx + 4);
    const skip = /^\s*(?:年度|年)?\s*/.exec(after)?.[0].length ?? 0;
    tailOffset = from + yIdx + 4 + skip;
    tail = after.slice(skip).replace(/\s+$/, '');
  } else if (yearAfter) {
    const yAt = suffixEnd + yearAfter[0].indexOf(yearAfter[1]);
    cand.year = parseYear(yearAfter[1]);
    cand.yearSpan = { start: yAt, end: yAt + 4 };
  } else if (kind === 'line') {
    // without a year a line is a title only when it holds nothing but a name before the suffix
    // ("某某街道办事处政府信息公开工作年度报告"); other year-less lines are too weak to name the agency
    const bare = prefix.trim();
    if (!isAgencyName(bare) && !(bare.endsWith('人民') && /^\s*政\s*府/.test(text.slice(at)) && isAgencyName(`${bare}政府`))) return undefined;
  }
  // The agency: after the year ("2016年广州市增城区教育局…") or before it ("柳北区人民政府2017年…"); in a
  // notice ("…办公室关于印发某某区2022年…的通知") the body after 关于 first, then the issuing office.
  const parts: [string, number][] = [[tail, tailOffset]];
  // After 关于 only a verb of issuing may stand before the name: "关于编制公布2021年…报告有关事项的通知" is a
  // notice about reports, and its issuer is not this report's body.
  const about = ABOUT.exec(head);
  if (!about) parts.push([head, headOffset]);
  else {
    const after = head.slice(about.index + about[0].length);
    const afterAt = headOffset + about.index + about[0].length;
    if (!/[\u4e00-\u9fff]/.test(after)) parts.push([head.slice(0, about.index), headOffset]);
    else if (isAgencyName(cleanName(after.replace(/\s+/g, '')).name)) parts.push([after, afterAt]);
  }
  for (const [whole, offset] of parts) {
    // a second name in brackets after the first ("某某市应急管理局（某某市地震局）"): the first is the body's
    const alias = ALIAS_AFTER.exec(whole);
    const part = alias && isAgencyName(cleanName(whole.slice(0, alias.index)).name) ? whole.slice(0, alias.index) : whole;
    const cleaned = cleanName(part.replace(/\s+/g, (w) => '\u0000'.repeat(w.length)));
    const o = cleaned.offset;
    let name = cleaned.name;
    let start = offset + o;
    let end = start + name.length;
    // the place on the line before, when the name on this line starts the line and has no place of its own
    // ("某某市\n公安局…"; not a site banner "某某市" above "某某区教育局…")
    if (place && offset === lineStart && o === 0 && name && !OWN_PLACE.test(name) && isAgencyName(place.name + name)) {
      name = place.name + name;
      start = place.at;
    }
    let extra = 0;
    // "兴县人民政府信息公开年度报告": the suffix took 政府 from the name
    if (name.endsWith('人民') && /^\s*政\s*府/.test(text.slice(at))) {
      name += '政府';
      extra = text.slice(at).indexOf('府') + 1;
    }
    if (!name) continue;
    // a department right after a bracketed place alias ("高新区(新市区)市场监督管理局"): the place is part of it
    const bracketed = OWN_PLACE.test(name) ? null : BRACKETED_PLACE.exec(text.slice(Math.max(offset, start - 30), start));
    const aliased = bracketed?.[1].replace(/\s*[(（].*$/, '');
    const plain = bracketed && aliased && isAgencyName(aliased) ? aliased + name : undefined;
    if (bracketed && plain) {
      name = bracketed[1] + name;
      start -= bracketed[1].length;
    }
    if (isAgencyName(plain ?? name) || isSelfReference(name)) {
      cand.agency = name;
      cand.agencyIsSelf = isSelfReference(name);
      if (extra) end = at + extra;
      cand.agencySpan = { start, end };
      break;
    }
  }
  if (cand.year === undefined && !cand.agency) return undefined;
  return cand;
}
