// Extraction and corrections kept apart: re-extraction replaces extracted rows, corrections stay and win.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importPaths } from '../../../src-main/core/import/import-service.js';
import {
  addCorrection, getCorrections, getExtractedFields, getReviewedFields, getReviewedValues, iterateAllCorrections, saveExtraction,
} from '../../../src-main/core/db/fields-repo.js';
import type { ExtractionResult } from '../../../src-main/core/extract/types.js';
import type { Db } from '../../../src-main/core/db/open.js';
import { DOCS_DIR, goldFor } from '../../helpers/corpus.js';
import { tempDb } from '../../helpers/temp-db.js';

let db: Db;
let cleanup: () => void;
let id: number;

beforeAll(async () => {
  const t = tempDb();
  db = t.db;
  cleanup = t.cleanup;
  const summary = await importPaths(db, [join(DOCS_DIR, '004_43d0b42a4a6d771f.txt')], { workers: 0 });
  expect(summary.imported).toBe(1);
  id = (db.prepare('SELECT id FROM documents').get() as { id: number }).id;
});
afterAll(() => cleanup());

function reportRow() {
  return db.prepare('SELECT agency, year, format, published FROM reports WHERE document_id = ?').get(id) as Record<string, unknown>;
}

describe('fields-repo', () => {
  it('stores what the real extractor found for 004 and mirrors the metadata into the reports row', () => {
    const gold = goldFor('004_43d0b42a4a6d771f.txt')!;
    const values = getReviewedValues(db, id);
    expect(values['t3.new.total']).toBe(gold.fields['t3.new.total']);
    expect(values.year).toBe(2021);
    expect(reportRow()).toMatchObject({ year: 2021, format: '2021' });
    const f = getExtractedFields(db, id).find((x) => x.key === 't3.new.total')!;
    expect(f.source).not.toBeNull();
    expect(f.method).toBe('flattened-row');
  });

  it('a correction wins, records old, new and extracted values, and the newest correction is in force', () => {
    const extracted = getReviewedValues(db, id)['t3.new.natural'];
    const c1 = addCorrection(db, { documentId: id, key: 't3.new.natural', value: 5, reviewer: '甲', at: '2026-01-01T00:00:00.000Z' });
    expect(c1).toMatchObject({ key: 't3.new.natural', oldValue: extracted, newValue: 5, extractedValue: extracted, reviewer: '甲' });
    const c2 = addCorrection(db, { documentId: id, key: 't3.new.natural', value: null, reviewer: '乙', at: '2026-01-02T00:00:00.000Z' });
    expect(c2).toMatchObject({ oldValue: 5, newValue: null, extractedValue: extracted, reviewer: '乙' });
    expect(getReviewedValues(db, id)['t3.new.natural']).toBeNull();
    const f = getReviewedFields(db, id).get('t3.new.natural')!;
    expect(f).toMatchObject({ corrected: true, value: null });
    expect(f.extracted?.value).toBe(extracted);
    expect(getCorrections(db, id).map((c) => c.newValue)).toEqual([5, null]);
  });

  it('a corrected metadata key updates the reports row', () => {
    addCorrection(db, { documentId: id, key: 'agency', value: '武陵区芙蓉街道办事处', reviewer: '甲' });
    expect(reportRow().agency).toBe('武陵区芙蓉街道办事处');
  });

  it('re-extraction replaces extracted values but never a correction', () => {
    const before = getExtractedFields(db, id);
    const rerun: ExtractionResult = {
      format: '2021',
      fields: before.filter((f) => f.key !== 't4.review.total').map((f) => (f.key === 't3.new.natural' ? { ...f, value: 7 } : f)),
      notes: [{ keys: ['t4.review.total'], message: '测试说明' }],
      sections: [],
    };
    saveExtraction(db, id, rerun);
    const values = getReviewedValues(db, id);
    expect(values['t3.new.natural']).toBeNull(); // the correction still wins over the new extraction
    expect(getReviewedFields(db, id).get('t3.new.natural')!.extracted?.value).toBe(7);
    expect('t4.review.total' in values).toBe(false);
    expect(values.agency).toBe('武陵区芙蓉街道办事处');
    expect(getCorrections(db, id)).toHaveLength(3);
    expect([...iterateAllCorrections(db)].map((c) => c.key)).toEqual(['t3.new.natural', 't3.new.natural', 'agency']);
  });

  it('getReviewedValues agrees with getReviewedFields key by key', () => {
    const fields = getReviewedFields(db, id);
    const values = getReviewedValues(db, id);
    expect(Object.keys(values).sort()).toEqual([...fields.keys()].sort());
    for (const [k, f] of fields) expect(values[k]).toEqual(f.value);
  });
});
