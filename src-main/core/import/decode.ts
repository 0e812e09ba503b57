// Bytes → text. Order: BOM; UTF-16 without BOM (NUL-byte pattern, then a plausibility score); strict UTF-8;
// otherwise GB18030 against Big5, scored by how much of the text is common Chinese. A declared charset (HTML
// <meta charset>) is a hint that is verified, never trusted blindly. chardet is not used: it mistakes short GBK
// for Shift_JIS.
import iconv from 'iconv-lite';
import { ImportError } from './errors.js';
import { FREQUENT_CHARS } from './frequent-chars.js';

export interface Decoded {
  text: string;
  encoding: string;
  /** 0..1 */
  confidence: number;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Maps a declared charset label to the decoder we use for it, or null when unknown. */
export function canonicalCharset(label: string | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (l === 'gb2312' || l === 'gbk' || l === 'gb18030' || l === 'x-gbk' || l === 'cp936' || l === 'euc-cn') return 'gb18030';
  if (l === 'big5' || l === 'big5-hkscs' || l === 'x-x-big5' || l === 'cp950') return 'big5';
  if (l === 'utf-16' || l === 'utf-16le') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array, hint?: string | null): Decoded {
  if (bytes.length === 0) throw new ImportError('empty', '文件为空');
  // 1. Byte order marks.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withBinaryCheck({ text: decodeUtf8Lenient(bytes.subarray(3)), encoding: 'utf-8', confidence: 1 });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return withBinaryCheck({ text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', confidence: 1 });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return withBinaryCheck({ text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', confidence: 1 });
  }
  // 2. UTF-16 without BOM: text in UTF-8 or GB never holds NUL bytes; UTF-16 of text with any ASCII does.
  const utf16 = detectUtf16(bytes);
  if (utf16) return withBinaryCheck(utf16);
  if (hasManyNuls(bytes)) throw new ImportError('binary', '文件不是文本（疑似二进制文件）');
  // 3. Strict UTF-8.
  let utf8: string | null = null;
  try {
    utf8 = utf8Strict.decode(bytes);
  } catch {
    // not UTF-8: fall through
  }
  if (utf8 !== null) return withBinaryCheck({ text: utf8, encoding: 'utf-8', confidence: isAscii(bytes) ? 1 : 0.99 });
  // 4. GB18030 against Big5.
  return withBinaryCheck(scoreLegacy(bytes, canonicalCharset(hint ?? undefined)));
}

function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function hasManyNuls(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0;
}

/**
 * UTF-16 without BOM. Text in UTF-8 or the GB/Big5 family never holds NUL bytes; UTF-16 of text with any ASCII
 * (digits, line breaks) does, on the odd bytes (LE) or the even ones (BE). Both byte orders are scored.
 */
function detectUtf16(bytes: Uint8Array): Decoded | null {
  const n = Math.min(bytes.length & ~1, 65536);
  if (n < 2) return null;
  if (bytes.subarray(0, n).indexOf(0) < 0) return null; // native scan: the common case is no NUL at all
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (evenNul === 0 && oddNul === 0) return null;
  const best = bestUtf16(bytes, oddNul >= evenNul ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le']);
  if (!best || best.p.good < 0.9) return null;
  return { text: best.text, encoding: best.encoding, confidence: Math.min(0.99, 0.5 + best.p.good * 0.2 + best.p.frequent * 0.5) };
}

function bestUtf16(bytes: Uint8Array, order: string[]): { text: string; encoding: string; p: Plausibility } | null {
  if (bytes.length % 2 !== 0) return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let best: { text: string; encoding: string; p: Plausibility } | null = null;
  for (const encoding of order) {
    const text = iconv.decode(buf, encoding);
    const p = plausibility(text);
    if (!best || p.good + p.frequent > best.p.good + best.p.frequent) best = { text, encoding, p };
  }
  return best;
}

interface Plausibility {
  /** share of chars that are ordinary text (printable ASCII, CJK, common punctuation, line breaks) */
  good: number;
  /** share of CJK chars that are frequent characters */
  frequent: number;
  cjk: number;
  replacement: number;
}

function plausibility(text: string): Plausibility {
  const n = Math.min(text.length, 200_000);
  let good = 0;
  let cjk = 0;
  let freq = 0;
  let repl = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) repl++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      good++;
      if (FREQUENT_CHARS.has(text[i])) freq++;
    } else if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) good++;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f)) good++;
    else if (c >= 0x3400 && c <= 0x4dbf) good += 0.3;
  }
  return { good: n ? good / n : 0, frequent: cjk ? freq / cjk : 0, cjk, replacement: n ? repl / n : 0 };
}

function scoreLegacy(bytes: Uint8Array, hint: string | null): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const candidate = (encoding: string) => {
    const text = iconv.decode(buf, encoding);
    const p = plausibility(text);
    // Frequent-character share is the main signal; replacement chars and odd chars count against.
    let score = p.frequent * 0.6 + p.good * 0.4 - p.replacement * 5;
    if (hint === encoding) score += 0.05;
    return { text, encoding, score, p };
  };
  // A declared legacy charset that reads as clearly good Chinese is taken without decoding the other way.
  if (hint === 'gb18030' || hint === 'big5') {
    const c = candidate(hint);
    if (c.p.frequent >= 0.55 && c.p.good >= 0.97 && c.p.replacement === 0) {
      return { text: c.text, encoding: c.encoding, confidence: round2(Math.min(0.97, 0.6 + c.p.frequent * 0.5)) };
    }
  }
  const candidates = ['gb18030', 'big5'].map(candidate);
  // UTF-16 of text with no ASCII at all has no NUL bytes: score it too.
  if (bytes.length % 2 === 0) candidates.push(candidate('utf-16le'), candidate('utf-16be'));
  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (best.p.good < 0.8 || best.p.cjk === 0 || best.p.frequent < 0.15) {
    throw new ImportError('encoding', '无法识别文字编码（不是 UTF-8、GB18030/GBK、Big5 或 UTF-16）');
  }
  const margin = best.score - second.score;
  const confidence = Math.max(0.3, Math.min(0.98, 0.5 + margin * 2 + (best.p.frequent - 0.3)));
  return { text: best.text, encoding: best.encoding, confidence: round2(confidence) };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Refuses decoded text that is mostly control characters: a binary file with a text extension. */
function withBinaryCheck(d: Decoded): Decoded {
  const n = Math.min(d.text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = d.text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  if (n > 0 && bad / n > 0.05) throw new ImportError('binary', '文件不是文本（疑似二进制文件）');
  if (d.text.trim().length === 0) throw new ImportError('empty', '文件为空（没有文字内容）');
  return { ...d, confidence: round2(d.confidence) };
}
