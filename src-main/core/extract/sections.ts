// The six sections of a 2019/2021 report, located loosely: real headings reword the titles, lose their
// numbers (mammoth drops Word auto-numbering) or run inline when a page's text has no line breaks.
import type { SectionRef } from './types.js';

type SectionNo = SectionRef['no'];

/**
 * Each section: its title as the 2019/2021 templates print it (for messages), and its heading words as regex
 * sources. The first wording is the canonical one (matched even without a number); the looser ones only
 * count after the section's own numeral ("四、因政府信息公开工作被申请行政复议和提起行政诉讼情况").
 */
export const SECTION_HEADINGS: { no: SectionNo; numeral: string; title: string; words: string[] }[] = [
  { no: 1, numeral: '一', title: '一、总体情况', words: ['总体情况', '概述', '基本情况'] },
  { no: 2, numeral: '二', title: '二、主动公开政府信息情况', words: ['主动公开政府信息(?:的)?情况', '主动公开情况', '主动公开政府信息(?=[ \\t]*\\n)'] },
  { no: 3, numeral: '三', title: '三、收到和处理政府信息公开申请情况', words: ['收到和处理政府信息公开申请(?:的)?情况', '依申请公开(?:政府信息)?(?:的)?情况', '[^。\\n|]{0,8}?收到和处理'] },
  { no: 4, numeral: '四', title: '四、政府信息公开行政复议、行政诉讼情况', words: ['(?:政府信息公开)?(?:的)?行政复议[、,，和及与]?行政诉讼(?:的)?情况?', '(?:因政府信息公开)?申请行政复议', '[^。\\n|]{0,14}?行政复议'] },
  { no: 5, numeral: '五', title: '五、存在的主要问题及改进情况', words: ['(?:政府信息公开(?:工作)?)?存在的?主要问题(?:及|和|与)?(?:改进|整改)(?:情况|措施)?', '存在的?主要问题', '[^。\\n|]{0,10}?存在的?(?:主要)?问题', '主要问题(?:及|和|与)(?:改进|整改)'] },
  { no: 6, numeral: '六', title: '六、其他需要报告的事项', words: ['其他需要报告的?事项', '其他应报告的?事项', '其他需要说明的?事项', '其他(?:相关)?事项(?=[ \\t]*\\n)'] },
];

/**
 * How a section's number is written before its heading, as regex sources ({N} its Chinese numeral, {D} its
 * digit). Strong forms take any wording; weak ones ("（二）" also numbers sub-items) only the canonical one.
 */
export const SECTION_NUMBERING = {
  strong: [
    '{N}\\s*[、.,，:：]', // 三、 三. 三，
    '第\\s*{N}\\s*部分\\s*[、.,，:：]?', // 第三部分
    '(?<=^|\\n)[ \\t]*{D}\\s*[、.．]', // 3. at a line start
    '(?<=^|\\n)[ \\t]*{N}[ \\t]+', // "三 收到和处理…" (punctuation lost) at a line start
  ],
  weak: ['[(（]\\s*{N}\\s*[)）]', '(?<=^|\\n)[ \\t?]*'],
};

interface Compiled {
  no: SectionNo;
  /** strongly numbered with its own numeral — at a line start or inline — with any of the wordings */
  numbered: RegExp;
  /** weakly numbered or unnumbered (numbering lost) — only the canonical wording */
  bare: RegExp;
}

/**
 * A wording's regex source that also matches it letter-spaced ("一、总 体 情 况", justified PDF and Word
 * headings): spaces or tabs may follow any Han character outside a character class.
 */
export function spaced(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    out += ch;
    if (ch === '\\') {
      out += source[++i] ?? '';
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (!inClass && /[\u4e00-\u9fff]/.test(ch)) {
      // after the character's quantifier ("的?"), if any
      if (/[?*+]/.test(source[i + 1] ?? '')) out += source[++i];
      out += '[ \\t]*';
    }
  }
  return out;
}

const COMPILED: Compiled[] = SECTION_HEADINGS.map((h) => ({ ...h, words: h.words.map(spaced) })).map((s) => {
  const words = s.words.join('|');
  const num = (forms: string[]): string => forms.map((f) => f.replace(/\{N\}/g, s.numeral).replace(/\{D\}/g, String(s.no))).join('|');
  return {
    no: s.no,
    numbered: new RegExp(`(?:${num(SECTION_NUMBERING.strong)})\\s*((?:${words}))`, 'g'),
    bare: new RegExp(`(?:${num(SECTION_NUMBERING.weak)})\\s*((?:${s.words[0]}))`, 'g'),
  };
});

function firstAfter(re: RegExp, text: string, from: number): { start: number; end: number; title: string } | undefined {
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1].length;
  // the heading's own line: the numbering and words up to the end of the line (at most 40 characters)
  const lineStart = m.index + (/^\s/.test(m[0]) ? m[0].length - m[0].trimStart().length : 0);
  const nl = text.indexOf('\n', start);
  const lineEnd = nl < 0 ? text.length : nl;
  // a heading on a line of its own is the whole line; inline, only the matched words
  const ownLine = (lineStart === 0 || text[lineStart - 1] === '\n') && lineEnd - lineStart <= 40;
  const end = start + m[1].length;
  const title = text.slice(lineStart, ownLine ? lineEnd : Math.min(lineEnd, end)).trim();
  return { start: lineStart, end, title: title || m[1] };
}

/** The sections found, in order; each runs to the start of the next one found (or the end of the text). */
export function findSections(text: string): SectionRef[] {
  const found: { no: SectionNo; start: number; title: string }[] = [];
  let from = 0;
  for (const c of COMPILED) {
    const a = firstAfter(c.numbered, text, from);
    const b = firstAfter(c.bare, text, from);
    const hit = a && b ? (a.start <= b.start ? a : b) : (a ?? b);
    if (!hit) continue;
    found.push({ no: c.no, start: hit.start, title: hit.title });
    from = hit.end;
  }
  return found.map((s, i) => ({
    no: s.no,
    title: s.title,
    normStart: s.start,
    normEnd: i + 1 < found.length ? found[i + 1].start : text.length,
  }));
}
