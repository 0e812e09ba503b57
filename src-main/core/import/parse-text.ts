// .txt → ParsedDocument: the decoded text with line breaks normalised to \n, one paragraph per non-empty line.
import type { ParagraphBlock, ParsedDocument } from '../document.js';
import type { Decoded } from './decode.js';

export function normalizeLineBreaks(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

export function parseText(decoded: Decoded): ParsedDocument {
  const text = normalizeLineBreaks(decoded.text);
  const blocks: ParagraphBlock[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    // Block text is the line without surrounding blanks, and always equals text.slice(start, end).
    let s = at;
    let e = nl;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) blocks.push({ type: 'paragraph', index: blocks.length, text: text.slice(s, e), start: s, end: e });
    at = nl + 1;
  }
  return {
    kind: 'txt',
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    text,
    blocks,
    notes: [],
  };
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0c || c === 0xfeff;
}
