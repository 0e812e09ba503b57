// Electron main process: app lifecycle and the one window. The only place that creates a BrowserWindow.
// Security: contextIsolation + sandbox on, no nodeIntegration, CSP on every page, window.open and navigation
// denied, permissions denied, every IPC call's sender checked (ipc/index.ts), single instance.
import { app, BrowserWindow, ipcMain, screen, session, shell, Menu } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, resolveDbPath, DatabaseError, type Db } from './core/db/open.js';
import { createService, type Service } from './core/service.js';
import { IPC_EVENT_CHANNEL } from './shared/contract.js';
import { registerIpc } from './ipc/index.js';
import { originOf } from './ipc/sender.js';
import { buildMenu } from './app/menu.js';
import { readWindowState, writeWindowState, type WindowState } from './app/window-state.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app/protocol.js';

const here = dirname(fileURLToPath(import.meta.url));
const devUrl = process.env.ELECTRON_RENDERER_URL;

let win: BrowserWindow | null = null;
let service: Service | null = null;
let db: Db | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.whenReady().then(start).catch((e: unknown) => {
    console.error(e);
    app.exit(1);
  });
}

function stateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}

async function start(): Promise<void> {
  // Deny every permission (camera, notifications, …): the app needs none.
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, done) => done(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(join(here, '..', 'renderer'));

  const dbPath = resolveDbPath();
  try {
    db = openDatabase(dbPath);
  } catch (e) {
    const { dialog } = await import('electron');
    dialog.showErrorBox('无法打开数据库', e instanceof DatabaseError ? e.message : String(e));
    app.exit(2);
    return;
  }
  service = createService({
    db,
    dbPath,
    mode: 'electron',
    version: app.getVersion(),
    importOptions: { workerPath: join(here, 'parse-worker.js') },
  });
  service.subscribe((event, payload) => win?.webContents.send(IPC_EVENT_CHANNEL, event, payload));

  const trustedOrigins = [APP_ORIGIN, ...(devUrl ? [originOf(devUrl)] : [])];
  registerIpc(ipcMain, { service, window: () => win, trustedOrigins });
  Menu.setApplicationMenu(buildMenu((payload) => win?.webContents.send(IPC_EVENT_CHANNEL, 'app.menu', payload), () => win));

  createWindow(trustedOrigins);
  app.on('activate', () => {
    if (!win) createWindow(trustedOrigins);
  });
}

function createWindow(trustedOrigins: readonly string[]): void {
  const state = readWindowState(stateFile(), screen.getAllDisplays().map((d) => d.workArea));
  win = new BrowserWindow({
    ...(state.x !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '年报审核台',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(here, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());

  const wc = win.webContents;
  // No new windows; http(s) links open in the system browser.
  wc.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  wc.on('will-navigate', (e, url) => {
    if (!trustedOrigins.includes(originOf(url))) e.preventDefault();
  });
  wc.on('will-redirect', (e, url) => {
    if (!trustedOrigins.includes(originOf(url))) e.preventDefault();
  });
  wc.on('will-attach-webview', (e) => e.preventDefault());

  let saved: WindowState = state;
  const remember = () => {
    if (!win || win.isDestroyed()) return;
    const maximized = win.isMaximized();
    const b = maximized ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : win.getBounds();
    saved = { x: b.x, y: b.y, width: b.width, height: b.height, maximized };
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('close', () => {
    remember();
    writeWindowState(stateFile(), saved);
  });
  win.on('closed', () => {
    win = null;
  });

  void (devUrl ? win.loadURL(devUrl) : win.loadURL(`${APP_ORIGIN}/index.html`));
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let quitting = false;
app.on('will-quit', (e) => {
  if (quitting || !service) {
    db?.close();
    return;
  }
  // Let a running import stop after its current file (it writes whole files only), then close the database.
  e.preventDefault();
  quitting = true;
  void service.close().finally(() => {
    db?.close();
    db = null;
    app.quit();
  });
});
