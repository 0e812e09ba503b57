#!/usr/bin/env node
// npm start: build what is missing or stale (electron-vite build), then launch Electron on out/main/main.js.
// Where no Electron binary is installed (it cannot be downloaded on these machines) say so in Chinese,
// point to browser mode, and exit non-zero.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = ['out/main/main.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p));

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!outputs.every((p) => existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const sources = Math.max(newestMtime(join(root, 'src-main')), newestMtime(join(root, 'src-renderer')), statSync(join(root, 'electron.vite.config.ts')).mtimeMs);
  return sources > built;
}

const electron = findElectronBinary();
if (!electron) {
  console.error([
    '无法启动桌面版：本机没有安装 Electron 程序文件（node_modules/electron/dist），且这台机器无法下载它。',
    '',
    '可以改用浏览器模式，功能相同：',
    '  npm run serve',
    '然后在浏览器中打开命令行打印出的地址（http://127.0.0.1:端口/?token=…，仅本机可访问）。',
    '',
    '在能联网的机器上，重新安装依赖（npm ci）即可获得 Electron，之后 npm start 会直接打开桌面窗口。',
  ].join('\n'));
  process.exit(1);
}

if (needsBuild()) {
  console.log('正在构建界面与主进程（electron-vite build）…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('构建失败，请查看上面的错误信息。');
    process.exit(r.status ?? 1);
  }
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would start Electron as plain Node
const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on('error', (e) => {
  console.error(`无法启动 Electron：${e.message}\n可改用浏览器模式：npm run serve`);
  process.exit(1);
});
