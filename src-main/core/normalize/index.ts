// normalize(): the text extraction matches against. Pinyin annotations stripped, traditional → simplified,
// full-width → half-width, whitespace runs folded — with an exact map back to the document text:
// normalised char i came from text[startMap[i], endMap[i]). Characters that were produced together (a
// phrase conversion, a folded whitespace run) share one span, and normalize(text.slice(span)) reproduces them.
import type { NormalizedText } from '../document.js';
import { pinyinAnnotationEnd } from './pinyin.js';
import { alignRun, convertHan, isHanUnit } from './chinese.js';
import { widthFold, WIDTH_DROP, WIDTH_SPACE } from './width.js';

export { toOriginalSpan } from '../document.js';

export function normalize(text: string): NormalizedText {
  const a = stageA(text);
  return stageB(a.text, a.startMap, a.endMap);
}

interface Mapped {
  text: string;
  startMap: Int32Array;
  endMap: Int32Array;
}

/** Pinyin stripping, width folding, whitespace folding: every output char comes from one input span. */
function stageA(text: string): Mapped {
  const n = text.length;
  const out: string[] = [];
  const startMap = new Int32Array(n);
  const endMap = new Int32Array(n);
  let m = 0;
  let prevHan = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (prevHan && (c === 0x28 || c === 0xff08)) {
      const end = pinyinAnnotationEnd(text, i);
      if (end > 0) {
        // Dropped: the annotation belongs to the character before it.
        i = end;
        continue;
      }
    }
    const folded = widthFold(c);
    if (folded === WIDTH_SPACE) {
      let j = i + 1;
      while (j < n && widthFold(text.charCodeAt(j)) === WIDTH_SPACE) j++;
      out.push(' ');
      startMap[m] = i;
      endMap[m] = j;
      m++;
      i = j;
      prevHan = false;
      continue;
    }
    if (folded === WIDTH_DROP) {
      i++;
      continue;
    }
    out.push(String.fromCharCode(folded));
    startMap[m] = i;
    endMap[m] = i + 1;
    m++;
    prevHan = isHanUnit(c) && !(c >= 0xd800 && c <= 0xdbff);
    i++;
  }
  return { text: out.join(''), startMap: startMap.subarray(0, m), endMap: endMap.subarray(0, m) };
}

/** Traditional → simplified over runs of Han characters, composing the stage-A map. */
function stageB(s: string, aStart: Int32Array, aEnd: Int32Array): NormalizedText {
  // Find the Han runs and convert them all in one call (runs joined by \n, which OpenCC leaves alone).
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < s.length; ) {
    if (!isHanUnit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && isHanUnit(s.charCodeAt(j))) j++;
    runs.push([i, j]);
    i = j;
  }
  const joined = runs.map(([x, y]) => s.slice(x, y)).join('\n');
  const converted = convertHan(joined);
  if (converted === joined && !anyCharConverts(joined)) {
    return { text: s, startMap: Int32Array.from(aStart), endMap: Int32Array.from(aEnd) };
  }
  const convertedRuns = converted.split('\n');
  const sameShape = convertedRuns.length === runs.length;

  const out: string[] = [];
  const startMap: number[] = [];
  const endMap: number[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    out.push(s.slice(from, to));
    for (let k = from; k < to; k++) {
      startMap.push(aStart[k]);
      endMap.push(aEnd[k]);
    }
  };
  for (let r = 0; r < runs.length; r++) {
    const [x, y] = runs[r];
    copy(at, x);
    at = y;
    const run = s.slice(x, y);
    if (sameShape && convertedRuns[r] === run && !anyCharConverts(run)) {
      copy(x, y);
      continue;
    }
    for (const p of alignRun(run)) {
      const st = aStart[x + p.inStart];
      const en = aEnd[x + p.inEnd - 1];
      out.push(p.out);
      for (let k = 0; k < p.out.length; k++) {
        startMap.push(st);
        endMap.push(en);
      }
    }
  }
  copy(at, s.length);
  return { text: out.join(''), startMap: Int32Array.from(startMap), endMap: Int32Array.from(endMap) };
}

const identityChecked = new Map<string, boolean>();

/** True when some character of `s` converts (on its own) to something else. Cached per character. */
function anyCharConverts(s: string): boolean {
  for (const ch of s) {
    let changes = identityChecked.get(ch);
    if (changes === undefined) {
      changes = ch !== '\n' && convertHan(ch) !== ch;
      identityChecked.set(ch, changes);
    }
    if (changes) return true;
  }
  return false;
}
