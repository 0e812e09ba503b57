// The packaged shape of the app: main process, sandboxed preload, app:// renderer, the real core behind IPC.
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCS = resolve(ROOT, '..', 'shared', 'corpus', 'docs');
const binary = findElectronBinary();
const built = existsSync(join(ROOT, 'out', 'main', 'main.js')) && existsSync(join(ROOT, 'out', 'preload', 'index.cjs'));

test.skip(!binary, '跳过：本机没有安装 Electron 程序文件（node_modules/electron/dist），桌面版端到端测试只在装有 Electron 的机器上运行；浏览器模式的端到端测试见 test/e2e。');
test.skip(!built, '跳过：请先运行 npm run build（out/main 与 out/preload 不存在）。');

let app: ElectronApplication;
let win: Page;
let dir: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-electron-'));
  app = await electron.launch({
    executablePath: binary!,
    args: [ROOT],
    env: Object.fromEntries(Object.entries({ ...process.env, NIANBAO_DB: join(dir, 'e2e.db') })
      .filter((e): e is [string, string] => e[0] !== 'ELECTRON_RUN_AS_NODE' && e[1] !== undefined)),
  });
  win = await app.firstWindow();
  await win.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Bridge = { invoke: (c: string, i: unknown) => Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>; on: (e: string, cb: (p: unknown) => void) => () => void };

test('opens one sandboxed window at app://renderer with the bridge only', async () => {
  await expect(win).toHaveTitle(/年报审核台/);
  expect(win.url()).toMatch(/^app:\/\/renderer\//);
  expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await win.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(['getPathForFile', 'invoke', 'on', 'platform']);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  // sandboxed renderer with context isolation: no Node globals, and the page cannot reach the preload's scope
  expect(await win.evaluate(() => typeof (globalThis as { Buffer?: unknown }).Buffer)).toBe('undefined');
});

test('answers contract calls over IPC and refuses unknown channels in the preload', async () => {
  const info = await win.evaluate(() => (window as unknown as { api: Bridge }).api.invoke('app.info', {}));
  expect(info).toMatchObject({ ok: true, data: { mode: 'electron' } });
  const unknown = await win.evaluate(() => (window as unknown as { api: Bridge }).api.invoke('fs.readFile', { path: '/etc/passwd' }));
  expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
  const bad = await win.evaluate(() => (window as unknown as { api: Bridge }).api.invoke('reports.list', { limit: -5 }));
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
});

test('imports corpus files by path with progress events, then lists them', async () => {
  const files = [join(DOCS, 'pingtan-2016.html'), join(DOCS, 'huaian-2024.docx')];
  const last = await win.evaluate(async (paths) => {
    const api = (window as unknown as { api: Bridge }).api;
    return new Promise<unknown>((done) => {
      const off = api.on('import.progress', (p) => {
        if ((p as { finished: boolean }).finished) {
          off();
          done(p);
        }
      });
      void api.invoke('import.start', { paths });
    });
  }, files);
  expect(last).toMatchObject({ finished: true, imported: 2 });
  const list = await win.evaluate(() => (window as unknown as { api: Bridge }).api.invoke('reports.list', {}));
  expect(list).toMatchObject({ ok: true, data: { total: 2 } });
});

test('denies window.open and navigation away from the app', async () => {
  await win.evaluate(() => window.open('https://example.com'));
  await win.evaluate(() => { window.location.href = 'https://example.com'; });
  await win.waitForTimeout(500);
  expect(win.url()).toMatch(/^app:\/\/renderer\//);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('has the Chinese application menu', async () => {
  const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((i) => ({ label: i.label, items: i.submenu?.items.map((s) => s.label).filter(Boolean) })));
  const file = labels.find((l) => l.label === '文件')!;
  expect(file.items).toEqual(['导入文件…', '导入文件夹…', '导出汇总表…', '退出']);
  expect(labels.map((l) => l.label)).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']));
  expect(labels.find((l) => l.label === '帮助')!.items).toEqual(['快捷键', '关于']);
});
