// A compact similarity signature of a report's text, computed once per document (in the import worker, or at
// first use) and stored, so the duplicate search compares signatures instead of re-shingling every candidate
// text on every import. It is a bottom-k sketch: the K smallest (mixed) hashes of the text's shingle set
// (shingles.ts: letters only, so changed figures and layout do not count). The K smallest hashes of A ∪ B are
// all in sample(A) ∪ sample(B), so the share of them found in both samples estimates Jaccard(A, B) without
// bias (standard error √(J(1−J)/K): ±0.016 at J = 0.85 with K = 512). A text with at most K shingles keeps
// its whole set, and two such texts compare exactly.
import { createHash } from 'node:crypto';
import { shingles } from './shingles.js';

/** sample size: 2 KB a document; large enough that only pairs close to a threshold need the exact check */
export const SIGNATURE_SIZE = 512;

export interface TextSignature {
  /** how many distinct shingles the whole text has */
  shingles: number;
  /** the SIGNATURE_SIZE smallest mixed shingle hashes, ascending (all of them when the text has fewer) */
  sample: Uint32Array;
  /** hash of the exact text: equal texts are told apart from merely similar ones (完全相同) */
  textHash: string;
}

/**
 * A bijective 32-bit mixer (murmur3 finaliser): FNV-1a of 4 characters is not uniform enough in its low
 * range for "the smallest K" to be a random sample. Being a bijection, it leaves Jaccard unchanged.
 */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function textHashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 20);
}

export function textSignature(text: string, k = SIGNATURE_SIZE): TextSignature {
  const set = shingles(text);
  const all = new Uint32Array(set.size);
  let i = 0;
  for (const h of set) all[i++] = mix(h);
  all.sort();
  return { shingles: set.size, sample: all.slice(0, k), textHash: textHashOf(text) };
}

export interface SimilarityEstimate {
  /** estimated Jaccard similarity of the two shingle sets */
  jaccard: number;
  /** true when both samples are whole sets, so `jaccard` is exact */
  exact: boolean;
}

/** Jaccard of the two texts' shingle sets, from their signatures. */
export function estimateJaccard(a: TextSignature, b: TextSignature, size = SIGNATURE_SIZE): SimilarityEstimate {
  // a signature stored with a smaller sample (an older SIGNATURE_SIZE) limits the estimate to its size
  const partial = (s: TextSignature) => (s.sample.length < s.shingles ? s.sample.length : Infinity);
  const k = Math.min(size, partial(a), partial(b));
  const exact = a.shingles <= k && b.shingles <= k;
  if (a.textHash === b.textHash) return { jaccard: 1, exact: true };
  if (!a.shingles && !b.shingles) return { jaccard: 1, exact: true };
  const sa = a.sample;
  const sb = b.sample;
  // Walk the merged samples in ascending order over the k smallest of the union, counting those in both.
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  const limit = exact ? Infinity : k;
  while (taken < limit && (i < sa.length || j < sb.length)) {
    if (j >= sb.length || (i < sa.length && sa[i] < sb[j])) i++;
    else if (i >= sa.length || sb[j] < sa[i]) j++;
    else {
      both++;
      i++;
      j++;
    }
    taken++;
  }
  return { jaccard: taken ? both / taken : 1, exact };
}

/** Signature to and from a database row (sample as a little-endian BLOB). */
export interface SignatureRow {
  shingles: number;
  sample: Buffer;
  text_hash: string;
}

export function signatureToRow(s: TextSignature): SignatureRow {
  const bytes = Buffer.alloc(s.sample.length * 4);
  for (let i = 0; i < s.sample.length; i++) bytes.writeUInt32LE(s.sample[i], i * 4);
  return { shingles: s.shingles, sample: bytes, text_hash: s.textHash };
}

export function signatureFromRow(r: SignatureRow): TextSignature {
  const n = r.sample.length >>> 2;
  const sample = new Uint32Array(n);
  for (let i = 0; i < n; i++) sample[i] = r.sample.readUInt32LE(i * 4);
  return { shingles: r.shingles, sample, textHash: r.text_hash };
}
