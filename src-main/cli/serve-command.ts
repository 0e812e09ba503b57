// `nianbao serve [--db FILE] [--port N] [--static DIR]`: browser mode. Serves the built renderer and the
// contract over HTTP on 127.0.0.1 only, with a token made at each launch, and prints the address to open.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCliDatabase } from './open-db.js';
import { createService } from '../core/service.js';
import { startServer } from '../serve/index.js';
import { UsageError, type Command } from './args.js';

/** out/renderer next to the bundle (out/cli) or, run from source, under the project root. */
export function findRendererDir(explicit?: string): string {
  if (explicit) return resolve(explicit);
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'renderer'), join(here, '..', '..', 'out', 'renderer'), resolve('out', 'renderer')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? candidates[0];
}

function packageVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [join(here, '..', '..', 'package.json'), resolve('package.json')]) {
    try {
      return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
    } catch {
      // next candidate
    }
  }
  return '0.0.0';
}

const command: Command = {
  options: {
    db: { value: true },
    port: { value: true },
    static: { value: true },
  },
  async run({ positionals, options }) {
    if (positionals.length) throw new UsageError(`serve 不接受参数：${positionals.join(' ')}`);
    let port = 0;
    if (options.port !== undefined) {
      const p = String(options.port);
      if (!/^\d+$/.test(p) || Number(p) > 65535) throw new UsageError(`--port 须为 0–65535 的整数：${p}`);
      port = Number(p);
    }
    const { db, dbPath } = openCliDatabase(options.db);
    const staticDir = findRendererDir(typeof options.static === 'string' ? options.static : undefined);
    if (!existsSync(join(staticDir, 'index.html'))) {
      console.error(`提示：未找到已构建的界面（${staticDir}），请先运行 npm run build；接口仍可使用。`);
    }
    let server;
    try {
      server = await startServer({
        port,
        staticDir,
        service: (downloads) => createService({ db, dbPath, mode: 'browser', version: packageVersion(), offerDownload: (p) => downloads.offer(p) }),
      });
    } catch (e) {
      console.error(`无法启动浏览器模式：${(e as Error).message}`);
      db.close();
      return 2;
    }
    console.log('年报审核台 浏览器模式已启动（仅本机可访问）。数据库：' + dbPath);
    console.log('请在浏览器中打开：');
    console.log(server.url);
    console.log('按 Ctrl+C 退出。');
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    db.close();
    return 0;
  },
};

export default command;
