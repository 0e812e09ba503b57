// The candidate index of the duplicate search (DUPLICATE-REPORT): earlier documents that may be near-copies of
// a report, found through its signature keys (signature_keys, migration 0008: each document's 16 smallest
// shingle hashes, signatures-repo.ts) instead of full-text phrase scans. It does not read agency or year, so
// a copy is found whatever was extracted from it.
//
// Why "at least half of the keys": for two shingle sets A, B with Jaccard J, the smallest hashes of A ∪ B
// are a uniform sample of it, each in A ∩ B with probability J, and a key of A is a key of B when it is in
// both and ranks within B's 16 smallest. At J = 0.85 two copies share on average ~14 of their 16 keys;
// fewer than 8 happens about once in a million pairs (simulated: 2·10⁶ pairs, 2 below 8), so the vote
// "shares ≥ 8 of this report's 16 keys" misses practically no pair that DUPLICATE-REPORT (J ≥ 0.85) would
// flag. Unrelated reports rarely pass it (J = 0.3: ~30%; reports of different agencies score ~0.2 or less),
// and those that do are only candidates: checkDuplicate compares their signatures.
//
// A hot key (shared by more than HOT earlier documents: common phrases, table labels, or a large family of
// copies) is not read whole: only its first HOT postings (earliest documents), so a lookup reads at most
// 16 × (HOT + 1) postings. A document counts its votes from the lists it appears in; one that might still
// reach the vote through the unread tails of hot keys is checked with point lookups, so the vote is exact
// for every document seen. A document seen in no list holds none of the cold keys, only hot ones:
// - with fewer hot keys than the vote needs it cannot be a candidate;
// - with at least MIN_COLD cold keys it is not a copy either, but for odds of about 3·10⁻⁷ (a copy sharing
//   ≥ 8 keys yet none of 6 given ones: Σₛ P(shared = s) · C(16−s, 6)/C(16, 6) at J = 0.85);
// - once MAX_CANDIDATES are found the list is full anyway (as the phrase search's LIMIT was);
// otherwise (most keys hot and few candidates: a report made mostly of common text in a large database)
// the index cannot decide and the caller also probes passages.
import type { Db } from './open.js';
import { signatureKeys, signatureOf } from './signatures-repo.js';
import { stmt, type Stmt } from './statements.js';
import type { TextSignature } from '../validate/text-signature.js';

/** a key listed for more earlier documents than this is hot: only its first HOT postings are read */
export const HOT = 50;
/** with this many cold keys a copy cannot hide in the hot keys' unread tails (see above) */
export const MIN_COLD = 6;
/** at most this many candidates (the most keys shared, then the earliest), like the phrase search's limit */
export const MAX_CANDIDATES = 20;

export interface KeyLookup {
  /** earlier documents sharing at least half of the report's keys, most shared first */
  ids: number[];
  /** false when a document not seen in the capped lists could still share enough keys */
  decided: boolean;
  /** how many of the report's keys were hot */
  hotKeys: number;
  /** postings read from the index (at most HOT + 1 per key) */
  postings: number;
}

/** documents signed per call of signPending: about 0.4 s of work, so no single file waits much longer */
export const SIGN_BATCH = 2000;

/**
 * Gives documents listed as pending below `belowId` their signature (and so their keys): documents stored
 * before migration 0006 that never needed one, or copied in without one. A one-time cost per document
 * (about 0.2 ms: read and shingle its text), done SIGN_BATCH at a time. Returns whether none is left below
 * `belowId`; until then the caller must find the rest another way (the passage probes).
 */
export function signPending(db: Db, belowId: number, batch = SIGN_BATCH): boolean {
  const ids = (stmt(db, 'SELECT document_id AS id FROM signature_keys_pending WHERE document_id < ? ORDER BY document_id LIMIT ?').all(belowId, batch + 1) as { id: number }[])
    .map((r) => r.id);
  for (const id of ids.slice(0, batch)) signatureOf(db, id);
  return ids.length <= batch;
}

/** a key's postings below an id, as bare ids: a statement of its own, since .pluck() must not touch the shared cache */
const postingsStatements = new WeakMap<Db, Stmt>();
function postingsStatement(db: Db): Stmt {
  let st = postingsStatements.get(db);
  if (!st) {
    st = db.prepare<unknown[]>('SELECT document_id FROM signature_keys WHERE key = ? AND document_id < ? ORDER BY document_id LIMIT ?').pluck();
    postingsStatements.set(db, st);
  }
  return st;
}

/** Earlier documents (id below `documentId`) that share at least half of the signature's keys. */
export function documentsSharingKeys(db: Db, documentId: number, signature: TextSignature): KeyLookup {
  const keys = [...new Set(signatureKeys(signature))];
  const need = Math.ceil(keys.length / 2);
  if (!keys.length) return { ids: [], decided: true, hotKeys: 0, postings: 0 };
  const list = postingsStatement(db);
  const votes = new Map<number, number>();
  /** per hot key: the last document id read and the documents read */
  const hot: { key: number; last: number; seen: Set<number> }[] = [];
  let postings = 0;
  for (const key of keys) {
    const rows = list.all(key, documentId, HOT + 1) as number[];
    postings += rows.length;
    if (rows.length > HOT) {
      rows.length = HOT;
      hot.push({ key, last: rows[HOT - 1], seen: new Set(rows) });
    }
    for (const id of rows) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const holds = stmt(db, 'SELECT 1 AS x FROM signature_keys WHERE key = ? AND document_id = ?');
  const ids: [number, number][] = [];
  for (const [id, n] of votes) {
    let count = n;
    // the hot keys whose unread tail (ids after the last one read) may hold this document
    const open = hot.filter((h) => id > h.last && !h.seen.has(id));
    if (count < need && count + open.length >= need) {
      for (const h of open) if (holds.get(h.key, id)) count++;
    }
    if (count >= need) ids.push([id, count]);
  }
  ids.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const decided = hot.length < need || keys.length - hot.length >= MIN_COLD || ids.length >= MAX_CANDIDATES;
  return { ids: ids.slice(0, MAX_CANDIDATES).map(([id]) => id), decided, hotKeys: hot.length, postings };
}
