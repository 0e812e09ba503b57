// The signature-key candidate index (db/signature-index.ts) on real SQLite files: real corpus reports for
// recall and precision, hand-made signatures for the hot-key mechanics.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentsSharingKeys, HOT, MAX_CANDIDATES, signPending } from '../../../src-main/core/db/signature-index.js';
import { saveSignature, signatureOf } from '../../../src-main/core/db/signatures-repo.js';
import { textSignature, type TextSignature } from '../../../src-main/core/validate/text-signature.js';
import { jaccard, shingles } from '../../../src-main/core/validate/shingles.js';
import type { Db } from '../../../src-main/core/db/open.js';
import { DOCS_DIR } from '../../helpers/corpus.js';
import { tempDb } from '../../helpers/temp-db.js';
import { insertCorpusDoc } from '../validate/helpers.js';

let cleanup = () => {};
afterEach(() => cleanup());

const normText = (db: Db, id: number) => (db.prepare('SELECT normalized_text FROM documents WHERE id = ?').get(id) as { normalized_text: string }).normalized_text;

/** a stored document with the given signature (its text does not matter to the index) */
function docWith(db: Db, n: number, sample: number[]): number {
  const id = Number(db.prepare(`INSERT INTO documents (sha256, kind, file_name, size, encoding, encoding_confidence, text, normalized_text, start_map, end_map, blocks, imported_at)
    VALUES (?, 'txt', ?, 1, 'utf-8', 1, '', '', x'', x'', '[]', 'now')`).run(`h${n}`, `d${n}.txt`).lastInsertRowid);
  const sig: TextSignature = { shingles: 600, sample: Uint32Array.from([...sample].sort((a, b) => a - b)), textHash: `t${n}` };
  saveSignature(db, id, sig);
  return id;
}
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('documentsSharingKeys on the corpus', () => {
  it('finds every earlier near-copy (exact Jaccard ≥ 0.85) of every corpus report, and few others', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const docs = readdirSync(DOCS_DIR).filter((f) => /\.(txt|html|docx)$/.test(f)).sort();
    const ids: number[] = [];
    for (const doc of docs) {
      const id = await insertCorpusDoc(t.db, doc);
      saveSignature(t.db, id, textSignature(normText(t.db, id)));
      ids.push(id);
    }
    const sets = ids.map((id) => shingles(normText(t.db, id)));
    let copies = 0;
    let others = 0;
    for (let i = 0; i < ids.length; i++) {
      const found = documentsSharingKeys(t.db, ids[i], signatureOf(t.db, ids[i])!);
      expect(found.decided).toBe(true);
      for (let j = 0; j < i; j++) {
        const sim = jaccard(sets[i], sets[j]);
        if (sim >= 0.85 && sets[i].size >= 60) {
          copies++;
          expect(found.ids, `${docs[i]} ~ ${docs[j]} (J ${sim.toFixed(2)})`).toContain(ids[j]);
        } else if (found.ids.includes(ids[j])) {
          others++;
          // only reports that really share much of their text are candidates
          expect(sim, `${docs[i]} ~ ${docs[j]}`).toBeGreaterThan(0.3);
        }
      }
    }
    expect(copies).toBeGreaterThan(5); // the corpus has the same reports in several files
    expect(others).toBeLessThan(copies);
  });

  it('a near-copy with another agency and year is found; a report sharing only boilerplate is not', async () => {
    const t = tempDb(); cleanup = t.cleanup;
    const text = readFileSync(join(DOCS_DIR, 'pingtan-2021.txt'), 'utf8');
    const original = await insertCorpusDoc(t.db, 'pingtan-2021.txt');
    const unrelated = await insertCorpusDoc(t.db, 'huaian-2024-raw.txt');
    const copy = await insertCorpusDoc(t.db, 'pingtan-2021.txt', { text: text.replaceAll('平潭综合实验区', '莆田市').replaceAll('2021', '2020'), fileName: 'copy.txt' });
    const other = await insertCorpusDoc(t.db, 'pingtan-2023.txt');
    // stored without signatures (as before migration 0006): the search signs them first
    expect(signPending(t.db, other, 2)).toBe(false);
    expect(signPending(t.db, other, 2)).toBe(true);
    expect(t.db.prepare('SELECT document_id AS id FROM signature_keys_pending').all()).toEqual([{ id: other }]);
    expect(documentsSharingKeys(t.db, copy, signatureOf(t.db, copy)!).ids).toEqual([original]);
    // 2021-format reports of two agencies share the table labels and section titles, not their keys
    expect(jaccard(shingles(normText(t.db, unrelated)), shingles(normText(t.db, other)))).toBeGreaterThan(0);
    const found = documentsSharingKeys(t.db, other, signatureOf(t.db, other)!);
    expect(found.ids).not.toContain(unrelated);
    expect(found.decided).toBe(true);
  });
});

describe('hot keys', () => {
  it('a key shared by more than HOT documents is read only up to HOT; a later copy is still found by the others', () => {
    const t = tempDb(); cleanup = t.cleanup;
    // 130 reports that share key 7 (boilerplate) and nothing else with the report below
    const boiler = range(0, 130).map((i) => docWith(t.db, i, [7, ...range(10_000 + i * 100, 15)]));
    const copy = docWith(t.db, 1000, [7, ...range(100, 14), 999_999]);
    const report = docWith(t.db, 1001, [7, ...range(100, 15)]);
    const found = documentsSharingKeys(t.db, report, signatureOf(t.db, report)!);
    expect(found).toMatchObject({ ids: [copy], decided: true, hotKeys: 1 });
    expect(found.postings).toBeLessThanOrEqual(HOT + 1 + 15 * 2);
    expect(found.ids).not.toContain(boiler[0]);
  });

  it('a copy beyond the read part of hot keys gets its exact vote from point lookups', () => {
    const t = tempDb(); cleanup = t.cleanup;
    const keys = range(1, 16);
    // keys 1–9 are hot (each in 60 other reports); the copy holds all 16 keys but comes after them
    range(0, 60).forEach((i) => docWith(t.db, i, [...range(1, 9), ...range(50_000 + i * 100, 7)]));
    const copy = docWith(t.db, 500, keys);
    const report = docWith(t.db, 501, keys);
    const found = documentsSharingKeys(t.db, report, signatureOf(t.db, report)!);
    expect(found.hotKeys).toBe(9);
    expect(found.ids[0]).toBe(copy);
    expect(found.decided).toBe(true);
  });

  it('a family of many copies fills the candidate list from the capped lists; mostly-hot keys with few candidates leave it undecided', () => {
    const t = tempDb(); cleanup = t.cleanup;
    const family = range(0, 2 * HOT).map((i) => docWith(t.db, i, range(1, 16)));
    const report = docWith(t.db, 999, range(1, 16));
    const found = documentsSharingKeys(t.db, report, signatureOf(t.db, report)!);
    expect(found).toMatchObject({ ids: family.slice(0, MAX_CANDIDATES), decided: true, hotKeys: 16 });
    expect(found.postings).toBe(16 * (HOT + 1));

    // 12 of the next report's 16 keys are hot, each through different reports: a copy holding only those
    // 12 keys, after all of them, is in no list read; the index says it cannot decide
    const u = tempDb();
    const prev = cleanup;
    cleanup = () => { prev(); u.cleanup(); };
    for (let k = 0; k < 12; k++) range(0, HOT + 1).forEach((i) => docWith(u.db, k * 1000 + i, [100 + k, ...range(1_000_000 + (k * 1000 + i) * 20, 15)]));
    const hidden = docWith(u.db, 99_998, [...range(100, 12), ...range(900, 4)]);
    const target = docWith(u.db, 99_999, [...range(100, 12), ...range(200, 4)]);
    const open = documentsSharingKeys(u.db, target, signatureOf(u.db, target)!);
    expect(open.hotKeys).toBe(12);
    expect(open.ids).not.toContain(hidden);
    expect(open.decided).toBe(false);
  });
});
