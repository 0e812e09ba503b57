// The report's title: "<agency><year>年<度>政府信息公开工作年度报告" in its many real shapes — agency and year
// in either order, 年/年度/no 年, 政务/政府/bare 信息公开, 工作报告/年度报告, broken across lines, with spam
// before it, or quoted in a sentence ("现公布…", "《辽宁省2019年度政府信息公开工作报告》").
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

// Whitespace may break the words anywhere (titles wrapped across lines).
const sp = (s: string): string => [...s].join('\\s*');
const SUFFIX = new RegExp(
  `(?:(?:${sp('政府')}|${sp('政务')})\\s*)?${sp('信息公开')}\\s*(?:${sp('工作')}\\s*)?(?:(?:${sp('年度')}\\s*)?(?:${sp('工作')}\\s*)?${sp('报告')}|${sp('年报')})`,
  'g',
);
// A verb after which a sentence names this report.
const VERB_CUT = /(?:(?:现|特|特此|特向社会|并|兹)(?:将|予以)?(?:公布|发布|编制|印发|公开)(?:了)?|现将|由[^,，。;；]{2,30}?编制(?:的|了)?|标题|名\s*称)\s*[:：]?\s*/g;
const SUFFIX_AT = new RegExp(`^${SUFFIX.source}`);
const PUNCT_CUT = /[。,，;；:：“"|?？!！、]/;
const PREFIX_RE = /^(.*?)\s*(?<!\d)((?:19|20)\d{2})(?!\d)\s*(年度|年|)\s*(.*?)\s*$/s;
// After a title of its own: end of line, a bracket or a space — not more words ("…年度报告制度").
const TITLE_END = /^\s*(?:$|\n|[(（》”"]|\s|的通知)/;

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

function candidateAt(text: string, at: number): TitleCandidate | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
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
  let prefix = text.slice(from, at);
  if (kind === 'line') {
    const end = text.slice(at).replace(SUFFIX_AT, '');
    if (!TITLE_END.test(end)) return undefined;
  }
  if (kind === 'line' && PUNCT_CUT.test(prefix.replace(/^\s*\??\s*/, ''))) {
    // "标题: …", "名称: …": only the part after a label separator can be the title; a sentence is not one
    const cut = Math.max(...[...prefix].map((ch, i) => (PUNCT_CUT.test(ch) ? i : -1)));
    const rest = prefix.slice(cut + 1);
    if (!/[:：|]/.test(prefix[cut]) || !/\d{4}/.test(rest)) return undefined;
    from += cut + 1;
    prefix = rest;
  }
  // A title broken after the agency or the year: the previous short line belongs to it.
  if (kind === 'line' && !/[\u4e00-\u9fff]{2}/.test(prefix.replace(/\d{4}\s*年度?/, '')) && lineStart > 0) {
    let prevEnd = lineStart - 1;
    while (prevEnd > 0 && /\s/.test(text[prevEnd - 1])) prevEnd--;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const prev = text.slice(prevStart, prevEnd);
    if (prev.trim().length > 0 && prev.trim().length <= 30 && !PUNCT_CUT.test(prev.replace(/[:：]/g, ''))) {
      from = prevStart;
      prefix = text.slice(prevStart, at);
    }
  }
  const m = PREFIX_RE.exec(prefix);
  const cand: TitleCandidate = { kind, at };
  let head = prefix;
  const headOffset = from;
  let tail = '';
  let tailOffset = at;
  if (m) {
    const year = Number(m[2]);
    const yIdx = m[1].length + prefix.slice(m[1].length).indexOf(m[2]);
    cand.year = year;
    cand.yearSpan = { start: from + yIdx, end: from + yIdx + 4 };
    // "某某区人民政府办公室关于公布2019年…": the name is before 关于
    head = m[1].replace(/关于\s*(?:印发|公布|发布|报送|公开)?\s*(?:的)?\s*$/, '');
    const after = prefix.slice(yIdx + 4);
    const skip = /^\s*(?:年度|年)?\s*/.exec(after)?.[0].length ?? 0;
    tailOffset = from + yIdx + 4 + skip;
    tail = after.slice(skip).replace(/\s+$/, '');
  } else if (kind === 'line') {
    return undefined; // without a year a bare line is too weak to name the agency
  }
  // The agency: after the year ("2016年广州市增城区教育局…") or before it ("柳北区人民政府2017年…").
  for (const [part, offset] of [[tail, tailOffset], [head, headOffset]] as const) {
    const cleaned = cleanName(part.replace(/\s+/g, (w) => '\u0000'.repeat(w.length)));
    const o = cleaned.offset;
    let name = cleaned.name;
    let extra = 0;
    // "兴县人民政府信息公开年度报告": the suffix took 政府 from the name
    if (name.endsWith('人民') && /^\s*政\s*府/.test(text.slice(at))) {
      name += '政府';
      extra = text.slice(at).indexOf('府') + 1;
    }
    if (!name) continue;
    if (isAgencyName(name) || isSelfReference(name)) {
      cand.agency = name;
      cand.agencyIsSelf = isSelfReference(name);
      const start = offset + o;
      cand.agencySpan = { start, end: extra ? at + extra : start + name.length };
      break;
    }
  }
  if (cand.year === undefined && !cand.agency) return undefined;
  return cand;
}
