// The renderer's one way to reach the back end. Two transports behind one interface: window.api (Electron
// preload, IPC) and HTTP to browser mode (src-main/serve). Both unwrap the contract's ApiResult envelope
// and throw ApiClientError on { ok: false }, so features never see which one they run on.
import type {
  ApiClient, ApiError, ApiErrorCode, ApiResult, Channel, EventName, EventPayload, Input, Output, PreloadBridge,
} from '../../src-main/shared/contract.js';

export class ApiClientError extends Error {
  readonly code: ApiErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiClientError';
    this.code = error.code;
    this.details = error.details;
  }
}

/** A file picked or dropped in the page, with its path relative to the dropped folder when there is one. */
export interface PickedFile {
  file: File;
  relativePath: string;
}

export interface RendererApi extends ApiClient {
  readonly mode: 'electron' | 'browser';
  /** Electron: the file's path on disk ('' if none); browser: always '' */
  pathOf(file: File): string;
  /**
   * Sends the bytes of picked/dropped files (browser mode; Electron only for files without a path) and
   * starts one import job per batch (the server takes at most 64 MB a request). `onJob` hears each job
   * as soon as it starts, so progress shows while later batches still upload; `signal` stops sending.
   */
  upload(files: PickedFile[], onJob: (jobId: string, sent: number, total: number) => void, signal?: { cancelled: boolean }): Promise<string[]>;
}

/** The server takes at most 64 MB a request: batches stay under 40 MB and 500 files. */
export function batches(files: PickedFile[], maxBytes = 40 * 1024 * 1024, maxFiles = 500): PickedFile[][] {
  const out: PickedFile[][] = [];
  let cur: PickedFile[] = [];
  let size = 0;
  for (const f of files) {
    if (cur.length > 0 && (size + f.file.size > maxBytes || cur.length >= maxFiles)) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(f);
    size += f.file.size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function unwrap<T>(r: ApiResult<T>): T {
  if (r.ok) return r.data;
  throw new ApiClientError(r.error);
}

// ---- Electron -----------------------------------------------------------------------------------

export function electronClient(bridge: PreloadBridge): RendererApi {
  return {
    mode: 'electron',
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      return unwrap(await bridge.invoke(channel, input));
    },
    on: (event, cb) => bridge.on(event, cb),
    pathOf: (file) => bridge.getPathForFile(file),
    async upload(files, onJob, signal) {
      // a file without a path on disk (e.g. dragged from another app): send its bytes over IPC
      const jobs: string[] = [];
      let sent = 0;
      for (const batch of batches(files)) {
        if (signal?.cancelled) break;
        const payload = await Promise.all(batch.map(async (f) => ({ name: f.relativePath || f.file.name, data: new Uint8Array(await f.file.arrayBuffer()) })));
        const { jobId } = unwrap(await bridge.invoke('import.upload', { files: payload }));
        sent += batch.length;
        jobs.push(jobId);
        onJob(jobId, sent, files.length);
      }
      return jobs;
    },
  };
}

// ---- browser mode (HTTP) --------------------------------------------------------------------------

const TOKEN_KEY = 'nianbao.token';

/**
 * The access token of browser mode: taken from the page URL's ?token= on first load, kept in
 * sessionStorage (so a reload keeps working) and removed from the address bar (so it does not end up in
 * history, bookmarks or screenshots).
 */
export function takeToken(loc: { href: string }, storage: Pick<Storage, 'getItem' | 'setItem'>, replaceUrl?: (url: string) => void): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    replaceUrl?.(url.pathname + (url.search ? url.search : '') + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export interface HttpOptions {
  baseUrl: string;
  token: string | null;
  fetch?: typeof fetch;
  eventSource?: (url: string) => EventSource;
}

export function httpClient(opts: HttpOptions): RendererApi {
  const f = opts.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = opts.baseUrl.replace(/\/$/, '');
  const headers = (extra: Record<string, string> = {}): Record<string, string> =>
    opts.token ? { ...extra, 'x-nianbao-token': opts.token } : extra;

  async function parse<T>(res: Response): Promise<T> {
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new ApiClientError({ code: res.status === 401 ? 'unauthorized' : 'internal', message: `HTTP ${res.status}` });
    }
    const r = body as ApiResult<T>;
    if (r && typeof r === 'object' && 'ok' in r) return unwrap(r);
    throw new ApiClientError({ code: 'internal', message: `HTTP ${res.status}` });
  }

  let source: EventSource | undefined;
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  function ensureSource(): EventSource | undefined {
    if (source || typeof EventSource === 'undefined' && !opts.eventSource) return source;
    const url = `${base}/api/events${opts.token ? `?token=${encodeURIComponent(opts.token)}` : ''}`;
    source = opts.eventSource ? opts.eventSource(url) : new EventSource(url);
    return source;
  }

  return {
    mode: 'browser',
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const res = await f(`${base}/api/${channel}`, {
        method: 'POST',
        headers: headers({ 'content-type': 'application/json' }),
        body: JSON.stringify(input ?? {}),
      });
      return parse<Output<C>>(res);
    },
    on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
      const es = ensureSource();
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        const s = set;
        es?.addEventListener(event, (m) => {
          let payload: unknown;
          try {
            payload = JSON.parse((m as MessageEvent<string>).data);
          } catch {
            return;
          }
          for (const l of s) l(payload);
        });
      }
      const l = cb as (p: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
    pathOf: () => '',
    async upload(files, onJob, signal) {
      const jobs: string[] = [];
      let sent = 0;
      for (const batch of batches(files)) {
        if (signal?.cancelled) break;
        const form = new FormData();
        for (const p of batch) form.append('file', p.file, p.relativePath || p.file.name);
        const res = await f(`${base}/api/import.upload`, { method: 'POST', headers: headers(), body: form });
        const { jobId } = await parse<{ jobId: string }>(res);
        sent += batch.length;
        jobs.push(jobId);
        onJob(jobId, sent, files.length);
      }
      return jobs;
    },
  };
}

declare global {
  interface Window {
    api?: PreloadBridge;
  }
}

/** Picks the transport at start-up: the preload's bridge when present, else HTTP to the page's origin. */
export function createApi(win: Window = window): RendererApi {
  if (win.api && typeof win.api.invoke === 'function') return electronClient(win.api);
  const token = takeToken(win.location, win.sessionStorage, (u) => win.history.replaceState(null, '', u));
  return httpClient({ baseUrl: win.location.origin, token });
}
