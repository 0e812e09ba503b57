// Where the report itself starts in a page's text. Copies of web pages put site chrome (menus, link lists,
// news tickers) before the report, sometimes many thousands of characters of it; every metadata reader
// looks in a window from a little before this point, so the chrome's length does not matter.
import { findFirstLineTitle } from './title.js';

/** Phrases that open a report's own text, as regex sources; the earliest found is the start. */
export const REPORT_OPENINGS = [
  // "根据《中华人民共和国政府信息公开条例》…", "…认真贯彻落实《中华人民共和国政府信息公开条例》"
  '《\\s*(?:中华人民共和国)?政府信息公开条例\\s*》',
  '本\\s*(?:年度)?\\s*报告(?:是|由|根据|依据|按照|中所列|所列)',
  '统计期限',
  // the first section heading on a line of its own
  '(?<=^|\\n)[ \\t]*(?:一\\s*[、.,，]\\s*|第一部分\\s*)?(?:总体情况|概述)[ \\t]*(?=\\n)',
];

const OPENING_RE = new RegExp(REPORT_OPENINGS.join('|'));

/** Characters before the report's opening in which its title and page header are looked for. */
export const LEAD = 2500;

export interface MetadataWindow {
  /** the offset of the line from which metadata is looked for (0: the top of the text) */
  start: number;
  /** where the report opens (an opening phrase or a title line, whichever comes first), if found */
  opening?: number;
}

/**
 * The window metadata is read in: from LEAD characters before the report's opening, at a line start; from the
 * top when the opening is near it or not found.
 */
export function metadataWindow(text: string): MetadataWindow {
  const m = OPENING_RE.exec(text);
  const phrase = m ? m.index : text.length;
  // a title line is only looked for up to the phrase: one further down would not move the start
  const title = phrase > LEAD ? findFirstLineTitle(text, phrase) : undefined;
  const at = Math.min(phrase, title ?? text.length);
  if (at >= text.length) return { start: 0 };
  if (at <= LEAD) return { start: 0, opening: at };
  return { start: text.lastIndexOf('\n', at - LEAD) + 1, opening: at };
}
