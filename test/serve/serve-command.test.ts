import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-db.js';
import { PROJECT_DIR } from '../helpers/corpus.js';

describe('nianbao serve', () => {
  it('prints http://127.0.0.1:PORT/?token=TOKEN, answers with that token, and stops on SIGTERM', async () => {
    const t = tempDir();
    const dbPath = join(t.dir, 'serve.db');
    const child = spawn(process.execPath, ['--import', 'tsx', '-e',
      `import('./src-main/cli.ts').then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })`,
      'serve', '--db', dbPath, '--port', '0'], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((ok, fail) => {
        let out = '';
        const timer = setTimeout(() => fail(new Error(`no address printed: ${out}`)), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/m.exec(out);
          if (m) {
            clearTimeout(timer);
            ok(m[0]);
          }
        });
        child.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
      });
      const u = new URL(url);
      const token = u.searchParams.get('token')!;
      const info = await fetch(`${u.origin}/api/app.info`, { method: 'POST', headers: { 'X-Nianbao-Token': token } });
      expect(info.status).toBe(200);
      expect(await info.json()).toMatchObject({ ok: true, data: { mode: 'browser', dbPath } });
      expect((await fetch(`${u.origin}/api/app.info`, { method: 'POST' })).status).toBe(401);
      const code = await new Promise<number | null>((ok) => {
        child.on('exit', (c) => ok(c));
        child.kill('SIGTERM');
      });
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      t.cleanup();
    }
  });

  it('rejects a bad port', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e',
      `import('./src-main/cli.ts').then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); })`,
      'serve', '--port', 'abc'], { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((ok) => child.on('exit', ok));
    expect(code).toBe(2);
    expect(err).toMatch(/--port/);
  });
});
