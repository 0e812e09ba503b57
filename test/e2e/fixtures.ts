// Starts browser mode (`node bin/nianbao.js serve --db <temp db> --port 0`) once per worker, reads the
// address it prints and stops it afterwards. The database is a fresh SQLite file in a temp dir.
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DOCS = resolve(ROOT, '..', 'shared', 'corpus', 'docs');

export interface Server {
  url: string;
  dbPath: string;
}

function start(dbPath: string): Promise<{ proc: ChildProcess; url: string }> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
  const args = ['serve', '--db', dbPath, '--port', '0'];
  const bundle = join(ROOT, 'out', 'cli', 'nianbao.mjs');
  // `npm test` builds the CLI first; a developer without that build runs the same CLI from source via tsx
  const built = existsSync(bundle) && ['parse-worker.mjs', 'parse-worker.js'].some((f) => existsSync(join(ROOT, 'out', 'cli', f)));
  const argv = built
    ? [join(ROOT, 'bin', 'nianbao.js'), ...args]
    : ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'serve-from-source.mjs'), ...args];
  const proc = spawn(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`serve printed no address in 30 s:\n${out}`)), 30_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-zA-Z]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ proc, url: m[1] });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => fail(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

export const test = base.extend<object, { server: Server }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
      const dbPath = join(dir, 'e2e.db');
      const { proc, url } = await start(dbPath);
      await use({ url, dbPath });
      proc.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
