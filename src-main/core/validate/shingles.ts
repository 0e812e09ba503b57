// Text similarity that survives small edits: sets of character shingles (k consecutive characters of the
// text with digits, whitespace and punctuation removed, so changed figures and layout do not count), compared
// by Jaccard (overall sameness) or containment (how much of A reappears in B).
export const SHINGLE_SIZE = 4;

/** only CJK and letters take part: figures change every year, layout and punctuation are noise */
function letters(text: string): string {
  return text.replace(/[^\u3400-\u9fffA-Za-z]+/g, '');
}

/** FNV-1a of the k characters at i, as a number (a set of numbers is much cheaper than of strings) */
function hashAt(s: string, i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let j = i; j < i + k; j++) {
    h ^= s.charCodeAt(j);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(text: string, k = SHINGLE_SIZE, ignore?: ReadonlySet<number>): Set<number> {
  const s = letters(text);
  const out = new Set<number>();
  for (let i = 0; i + k <= s.length; i++) {
    const h = hashAt(s, i, k);
    if (!ignore || !ignore.has(h)) out.add(h);
  }
  return out;
}

function intersection(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size && !b.size) return 1;
  const i = intersection(a, b);
  return i / (a.size + b.size - i);
}

/** the share of A's shingles that are also in B */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  return a.size ? intersection(a, b) / a.size : 0;
}
