// Full-width → half-width and whitespace classes, code unit by code unit.
// Chinese punctuation without an ASCII twin (。、“”《》) stays: it carries meaning for extraction.

export const WIDTH_SPACE = -1;
export const WIDTH_DROP = -2;

/** Returns the folded code unit, WIDTH_SPACE for a horizontal blank, WIDTH_DROP for an invisible char. */
export function widthFold(c: number): number {
  if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c) return WIDTH_SPACE;
  if (c < 0x80) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if ((c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680) return WIDTH_SPACE;
  if ((c >= 0x200b && c <= 0x200f) || c === 0xfeff || c === 0xad || c === 0x2060) return WIDTH_DROP;
  return c;
}
