// The browser-mode HTTP server (protocol described in ./index.ts). Loopback only, per-launch token,
// Host check against DNS rebinding, JSON calls validated by the contract's schemas (inside service.call).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Service } from '../core/service.js';
import { HTTP_STATUS, type ApiError, type ApiResult } from '../shared/contract.js';
import { SECURITY_HEADERS } from '../shared/csp.js';
import { Downloads } from './downloads.js';
import { readBody, parseUpload, BodyTooLarge } from './body.js';

export interface ServerOptions {
  /** builds the service once the server knows how to offer downloads */
  service: Service | ((downloads: Downloads) => Service);
  /** 0 (default) = any free port */
  port?: number;
  /** the built renderer (out/renderer); when missing, / answers a Chinese hint instead */
  staticDir?: string;
  /** fixed token (tests); default: 32 random bytes, hex */
  token?: string;
}

export interface ServerHandle {
  url: string;
  port: number;
  token: string;
  service: Service;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const COOKIE = 'nianbao_token';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.map': 'application/json; charset=utf-8',
};

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(data);
}

function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, HTTP_STATUS[error.code], { ok: false, error });
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export async function startServer(options: ServerOptions): Promise<ServerHandle> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const downloads = new Downloads(token);
  const service = typeof options.service === 'function' ? options.service(downloads) : options.service;
  const staticDir = options.staticDir ? resolve(options.staticDir) : undefined;
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  const authorized = (req: IncomingMessage, url: URL) =>
    sameToken(req.headers['x-nianbao-token'] as string | undefined, token) || sameToken(url.searchParams.get('token') ?? undefined, token)
    || sameToken(cookieToken(req), token);

  const hostOk = (req: IncomingMessage) => {
    const host = req.headers.host ?? '';
    return host === `${HOST}:${port}` || host === `localhost:${port}`;
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!authorized(req, url)) return sendError(res, { code: 'unauthorized', message: '缺少或错误的访问令牌：请使用启动时显示的完整地址打开' });
    const name = decodeURIComponent(url.pathname.slice('/api/'.length));
    if (name === 'events' && req.method === 'GET') return openEvents(req, res);
    if (name.startsWith('download/') && req.method === 'GET') return sendDownload(res, name.slice('download/'.length));
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' });
      return void res.end();
    }
    // Only our own page may call: a cross-site form post would come without JSON and with another Origin.
    const origin = req.headers.origin;
    if (origin && origin !== `http://${HOST}:${port}` && origin !== `http://localhost:${port}`) {
      return sendError(res, { code: 'unauthorized', message: '拒绝来自其他来源的请求' });
    }
    let input: unknown;
    try {
      if (name === 'import.upload') input = await parseUpload(req);
      else {
        const body = await readBody(req);
        const text = body.toString('utf8').trim();
        input = text ? JSON.parse(text) : undefined;
      }
    } catch (e) {
      const message = e instanceof BodyTooLarge ? e.message : e instanceof SyntaxError ? `请求体不是合法的 JSON：${e.message}` : (e as Error).message;
      return sendError(res, { code: 'invalid-input', message });
    }
    const result = await service.call(name, input);
    if (result.ok) sendJson(res, 200, result);
    else sendError(res, result.error);
  }

  function openEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.write('retry: 2000\n\n');
    sseClients.add(res);
    const unsubscribe = service.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      sseClients.delete(res);
    });
  }

  function sendDownload(res: ServerResponse, id: string): void {
    const path = downloads.get(id);
    if (!path || !existsSync(path)) return sendError(res, { code: 'not-found', message: '下载文件不存在或已过期' });
    const name = basename(path);
    res.writeHead(200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Length': statSync(path).size,
      'Content-Disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    });
    createReadStream(path).pipe(res);
  }

  function sendStatic(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return void res.end();
    }
    const headers: Record<string, string> = { ...SECURITY_HEADERS };
    if (!staticDir || !existsSync(join(staticDir, 'index.html'))) {
      res.writeHead(503, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('界面尚未构建：请先运行 npm run build（或 npx electron-vite build），再启动 nianbao serve。');
    }
    let file = normalize(join(staticDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(staticDir + sep) && file !== staticDir) {
      res.writeHead(403, headers);
      return void res.end();
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      file = join(staticDir, 'index.html'); // client-side routes
    }
    const isIndex = file === join(staticDir, 'index.html');
    if (isIndex && sameToken(url.searchParams.get('token') ?? undefined, token)) {
      headers['Set-Cookie'] = `${COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/api`;
    }
    headers['Content-Type'] = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    headers['Cache-Control'] = isIndex ? 'no-store' : 'public, max-age=3600';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    if (!hostOk(req)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('只接受 127.0.0.1 的访问');
    }
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url).catch((e: unknown) => {
        if (!res.headersSent) sendError(res, { code: 'internal', message: `内部错误：${(e as Error).message}` });
        else res.end();
      });
      return;
    }
    sendStatic(req, res, url);
  });
  server.requestTimeout = 0; // SSE streams stay open

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, HOST, () => ok());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    service,
    async close() {
      for (const c of sseClients) c.end();
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      // a browser's keep-alive connections would otherwise hold close() open
      server.closeAllConnections();
      await closed;
      await service.close();
    },
  };
}
