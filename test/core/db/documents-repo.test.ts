import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addDocumentPath,
  blobToMap,
  countDocuments,
  findDocumentBySha,
  getDocument,
  insertDocument,
  listImportErrors,
  loadForExtraction,
  mapToBlob,
  recordImportError,
} from '../../../src-main/core/db/documents-repo.js';
import { parseFile } from '../../../src-main/core/import/parse-file.js';
import { sha256Hex } from '../../../src-main/core/import/process-file.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { extractReport } from '../../../src-main/core/extract/index.js';
import { DOCS_DIR } from '../../helpers/corpus.js';
import { tempDb } from '../../helpers/temp-db.js';
import type { Db } from '../../../src-main/core/db/open.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function db(): { db: Db; path: string } {
  const t = tempDb();
  cleanups.push(t.cleanup);
  return t;
}

async function load(name: string) {
  const bytes = readFileSync(join(DOCS_DIR, name));
  const parsed = await parseFile(bytes, name);
  return { bytes, parsed, norm: normalize(parsed.text), sha256: sha256Hex(bytes) };
}

describe('documents-repo', () => {
  it('round-trips offset maps through BLOBs, unaligned buffers included', () => {
    const map = Int32Array.from([0, 1, 5, 2147483647, -1, 40]);
    const blob = mapToBlob(map);
    expect(Array.from(blobToMap(blob))).toEqual(Array.from(map));
    const unaligned = Buffer.concat([Buffer.from([9]), blob]).subarray(1);
    expect(Array.from(blobToMap(unaligned))).toEqual(Array.from(map));
  });

  it('inserts a document with its reports row and reads it back whole (after reopening the file)', async () => {
    const { db: d, path } = db();
    const { parsed, norm, sha256, bytes } = await load('pingtan-2021.html');
    const id = insertDocument(d, { sha256, fileName: 'pingtan-2021.html', size: bytes.length, parsed, norm, importedAt: '2026-01-01T00:00:00.000Z' });
    addDocumentPath(d, id, '/a/pingtan-2021.html');
    expect(addDocumentPath(d, id, '/a/pingtan-2021.html')).toBe(false);
    expect(addDocumentPath(d, id, '/b/copy.html')).toBe(true);
    expect(findDocumentBySha(d, sha256)).toBe(id);
    expect(findDocumentBySha(d, 'no-such-sha')).toBeUndefined();
    expect((d.prepare('SELECT count(*) AS n FROM reports WHERE document_id = ?').get(id) as { n: number }).n).toBe(1);

    d.close();
    const { openDatabase } = await import('../../../src-main/core/db/open.js');
    const reopened = openDatabase(path);
    cleanups.push(() => reopened.close());
    const doc = getDocument(reopened, id)!;
    expect(doc).toMatchObject({ id, sha256, kind: 'html', fileName: 'pingtan-2021.html', size: bytes.length, encoding: 'utf-8', importedAt: '2026-01-01T00:00:00.000Z' });
    expect(doc.htmlTitle).toBe(parsed.htmlTitle);
    expect(doc.text).toBe(parsed.text);
    expect(doc.blocks).toEqual(parsed.blocks);
    expect(doc.normalizedText).toBe(norm.text);
    expect(Array.from(doc.startMap)).toEqual(Array.from(norm.startMap));
    expect(Array.from(doc.endMap)).toEqual(Array.from(norm.endMap));
    expect(doc.paths.sort()).toEqual(['/a/pingtan-2021.html', '/b/copy.html']);
    expect(getDocument(reopened, 999)).toBeUndefined();
  });

  it('rejects a second document with the same SHA-256', async () => {
    const { db: d } = db();
    const { parsed, norm, sha256 } = await load('web-005.txt');
    insertDocument(d, { sha256, fileName: 'a.txt', size: 1, parsed, norm });
    expect(() => insertDocument(d, { sha256, fileName: 'b.txt', size: 1, parsed, norm })).toThrow(/UNIQUE/);
    expect(countDocuments(d)).toBe(1);
  });

  it('loads a ParsedDocument and NormalizedText back that extract exactly as the originals', async () => {
    const { db: d } = db();
    const { parsed, norm, sha256 } = await load('huaian-2024.docx');
    const id = insertDocument(d, { sha256, fileName: 'huaian-2024.docx', size: 1, parsed, norm });
    const back = loadForExtraction(d, id)!;
    expect(back.parsed).toEqual(parsed);
    expect(back.norm.text).toBe(norm.text);
    expect(back.norm.startMap).toBeInstanceOf(Int32Array);
    expect(Array.from(back.norm.endMap)).toEqual(Array.from(norm.endMap));
    expect(extractReport(back)).toEqual(extractReport({ parsed, norm }));
    expect(loadForExtraction(d, 12345)).toBeUndefined();
  });

  it('records import errors', () => {
    const { db: d } = db();
    recordImportError(d, '/x/坏文件.docx', '不是有效的 Word 文档（.docx）', '2026-01-01T00:00:00.000Z');
    expect(listImportErrors(d)).toEqual([{ id: 1, path: '/x/坏文件.docx', error: '不是有效的 Word 文档（.docx）', at: '2026-01-01T00:00:00.000Z' }]);
  });
});
