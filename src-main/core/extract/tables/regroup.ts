// Numbers read in the wrong order (PDF text, one cell per line, header words between them): the row of
// table 四 comes out as its three groups (行政复议, 直接起诉, 复议后起诉) interleaved, each group's cells
// still in column order — '72 64 178 37 | 12 1 1 6 | 351 | 13 4 8 1 26 | 20'. We enumerate every way to
// deal the stream into `groups` ordered subsequences of `size` cells whose last cell is the sum of the others.
// The sums alone never say which subsequence is which group (any relabelling adds up as well), so every
// labelling is a candidate and only stated figures (narrative-facts.ts) can tell them apart.

const LIMIT = 60_000;
// more groupings than this (a row of mostly zeros) cannot be told apart by a few stated figures anyway
const MAX_PARTITIONS = 2_000;

export interface Regroupings {
  /** per candidate: for canonical cell k (group * size + column), the index of its number in the stream */
  candidates: number[][];
  truncated: boolean;
}

function permutations(n: number): number[][] {
  if (n <= 1) return [[0]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}

export function regroupings(values: number[], groups: number, size: number): Regroupings {
  const candidates: number[][] = [];
  if (values.length !== groups * size) return { candidates, truncated: false };
  const members: number[][] = [];
  const sums: number[] = [];
  let visited = 0;
  let truncated = false;
  const partitions: number[][][] = [];
  // the largest number after position i: an unfinished group's partial sum must still appear as its total
  const maxAfter = new Array<number>(values.length + 1).fill(-1);
  for (let i = values.length - 1; i >= 0; i--) maxAfter[i] = Math.max(values[i], maxAfter[i + 1]);

  function rec(i: number): void {
    if (truncated) return;
    if (++visited > LIMIT) {
      truncated = true;
      return;
    }
    if (i === values.length) {
      if (partitions.length >= MAX_PARTITIONS) truncated = true;
      else partitions.push(members.map((m) => m.slice()));
      return;
    }
    const v = values[i];
    // into an open subsequence (its last cell must be the sum of the others) …
    for (let j = 0; j < members.length; j++) {
      const m = members[j];
      if (m.length === size) continue;
      if (m.length === size - 1 && sums[j] !== v) continue;
      if (m.length < size - 1 && sums[j] + v > maxAfter[i + 1]) continue;
      m.push(i);
      sums[j] += v;
      rec(i + 1);
      m.pop();
      sums[j] -= v;
    }
    // … or opening the next one (subsequences are numbered by their first number: no relabelled duplicates)
    if (members.length < groups) {
      members.push([i]);
      sums.push(v);
      if (size > 1 ? v <= maxAfter[i + 1] : v === 0) rec(i + 1);
      members.pop();
      sums.pop();
    }
  }
  rec(0);
  if (truncated) return { candidates: [], truncated };
  const perms = permutations(groups);
  for (const part of partitions) {
    for (const p of perms) {
      const cand: number[] = new Array(groups * size);
      for (let g = 0; g < groups; g++) for (let c = 0; c < size; c++) cand[g * size + c] = part[p[g]][c];
      candidates.push(cand);
    }
  }
  return { candidates, truncated };
}
