// Traditional → simplified with an exact alignment. OpenCC's phrase tables can change length
// (網際網路 → 互联网) or convert a character differently in a phrase (乾淨 → 干净, 乾隆 stays), so each output
// span is grouped with the input span that produced it, and every group is verified: converting the input
// span alone yields exactly the group's output.
import * as OpenCC from 'opencc-js';

const convert: (s: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' }); // 'tw', not 'twp': the Taiwan phrase table rewrites mainland words (文件→文档, 程序→进程)

const charCache = new Map<string, string>();

/** Characters OpenCC may touch: CJK blocks and surrogate halves (CJK extensions live in the astral planes). */
export function isHanUnit(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xd800 && c <= 0xdfff)
  );
}

function convertChar(ch: string): string {
  let r = charCache.get(ch);
  if (r === undefined) {
    r = convert(ch);
    charCache.set(ch, r);
  }
  return r;
}

/** One aligned piece: input [inStart, inEnd) of the run became `out`. */
export interface Piece {
  inStart: number;
  inEnd: number;
  out: string;
}

/** Splits a Han run into code points (surrogate pairs stay together). */
function codePoints(run: string): string[] {
  return Array.from(run);
}

/**
 * Aligns the conversion of one run of Han characters. Returns pieces covering the run in order.
 * Fast path: one piece per code point when the phrase conversion equals the per-character conversion.
 */
export function alignRun(run: string): Piece[] {
  const whole = convert(run);
  const cps = codePoints(run);
  const per = cps.map(convertChar);
  const pieces: Piece[] = [];
  if (per.join('') === whole) {
    let at = 0;
    for (let k = 0; k < cps.length; k++) {
      pieces.push({ inStart: at, inEnd: at + cps[k].length, out: per[k] });
      at += cps[k].length;
    }
    return pieces;
  }
  // Common prefix and suffix (in code points) where phrase and per-character conversion agree.
  let pre = 0;
  let outPre = 0;
  while (pre < cps.length && whole.startsWith(per[pre], outPre)) {
    outPre += per[pre].length;
    pre++;
  }
  let suf = cps.length;
  let outSuf = whole.length;
  while (suf > pre && outSuf - per[suf - 1].length >= outPre && whole.endsWith(per[suf - 1], outSuf)) {
    outSuf -= per[suf - 1].length;
    suf--;
  }
  // Backtrack until the middle converts on its own to exactly the middle of the output.
  for (;;) {
    const inA = offsetOf(cps, pre);
    const inB = offsetOf(cps, suf);
    const mid = run.slice(inA, inB);
    if (convert(mid) === whole.slice(outPre, outSuf) || (pre === 0 && suf === cps.length)) {
      let at = 0;
      for (let k = 0; k < pre; k++) {
        pieces.push({ inStart: at, inEnd: at + cps[k].length, out: per[k] });
        at += cps[k].length;
      }
      if (inB > inA) pieces.push({ inStart: inA, inEnd: inB, out: whole.slice(outPre, outSuf) });
      at = inB;
      for (let k = suf; k < cps.length; k++) {
        pieces.push({ inStart: at, inEnd: at + cps[k].length, out: per[k] });
        at += cps[k].length;
      }
      return pieces;
    }
    if (pre > 0) {
      pre--;
      outPre -= per[pre].length;
    }
    if (suf < cps.length) {
      outSuf += per[suf].length;
      suf++;
    }
  }
}

function offsetOf(cps: string[], k: number): number {
  let n = 0;
  for (let i = 0; i < k; i++) n += cps[i].length;
  return n;
}

/** Quick check whether a text needs any conversion at all (most reports are already simplified). */
export function convertHan(text: string): string {
  return convert(text);
}
