// "Compact" text for label matching: whitespace dropped and full-width ASCII folded, with a map from each
// compact character back to its offset in the source string. Labels split across lines ('商业\n企业'),
// with spaces inside ('自 然 人') or written with full-width brackets all compare equal this way.

export interface Compact {
  text: string;
  /** pos[i] = offset in the source string of compact char i */
  pos: Int32Array;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff ||
    (c >= 0x200b && c <= 0x200d) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x85
  );
}

export function compactOf(source: string, from = 0, to = source.length): Compact {
  const len = Math.max(0, to - from);
  const pos = new Int32Array(len);
  const codes = new Uint16Array(len);
  let n = 0;
  for (let i = from; i < to; i++) {
    let code = source.charCodeAt(i);
    if (isSpace(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x201c || code === 0x201d || code === 0x301d || code === 0x301e) code = 0x22; // “ ” 〝 〞 → "
    codes[n] = code;
    pos[n++] = i;
  }
  let text = '';
  for (let k = 0; k < n; k += 4096) text += String.fromCharCode(...codes.subarray(k, Math.min(n, k + 4096)));
  return { text, pos: pos.subarray(0, n) };
}

/** Compact form of a label (for comparing with compact text). */
const labelCache = new Map<string, string>();

export function compactLabel(label: string): string {
  let c = labelCache.get(label);
  if (c === undefined) {
    c = compactOf(label).text;
    labelCache.set(label, c);
  }
  return c;
}

export interface LabelHit {
  /** compact offsets */
  cStart: number;
  cEnd: number;
  /** which alias matched */
  alias: string;
}

/** First occurrence at or after `from` of any alias; at equal positions the longest alias wins. */
export function findLabel(c: Compact, aliases: string[], from = 0, to = c.text.length): LabelHit | undefined {
  let best: LabelHit | undefined;
  for (const a of aliases) {
    const al = compactLabel(a);
    if (!al) continue;
    const i = c.text.indexOf(al, from);
    if (i < 0 || i + al.length > to) continue;
    if (!best || i < best.cStart || (i === best.cStart && al.length > best.cEnd - best.cStart)) {
      best = { cStart: i, cEnd: i + al.length, alias: al };
    }
  }
  return best;
}

/** Source offset range of compact [cStart, cEnd). */
export function sourceRange(c: Compact, cStart: number, cEnd: number): { start: number; end: number } {
  const start = cStart < c.pos.length ? c.pos[cStart] : (c.pos.length ? c.pos[c.pos.length - 1] + 1 : 0);
  const end = cEnd > 0 && cEnd - 1 < c.pos.length ? c.pos[cEnd - 1] + 1 : start;
  return { start, end };
}

/** True when the compact form of `text` contains one of the aliases. */
export function hasLabel(text: string, aliases: string[]): boolean {
  const t = compactOf(text).text;
  return aliases.some((a) => t.includes(compactLabel(a)));
}
