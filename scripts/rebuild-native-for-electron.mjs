#!/usr/bin/env node
// Rebuilds better-sqlite3 against the installed Electron's headers, for packaging (npm run dist). Run only
// on the packaging machine, never in postinstall: afterwards the Node tests cannot load better-sqlite3 until
// `npm rebuild better-sqlite3` restores the Node build (this script prints that reminder).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

let electronVersion;
try {
  electronVersion = require('electron/package.json').version;
} catch {
  console.error('找不到 electron 包：请先安装依赖（npm ci）。');
  process.exit(1);
}
const arch = process.env.npm_config_arch || process.arch;
console.log(`为 Electron ${electronVersion}（${process.platform}-${arch}）重新编译 better-sqlite3 …`);

let ok = false;
try {
  // @electron/rebuild when available (electron-builder depends on it)
  const { rebuild } = await import(require.resolve('@electron/rebuild'));
  await rebuild({ buildPath: root, electronVersion, arch, onlyModules: ['better-sqlite3'], force: true });
  ok = true;
} catch (e) {
  console.warn(`@electron/rebuild 不可用或失败（${e.message}），改用 node-gyp。`);
}

if (!ok) {
  const moduleDir = dirname(require.resolve('better-sqlite3/package.json'));
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const r = spawnSync(process.execPath, [gyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers', '--runtime=electron'], { cwd: moduleDir, stdio: 'inherit' });
  ok = r.status === 0;
}

if (!ok) {
  console.error('重新编译失败：打包的程序将无法打开数据库。');
  process.exit(1);
}
console.log('完成。注意：现在 better-sqlite3 是 Electron 版本；在本机运行 Node 测试前请执行 npm rebuild better-sqlite3。');
