// The parse worker pool: several jobs queued on a worker, run in order; a job that kills its worker fails
// alone and the jobs queued behind it run on the fresh worker that replaces it.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkerPool } from '../../../src-main/core/import/worker-pool.js';
import { DOCS_DIR } from '../../helpers/corpus.js';

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const corpusJob = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(DOCS_DIR, name))) });

/** An HTML page whose document tree does not fit in a small worker heap. */
function hugeHtml(): Uint8Array {
  const row = '<tr><td>行政许可</td><td>1</td><td>2</td><td>3</td><td>4</td></tr>';
  return new TextEncoder().encode(`<html><body><table>${row.repeat(300_000)}</table></body></html>`);
}

describe('WorkerPool', () => {
  it('runs the jobs queued on one worker, each with its own outcome', async () => {
    pool = new WorkerPool(1);
    const names = ['pingtan-2021.txt', 'pingtan-2023.html', 'huaian-2024.docx', 'web-000.txt', 'pingtan-2019-lo.docx'];
    const outcomes = await Promise.all(names.map((n) => pool!.run(corpusJob(n))));
    expect(outcomes.map((o) => o.status)).toEqual(names.map(() => 'ok'));
    const formats = outcomes.map((o) => (o.status === 'ok' ? o.extraction.format : null));
    expect(formats).toEqual(['2021', '2021', '2021', null, '2019']);
  });

  it('queues up to 16 jobs a worker, fewer when uploaded bytes would exceed the bound', async () => {
    pool = new WorkerPool(1, undefined, { maxQueuedBytes: 50_000 });
    const small = corpusJob('web-000.txt');
    const big = corpusJob('pingtan-2021.html');
    expect(small.bytes.byteLength * 16).toBeLessThan(50_000);
    expect(big.bytes.byteLength).toBeGreaterThan(50_000);
    const runs = Array.from({ length: 20 }, () => pool!.run({ ...small }));
    expect(pool.queueLengths).toEqual([16]);
    await Promise.all(runs);
    expect(pool.queueLengths).toEqual([0]);
    // a file over the bound goes alone to an idle worker; the next waits until it is answered
    const a = pool.run(big);
    const b = pool.run({ ...small });
    expect(pool.queueLengths).toEqual([1]);
    expect((await a).status).toBe('ok');
    expect((await b).status).toBe('ok');
  });

  it('a job that exhausts its worker fails alone; the jobs queued behind it run on a fresh worker', async () => {
    pool = new WorkerPool(1, undefined, { maxHeapMb: 96 });
    const huge = pool.run({ name: 'huge.html', bytes: hugeHtml() });
    const after = ['pingtan-2021.txt', 'pingtan-2023.html'].map((n) => pool!.run(corpusJob(n)));
    const first = await huge;
    expect(first).toEqual({ status: 'failed', error: '文件过于复杂，解析时内存不足，未导入' });
    const rest = await Promise.all(after);
    expect(rest.map((o) => o.status)).toEqual(['ok', 'ok']);
    expect(pool.size).toBe(1);
  }, 60_000);
});
