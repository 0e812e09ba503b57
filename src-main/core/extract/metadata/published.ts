// The publication date from the page header or byline ("发布日期: 2018-01-15 09:12", "发文日期: | 2022-01-25 |",
// "发布时间：2017年01月24日", "来源:… 时间:2017-01-12 10:01", "发布日期：2023/1/9"). The signing date at the end
// of the report (成文日期) and the 印发 date are not publication dates, so only labelled dates near the title
// (or the top) are read.
import { readDate } from '../years.js';
import type { Span } from './title.js';

/** Header labels of a publication date, best first. Spaces may split the label ("发 布 日 期"). */
export const DATE_LABELS: { label: string; rank: number }[] = [
  { label: '发布日期', rank: 1 },
  { label: '发布时间', rank: 1 },
  { label: '发布于', rank: 1 },
  { label: '发表时间', rank: 1 },
  { label: '发表日期', rank: 1 },
  { label: '发文日期', rank: 2 },
  { label: '公开日期', rank: 2 },
  { label: '公开时间', rank: 2 },
  { label: '上网日期', rank: 2 },
  { label: '上网时间', rank: 2 },
  { label: '信息时间', rank: 3 },
  { label: '公文生成日期', rank: 3 },
  { label: '生成日期', rank: 3 },
  { label: '撰写时间', rank: 3 },
  { label: '更新日期', rank: 3 },
  { label: '更新时间', rank: 3 },
  { label: '时间', rank: 4 },
  { label: '日期', rank: 4 },
];

const sp = (s: string): string => [...s].join('\\s*');
const LABEL_RE = new RegExp(
  `(${DATE_LABELS.map((l) => sp(l.label)).sort((a, b) => b.length - a.length).join('|')})\\s*[:：]?\\s*\\|?\\s*[:：]?\\s*[[【(]?\\s*`,
  'g',
);

// A bare 时间/日期 that is the tail of another label (成文日期, 填报日期, 统计时间…) is not a publication date.
const NOT_PUBLICATION = [
  '发布', '撰写', '成文', '生效', '统计', '办理', '截止', '有效', '更新', '印发', '填报', '废止', '生成', '发文', '公开', '签发',
  '施行', '受理', '答复', '申请', '会议', '登记', '出生',
];
const BARE_LABEL_GUARD = new RegExp(`(?:${NOT_PUBLICATION.map(sp).join('|')})\\s*$`);

/** How far from the title a page header's date may stand. */
export const NEAR_TITLE = 1500;

/**
 * Words of a page's byline that stand next to an unlabelled date on its line: "2022年01月18日来源:某某",
 * "2021-12-30 10:20 浏览次数：", "来源：某某街道办事处 2022-01-18". A date alone on a line is not read: that is
 * how the signing date at the end looks.
 */
export const BYLINE_WORDS = ['来源', '作者', '发布者', '发布人', '编辑', '浏览', '点击', '阅读', '访问', '字体', '字号', '打印', '分享'];
/** How far from the title an unlabelled byline date may stand (the byline sits right under or above it). */
export const BYLINE_NEAR = 400;
/** Rank of an unlabelled byline date: any labelled date near the title wins over it. */
const BYLINE_RANK = 5;

const BYLINE_WORD = `(?:${BYLINE_WORDS.map(sp).join('|')})`;
// after the date on its line: an optional time, then a byline word
const BYLINE_AFTER = new RegExp(`^\\s*(?:\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?)?\\s*[|｜/]?\\s*${BYLINE_WORD}`);
// before the date on its line: "来源：某某 " (a byline field and its value, nothing else)
const BYLINE_BEFORE = new RegExp(`^\\s*${BYLINE_WORD}\\s*[:：]\\s*[^\\s:：]{1,30}\\s+$`);
const ARABIC_YEAR = /(?<!\d)(?:19|20)\d{2}\s*(?:[-/.]|年)/g;

export interface PublishedDate {
  value: string;
  span: Span;
  rank: number;
}

/**
 * The best labelled date in the first `limit` characters, or undefined. With the title's positions (`near`:
 * a page may repeat its title, e.g. the <title> above the page's chrome and the heading below it) only dates
 * within NEAR_TITLE of one count, and among labels of the same rank the nearest wins: dated news items
 * elsewhere on the page are not the report's header.
 */
export function findPublished(text: string, reportYear?: number, limit = 3000, near?: number[]): PublishedDate | undefined {
  const distance = (at: number): number => (near?.length ? Math.min(...near.map((n) => Math.abs(at - n))) : 0);
  let best: PublishedDate | undefined;
  LABEL_RE.lastIndex = 0;
  const head = text.slice(0, limit);
  for (let m = LABEL_RE.exec(head); m; m = LABEL_RE.exec(head)) {
    const label = m[1].replace(/\s+/g, '');
    // "成文日期" is the signing date; a bare "时间" must not be the tail of another label
    if ((label === '时间' || label === '日期') && BARE_LABEL_GUARD.test(head.slice(Math.max(0, m.index - 8), m.index))) continue;
    const rank = DATE_LABELS.find((l) => l.label === label)?.rank ?? 9;
    const at = m.index + m[0].length;
    // with a title, only the header around it: dates further away belong to other items of the page
    if (distance(at) > NEAR_TITLE) continue;
    const d = readDate(head.slice(at, at + 40));
    if (!d) continue;
    const y = Number(d.value.slice(0, 4));
    // a report is published in or after its year, and not years later
    if (reportYear !== undefined && (y < reportYear || y > reportYear + 2)) continue;
    const closer = best !== undefined && rank === best.rank && distance(at) < distance(best.span.start);
    if (!best || rank < best.rank || closer) best = { value: d.value, span: { start: at, end: at + d.length }, rank };
  }
  return best ?? findBylineDate(head, reportYear, near);
}

/** An unlabelled date on the byline line next to the title (see BYLINE_WORDS); only with the title's positions. */
export function findBylineDate(text: string, reportYear?: number, near?: number[]): PublishedDate | undefined {
  if (!near?.length) return undefined;
  let best: { date: PublishedDate; distance: number } | undefined;
  ARABIC_YEAR.lastIndex = 0;
  for (let m = ARABIC_YEAR.exec(text); m; m = ARABIC_YEAR.exec(text)) {
    const at = m.index;
    const distance = Math.min(...near.map((n) => Math.abs(at - n)));
    if (distance > BYLINE_NEAR) continue;
    const d = readDate(text.slice(at, at + 40));
    if (!d) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const before = text.slice(lineStart, at);
    const after = text.slice(at + d.length, lineEnd);
    if (!(before.trim() === '' ? BYLINE_AFTER.test(after) : BYLINE_BEFORE.test(before))) continue;
    const y = Number(d.value.slice(0, 4));
    if (reportYear !== undefined && (y < reportYear || y > reportYear + 2)) continue;
    if (!best || distance < best.distance) best = { date: { value: d.value, span: { start: at, end: at + d.length }, rank: BYLINE_RANK }, distance };
  }
  return best?.date;
}
