// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ApiClientError, batches, electronClient, httpClient, takeToken, type PickedFile } from '../../../src-renderer/api/client.js';
import type { PreloadBridge } from '../../../src-main/shared/contract.js';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('browser-mode token', () => {
  it('takes ?token= from the URL, keeps it in sessionStorage and strips it from the address', () => {
    const s = memoryStorage();
    let replaced: string | undefined;
    expect(takeToken({ href: 'http://127.0.0.1:5173/?token=abc123#/review/4' }, s, (u) => (replaced = u))).toBe('abc123');
    expect(s.m.get('nianbao.token')).toBe('abc123');
    expect(replaced).toBe('/#/review/4');
  });
  it('keeps other query parameters and falls back to the stored token after a reload', () => {
    const s = memoryStorage();
    let replaced: string | undefined;
    takeToken({ href: 'http://127.0.0.1:1/?a=1&token=t1' }, s, (u) => (replaced = u));
    expect(replaced).toBe('/?a=1');
    expect(takeToken({ href: 'http://127.0.0.1:1/' }, s)).toBe('t1');
    expect(takeToken({ href: 'http://127.0.0.1:1/' }, memoryStorage())).toBeNull();
  });
  it('works with the real window.sessionStorage', () => {
    sessionStorage.clear();
    expect(takeToken({ href: 'http://localhost/?token=zz' }, sessionStorage)).toBe('zz');
    expect(takeToken({ href: 'http://localhost/' }, sessionStorage)).toBe('zz');
  });
});

describe('HTTP client', () => {
  type Call = { url: string; init: RequestInit };
  const fakeFetch = (calls: Call[], status: number, body: unknown) =>
    (async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;

  it('POSTs the input as JSON to /api/<channel> with the token header and unwraps data', async () => {
    const calls: Call[] = [];
    const api = httpClient({ baseUrl: 'http://127.0.0.1:9/', token: 'sekret', fetch: fakeFetch(calls, 200, { ok: true, data: { reviewerName: '张三' } }) });
    await expect(api.invoke('settings.get', {})).resolves.toEqual({ reviewerName: '张三' });
    expect(calls[0].url).toBe('http://127.0.0.1:9/api/settings.get');
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>)['x-nianbao-token']).toBe('sekret');
    expect(calls[0].init.body).toBe('{}');
  });

  it('turns { ok:false } into ApiClientError with code and details', async () => {
    const api = httpClient({ baseUrl: '', token: 't', fetch: fakeFetch([], 409, { ok: false, error: { code: 'needs-force', message: '有未处理的错误', details: { openErrors: 2 } } }) });
    const err = await api.invoke('report.decide', { id: 1, action: 'approve' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiClientError);
    expect((err as ApiClientError).code).toBe('needs-force');
    expect((err as ApiClientError).details).toEqual({ openErrors: 2 });
  });

  it('a non-JSON 401 becomes an unauthorized error', async () => {
    const f = (async () => new Response('nope', { status: 401 })) as typeof fetch;
    const err = await httpClient({ baseUrl: '', token: null, fetch: f }).invoke('settings.get', {}).catch((e: unknown) => e);
    expect((err as ApiClientError).code).toBe('unauthorized');
  });

  it('uploads files as multipart parts named "file", keeping relative paths', async () => {
    const calls: Call[] = [];
    const api = httpClient({ baseUrl: '', token: 'k', fetch: fakeFetch(calls, 200, { ok: true, data: { jobId: 'j1' } }) });
    const files: PickedFile[] = [{ file: new File(['abc'], 'a.txt'), relativePath: 'dir/a.txt' }];
    const jobs: string[] = [];
    await api.upload(files, (j) => jobs.push(j));
    expect(jobs).toEqual(['j1']);
    const form = calls[0].init.body as FormData;
    expect((form.get('file') as File).name).toBe('dir/a.txt');
    expect((calls[0].init.headers as Record<string, string>)['x-nianbao-token']).toBe('k');
  });

  it('splits big uploads into batches under the server limit', () => {
    const mk = (n: number, size: number) => Array.from({ length: n }, (_, i) => ({ file: new File([new Uint8Array(size)], `${i}.txt`), relativePath: `${i}.txt` }));
    expect(batches(mk(5, 10), 25).map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches(mk(7, 1), 1000, 3).map((b) => b.length)).toEqual([3, 3, 1]);
    expect(batches(mk(1, 100), 10).map((b) => b.length)).toEqual([1]);
  });
});

describe('Electron client', () => {
  it('unwraps the preload bridge results', async () => {
    const bridge: PreloadBridge = {
      platform: 'linux',
      invoke: (async (channel: string) =>
        channel === 'settings.get' ? { ok: true, data: { reviewerName: 'x' } } : { ok: false, error: { code: 'not-found', message: '不存在' } }) as PreloadBridge['invoke'],
      on: () => () => {},
      getPathForFile: () => '/tmp/a.txt',
    };
    const api = electronClient(bridge);
    expect(api.mode).toBe('electron');
    await expect(api.invoke('settings.get', {})).resolves.toEqual({ reviewerName: 'x' });
    await expect(api.invoke('report.get', { id: 1 })).rejects.toMatchObject({ code: 'not-found' });
    expect(api.pathOf(new File([], 'a'))).toBe('/tmp/a.txt');
  });
});
