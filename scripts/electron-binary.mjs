// Where the Electron executable is, without requiring the electron package (which would try to download
// the binary on these machines). Returns null when there is none. Shared by start.mjs and the e2e tests.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PLATFORM_BINARY = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };

export function findElectronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(pkgDir, 'path.txt');
  const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : PLATFORM_BINARY[process.platform] ?? 'electron';
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist');
  const full = join(dist, rel);
  return existsSync(full) ? full : null;
}
