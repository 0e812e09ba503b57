// Stored similarity signatures of document texts (validate/text-signature.ts, table text_signatures): written
// once per document — from the import worker's signature, or computed here at first use for a document
// stored before signatures existed — and read by the duplicate search instead of the texts. Each signature's
// smallest hashes are also its keys in the candidate index (signature_keys, migration 0008; read by
// signature-index.ts), written and dropped with it.
import type { Db } from './open.js';
import { signatureFromRow, signatureToRow, textSignature, type SignatureRow, type TextSignature } from '../validate/text-signature.js';
import { stmt } from './statements.js';
import { normalizedTextOf } from './documents-repo.js';

/** how many of a signature's smallest hashes are its index keys (migration 0008 backfills this many) */
export const SIGNATURE_KEYS = 16;

/** the document's index keys: the SIGNATURE_KEYS smallest hashes of its shingle set (the sample is ascending) */
export function signatureKeys(signature: TextSignature): number[] {
  return [...signature.sample.subarray(0, SIGNATURE_KEYS)];
}

export function saveSignature(db: Db, documentId: number, signature: TextSignature): void {
  const r = signatureToRow(signature);
  stmt(db, `INSERT INTO text_signatures (document_id, shingles, sample, text_hash) VALUES (?, ?, ?, ?)
            ON CONFLICT(document_id) DO UPDATE SET shingles = excluded.shingles, sample = excluded.sample, text_hash = excluded.text_hash`)
    .run(documentId, r.shingles, r.sample, r.text_hash);
  // a pending document has no keys (it is new, or its text changed): only a re-saved signature has old ones
  const pending = stmt(db, 'DELETE FROM signature_keys_pending WHERE document_id = ?').run(documentId).changes > 0;
  if (!pending) stmt(db, 'DELETE FROM signature_keys WHERE document_id = ?').run(documentId);
  const insert = stmt(db, 'INSERT OR IGNORE INTO signature_keys (key, document_id) VALUES (?, ?)');
  for (const key of signatureKeys(signature)) insert.run(key, documentId);
}

/** The document's signature: stored, or computed from its normalised text and stored; undefined if no such document. */
export function signatureOf(db: Db, documentId: number): TextSignature | undefined {
  const row = stmt(db, 'SELECT shingles, sample, text_hash FROM text_signatures WHERE document_id = ?').get(documentId) as SignatureRow | undefined;
  if (row) return signatureFromRow(row);
  const text = normalizedTextOf(db, documentId);
  if (text === undefined) return undefined;
  const signature = textSignature(text);
  saveSignature(db, documentId, signature);
  return signature;
}
