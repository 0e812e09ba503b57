import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { tempDb, tempDir } from '../helpers/temp-db.js';
import { DOCS_DIR } from '../helpers/corpus.js';
import { createService } from '../../src-main/core/service.js';
import { startServer, type ServerHandle } from '../../src-main/serve/index.js';
import { CSP } from '../../src-main/shared/csp.js';
import { channels } from '../../src-main/shared/contract.js';

let server: ServerHandle;
let base: string;
let cleanups: (() => void)[] = [];

beforeAll(async () => {
  const t = tempDb();
  const site = tempDir();
  const exports = tempDir();
  cleanups = [t.cleanup, site.cleanup, exports.cleanup];
  writeFileSync(join(site.dir, 'index.html'), '<!doctype html><title>年报审核台</title><script type="module" src="/assets/app.js"></script>');
  mkdirSync(join(site.dir, 'assets'));
  writeFileSync(join(site.dir, 'assets', 'app.js'), 'console.log(1)');
  server = await startServer({
    port: 0,
    staticDir: site.dir,
    service: (downloads) => createService({
      db: t.db, dbPath: t.path, mode: 'browser', importOptions: { workers: 0 }, exportDir: exports.dir, offerDownload: (p) => downloads.offer(p),
    }),
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  for (const c of cleanups) c();
});

const api = (channel: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': server.token, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** Reads SSE events from /api/events until `until` says stop. */
async function collectEvents(until: (event: string, data: unknown) => boolean, timeoutMs = 30_000): Promise<{ event: string; data: unknown }[]> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  const res = await fetch(`${base}/api/events?token=${server.token}`, { signal: ctrl.signal });
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = res.body!.getReader();
  const out: { event: string; data: unknown }[] = [];
  let buf = '';
  const dec = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const chunk = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const ev = /^event: (.*)$/m.exec(chunk)?.[1];
        const data = /^data: (.*)$/m.exec(chunk)?.[1];
        if (ev && data) {
          const parsed = JSON.parse(data) as unknown;
          out.push({ event: ev, data: parsed });
          if (until(ev, parsed)) return out;
        }
      }
    }
  } finally {
    clearTimeout(timer);
    ctrl.abort();
  }
  return out;
}

function rawGet(path: string, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { Host: host } }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('browser-mode server', () => {
  it('prints a loopback address carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses calls without the right token (401) and accepts header, query or cookie', async () => {
    const none = await fetch(`${base}/api/reports.facets`, { method: 'POST' });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await api('reports.facets', {}, { 'X-Nianbao-Token': 'x'.repeat(64) })).status).toBe(401);
    expect((await fetch(`${base}/api/events`)).status).toBe(401);
    expect((await api('reports.facets', {})).status).toBe(200);
    expect((await fetch(`${base}/api/reports.facets?token=${server.token}`, { method: 'POST' })).status).toBe(200);
    const page = await fetch(`${base}/?token=${server.token}`);
    const cookie = page.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await fetch(`${base}/api/reports.facets`, { method: 'POST', headers: { Cookie: cookie.split(';')[0] } })).status).toBe(200);
  });

  it('refuses other Host headers (DNS rebinding) and other Origins', async () => {
    expect(await rawGet('/', `evil.example:${server.port}`)).toBe(403);
    expect(await rawGet('/', `127.0.0.1:${server.port}`)).toBe(200);
    expect(await rawGet('/', `localhost:${server.port}`)).toBe(200);
    expect((await api('reports.facets', {}, { Origin: 'http://evil.example' })).status).toBe(401);
  });

  it('round-trips a contract call whose answer fits the output schema', async () => {
    const res = await api('reports.list', { limit: 10 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: true; data: unknown };
    expect(body.ok).toBe(true);
    expect(channels['reports.list'].output.safeParse(body.data).success).toBe(true);
  });

  it('rejects invalid input with 400, unknown channels with 404, dialogs with 501', async () => {
    const bad = await api('reports.list', { limit: -1 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notJson = await fetch(`${base}/api/reports.list`, { method: 'POST', headers: { 'X-Nianbao-Token': server.token }, body: '{nope' });
    expect(notJson.status).toBe(400);
    expect((await api('no.such', {})).status).toBe(404);
    expect((await api('dialog.openFiles', {})).status).toBe(501);
    expect((await fetch(`${base}/api/reports.list?token=${server.token}`)).status).toBe(405);
  });

  it('imports an uploaded corpus file (raw bytes) and reports progress over SSE', async () => {
    const name = 'pingtan-2016.html';
    const events = collectEvents((e, d) => e === 'import.progress' && (d as { finished: boolean }).finished);
    await new Promise((r) => setTimeout(r, 100)); // let the SSE stream subscribe first
    const res = await fetch(`${base}/api/import.upload`, {
      method: 'POST',
      headers: { 'X-Nianbao-Token': server.token, 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) },
      body: readFileSync(join(DOCS_DIR, name)),
    });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { jobId: string } };
    const got = await events;
    const last = got[got.length - 1].data as { jobId: string; imported: number; finished: boolean };
    expect(last).toMatchObject({ jobId: data.jobId, imported: 1, finished: true });
    const list = (await (await api('reports.list', { query: name })).json()) as { data: { total: number; rows: { fileName: string }[] } };
    expect(list.data.rows.map((r) => r.fileName)).toContain(name);
  });

  it('imports multipart uploads (a .docx and a .txt) keeping their names', async () => {
    const form = new FormData();
    for (const name of ['huaian-2024.docx', '004_43d0b42a4a6d771f.txt']) {
      form.append('file', new Blob([readFileSync(join(DOCS_DIR, name))]), name);
    }
    const done = collectEvents((e, d) => e === 'import.progress' && (d as { finished: boolean }).finished);
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`${base}/api/import.upload`, { method: 'POST', headers: { 'X-Nianbao-Token': server.token }, body: form });
    expect(res.status).toBe(200);
    const got = await done;
    expect(got[got.length - 1].data).toMatchObject({ imported: 2, failed: [] });
    const list = (await (await api('reports.list', { sort: { column: 'fileName', dir: 'asc' } })).json()) as { data: { rows: { fileName: string }[] } };
    expect(list.data.rows.map((r) => r.fileName)).toEqual(['004_43d0b42a4a6d771f.txt', 'huaian-2024.docx', 'pingtan-2016.html']);
    const noName = await fetch(`${base}/api/import.upload`, { method: 'POST', headers: { 'X-Nianbao-Token': server.token }, body: 'abc' });
    expect(noName.status).toBe(400);
  });

  it('exports to a download URL that serves the workbook', async () => {
    const list = (await (await api('reports.list', {})).json()) as { data: { rows: { id: number }[] } };
    const needsForce = await api('report.decide', { id: list.data.rows[0].id, action: 'approve' });
    expect([200, 409]).toContain(needsForce.status);
    await api('report.decide', { id: list.data.rows[0].id, action: 'approve', force: true });
    const res = await api('export.run', { out: '/etc/ignored.xlsx' });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { downloadUrl: string; reports: number; path: string } };
    expect(data.reports).toBe(1);
    expect(data.path).not.toBe('/etc/ignored.xlsx');
    expect(data.downloadUrl).toMatch(/^\/api\/download\/[0-9a-f]+\?token=/);
    const file = await fetch(`${base}${data.downloadUrl}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/attachment/);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    expect((await fetch(`${base}/api/download/deadbeef?token=${server.token}`)).status).toBe(404);
    expect((await fetch(`${base}${data.downloadUrl.replace(/\?token=.*/, '')}`)).status).toBe(401);
  });

  it('serves static files with a strict CSP, falls back to index.html and never leaves the folder', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toMatch(/年报审核台/);
    const js = await fetch(`${base}/assets/app.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await (await fetch(`${base}/reports/12`)).text()).toMatch(/年报审核台/);
    expect(await rawGet('/../../etc/passwd', `127.0.0.1:${server.port}`)).not.toBe(500);
    const traversal = await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`);
    expect(await traversal.text()).not.toMatch(/root:/);
  });
});
