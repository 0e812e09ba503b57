import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { importBuffers, importPaths, type ImportProgress } from '../../../src-main/core/import/import-service.js';
import { countDocuments, getDocument, listImportErrors } from '../../../src-main/core/db/documents-repo.js';
import { listFindings } from '../../../src-main/core/db/findings-repo.js';
import { recheckReport } from '../../../src-main/core/analyze.js';
import type { Db } from '../../../src-main/core/db/open.js';
import { DOCS_DIR, ORIGINALS_DIR } from '../../helpers/corpus.js';
import { tempDb, tempDir } from '../../helpers/temp-db.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function db(): Db {
  const t = tempDb();
  cleanups.push(t.cleanup);
  return t.db;
}
function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const corpusCount = readdirSync(DOCS_DIR).length;

/** The database is consistent: every document whole (reports row, a path), no orphans, integrity ok. */
function checkConsistent(d: Db): void {
  const n = countDocuments(d);
  expect((d.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n).toBe(n);
  expect((d.prepare('SELECT count(*) AS n FROM documents WHERE id NOT IN (SELECT document_id FROM document_paths)').get() as { n: number }).n).toBe(0);
  expect((d.prepare('SELECT count(*) AS n FROM document_paths WHERE document_id NOT IN (SELECT id FROM documents)').get() as { n: number }).n).toBe(0);
  expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(d.pragma('foreign_key_check')).toEqual([]);
  // the full-text index holds every document exactly once (FTS5 compares it with the documents table)
  expect(() => d.prepare("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
}

describe('importPaths', () => {
  it('imports every corpus file and the template (in-process), lists the PDF as unsupported', async () => {
    const d = db();
    const events: ImportProgress[] = [];
    const s = await importPaths(d, [DOCS_DIR, ORIGINALS_DIR], { workers: 0, onProgress: (p) => events.push(p) });
    expect(s.failed).toEqual([]);
    expect(s.imported).toBe(corpusCount + 1);
    expect(s.unsupported).toEqual([join(ORIGINALS_DIR, 'huaian-2024.pdf')]);
    expect(s.duplicates).toBe(0);
    expect(countDocuments(d)).toBe(corpusCount + 1);
    expect(events.at(-1)).toMatchObject({ done: corpusCount + 2, total: corpusCount + 2, imported: corpusCount + 1, unsupported: 1, failed: 0 });
    for (let i = 1; i < events.length; i++) expect(events[i].done).toBeGreaterThan(events[i - 1].done);
    checkConsistent(d);
    // the full-text index finds a report by a phrase of its normalised text
    const hits = d.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH '\"平潭综合实验区\"'").all();
    expect(hits.length).toBeGreaterThanOrEqual(12);
    // the traditional mirror copy is stored normalised (simplified, no pinyin), original kept
    const id = s.documentIds[0];
    const doc = getDocument(d, id)!;
    expect(doc.paths).toEqual([join(DOCS_DIR, '000_28c6ce0be4e3de16.txt')]);
    expect(doc.text).toContain('網(wǎng)站');
    expect(doc.normalizedText).toContain('网站');
  });

  it('dedupes by content: same file again or under another name adds a path, not a document', async () => {
    const d = db();
    const work = dir();
    const a = join(DOCS_DIR, 'pingtan-2021.html');
    const copy = join(work, '另一个名字.html');
    copyFileSync(a, copy);
    const first = await importPaths(d, [a], { workers: 0 });
    expect(first.imported).toBe(1);
    const again = await importPaths(d, [a, copy], { workers: 0 });
    expect(again).toMatchObject({ imported: 0, duplicates: 2, failed: [] });
    expect(countDocuments(d)).toBe(1);
    expect(getDocument(d, first.documentIds[0])!.paths.sort()).toEqual([a, copy].sort());
    // the new location is seen by the checks (重复导入), the same path again adds nothing
    const dup = d.prepare("SELECT message FROM findings WHERE document_id = ? AND rule_id = 'DUPLICATE-REPORT'").all(first.documentIds[0]) as { message: string }[];
    expect(dup).toHaveLength(1);
    expect(dup[0].message).toContain('2 个位置');
    // the same content twice within one batch
    const d2 = db();
    const both = await importPaths(d2, [a, copy], { workers: 0 });
    expect(both).toMatchObject({ imported: 1, duplicates: 1 });
    checkConsistent(d2);
  });

  it('bad input: each file gets a clear Chinese message, the batch goes on, the database stays consistent', async () => {
    const d = db();
    const work = dir();
    const good = join(work, 'good.txt');
    copyFileSync(join(DOCS_DIR, '004_43d0b42a4a6d771f.txt'), good);
    writeFileSync(join(work, 'corrupt.docx'), readFileSync(join(DOCS_DIR, 'pingtan-2021-lo.docx')).subarray(0, 5000));
    writeFileSync(join(work, 'binary.txt'), Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(join(work, 'empty.txt'), '');
    writeFileSync(join(work, 'latin1.txt'), Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise, tr\xe8s \xe9l\xe9gant. '.repeat(30), 'latin1'));
    writeFileSync(
      join(work, 'hostile.html'),
      '<html><head><meta charset="utf-8"><title>测试</title><script>globalThis.pwned=1</script></head><body><img src=x onerror="globalThis.pwned=1"><p>某某县2021年政府信息公开工作年度报告</p></body></html>',
    );
    // 100 MB of (sparse) zeros: refused by size before it is read
    const fd = openSync(join(work, 'huge.txt'), 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const fd2 = openSync(join(work, 'huge.docx'), 'w');
    ftruncateSync(fd2, 101 * 1024 * 1024);
    closeSync(fd2);
    writeFileSync(join(work, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(join(work, '~$good.docx'), 'lock');
    writeFileSync(join(work, '.hidden.txt'), 'hidden');
    writeFileSync(join(work, 'Thumbs.db'), 'x');
    writeFileSync(join(work, 'desktop.ini'), 'x');
    mkdirSync(join(work, 'sub'));
    copyFileSync(join(DOCS_DIR, 'web-005.txt'), join(work, 'sub', 'nested.txt'));

    const s = await importPaths(d, [work, join(work, 'missing.txt')], { workers: 0 });
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    expect(s.imported).toBe(3); // good, hostile, nested
    expect(s.unsupported).toEqual([join(work, 'notes.pdf')]);
    const byFile = Object.fromEntries(s.failed.map((f) => [f.file.replace(work, '').replace(/^[/\\]/, ''), f.error]));
    expect(Object.keys(byFile).sort()).toEqual(['binary.txt', 'corrupt.docx', 'empty.txt', 'huge.docx', 'huge.txt', 'latin1.txt', 'missing.txt'].sort());
    expect(byFile['corrupt.docx']).toContain('不是有效的 Word 文档（.docx）');
    expect(byFile['binary.txt']).toContain('文件不是文本（疑似二进制文件）');
    expect(byFile['empty.txt']).toContain('文件为空');
    expect(byFile['latin1.txt']).toContain('无法识别文字编码');
    expect(byFile['huge.txt']).toContain('文件过大（超过 50 MB）');
    expect(byFile['huge.docx']).toContain('文件过大（超过 100 MB）');
    expect(byFile['missing.txt']).toContain('不存在');
    const errors = listImportErrors(d);
    expect(errors).toHaveLength(7);
    for (const e of errors) expect(e.error).toMatch(/[\u4e00-\u9fff]/);
    checkConsistent(d);
  });

  it('cancellation leaves out files not yet written and never half-writes one', async () => {
    for (const workers of [0, 2]) {
      const d = db();
      const controller = new AbortController();
      const s = await importPaths(d, [DOCS_DIR], {
        workers,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.imported >= 3) controller.abort();
        },
      });
      expect(s.cancelled).toBe(true);
      expect(s.imported).toBeGreaterThanOrEqual(3);
      expect(s.imported).toBeLessThan(corpusCount);
      expect(countDocuments(d)).toBe(s.imported);
      checkConsistent(d);
      // a later run imports the rest
      const rest = await importPaths(d, [DOCS_DIR], { workers: 0 });
      expect(rest.imported + rest.duplicates).toBe(corpusCount);
      expect(countDocuments(d)).toBe(corpusCount);
    }
  });

  it('the worker pool (2 workers) stores exactly what in-process import stores', async () => {
    const a = db();
    const b = db();
    const inProcess = await importPaths(a, [DOCS_DIR], { workers: 0 });
    const pooled = await importPaths(b, [DOCS_DIR], { workers: 2 });
    expect(pooled.failed).toEqual([]);
    expect(pooled.imported).toBe(inProcess.imported);
    const rows = (d: Db) =>
      d
        .prepare(
          'SELECT sha256, kind, file_name, size, encoding, encoding_confidence, html_title, text, normalized_text, hex(start_map) AS sm, hex(end_map) AS em, blocks, notes FROM documents ORDER BY sha256',
        )
        .all();
    expect(rows(b)).toEqual(rows(a));
    const fields = (d: Db) =>
      d
        .prepare('SELECT d.sha256, f.key, f.value, f.method, f.source FROM extracted_fields f JOIN documents d ON d.id = f.document_id ORDER BY d.sha256, f.key')
        .all();
    expect(fields(b)).toEqual(fields(a));
    checkConsistent(b);
  });

  it('the findings stored at import (single-report rules run in the worker) are the ones a re-check computes', async () => {
    const d = db();
    const s = await importPaths(d, [DOCS_DIR], { workers: 2 });
    expect(s.failed).toEqual([]);
    const stored = (id: number) => listFindings(d, id).map((f) => [f.ruleId, f.severity, f.keys, f.message]);
    let compared = 0;
    for (const id of s.documentIds) {
      const atImport = stored(id);
      recheckReport(d, id);
      expect(stored(id), `document #${id}`).toEqual(atImport);
      compared += atImport.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('a copy imported in the same group as the original is found as a duplicate before the group is indexed', async () => {
    const d = db();
    const folder = dir();
    const text = readFileSync(join(DOCS_DIR, 'pingtan-2021.txt'), 'utf8');
    writeFileSync(join(folder, 'a.txt'), text);
    // another agency and year: found by shared passages (the text index), not as the same agency's report
    writeFileSync(join(folder, 'b.txt'), text.replaceAll('平潭', '莆田').replaceAll('2021', '2020'));
    const s = await importPaths(d, [join(folder, 'a.txt'), join(folder, 'b.txt')], { workers: 0 });
    expect(s.imported).toBe(2);
    const dup = listFindings(d, s.documentIds[1]).find((f) => f.ruleId === 'DUPLICATE-REPORT');
    expect(dup?.message).toContain('a.txt');
    checkConsistent(d);
  });
});

describe('worker pool robustness', () => {
  it('a file that takes too long fails alone (its worker is replaced) and the batch goes on', async () => {
    const d = db();
    const files = ['huaian-2024.docx', 'pingtan-2021-lo.docx'].map((f) => join(DOCS_DIR, f));
    const s = await importPaths(d, files, { workers: 1, timeoutMs: 1 });
    expect(s.imported).toBe(0);
    expect(s.failed.map((f) => f.error)).toEqual([expect.stringContaining('解析超时'), expect.stringContaining('解析超时')]);
    checkConsistent(d);
    const again = await importPaths(d, files, { workers: 1 });
    expect(again.imported).toBe(2);
    checkConsistent(d);
  });
});

describe('importBuffers', () => {
  it('imports uploaded bytes through the same path, with dedup and per-file errors', async () => {
    const d = db();
    const html = readFileSync(join(DOCS_DIR, 'pingtan-2023.html'));
    const s = await importBuffers(
      d,
      [
        { name: 'pingtan-2023.html', bytes: new Uint8Array(html) },
        { name: '副本.html', bytes: new Uint8Array(html) },
        { name: 'pingtan-2021-lo.docx', bytes: new Uint8Array(readFileSync(join(DOCS_DIR, 'pingtan-2021-lo.docx'))) },
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: 'scan.pdf', bytes: new Uint8Array([1, 2, 3]) },
        { name: '~$lock.docx', bytes: new Uint8Array([1]) },
      ],
      { workers: 0 },
    );
    expect(s).toMatchObject({ imported: 2, duplicates: 1, unsupported: ['scan.pdf'] });
    expect(s.failed).toEqual([{ file: 'empty.txt', error: '文件为空' }]);
    const doc = getDocument(d, s.documentIds[0])!;
    expect(doc.fileName).toBe('pingtan-2023.html');
    expect(doc.paths.sort()).toEqual(['pingtan-2023.html', '副本.html'].sort());
    checkConsistent(d);
  });

  it('works with the worker pool too', async () => {
    const d = db();
    const files = readdirSync(DOCS_DIR)
      .filter((f) => /^(pingtan-2019|huaian)/.test(f))
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(DOCS_DIR, f))) }));
    const sizes = files.map((f) => f.bytes.byteLength);
    const s = await importBuffers(d, files, { workers: 2 });
    expect(s.failed).toEqual([]);
    expect(s.imported).toBe(files.length);
    expect(files.map((f) => f.bytes.byteLength)).toEqual(sizes); // the caller's buffers are not detached
    checkConsistent(d);
  });
});
