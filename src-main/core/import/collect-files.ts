// Inputs (files and folders, folders recursively) → the files to import, the unsupported ones, and the
// paths that could not be read. Word lock files (~$…), hidden files and system files are skipped silently.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { SourceKind } from '../document.js';
import { kindOf } from './parse-file.js';

export interface CollectedFile {
  path: string;
  name: string;
  kind: SourceKind;
}

export interface Collected {
  files: CollectedFile[];
  unsupported: string[];
  missing: Array<{ file: string; error: string }>;
}

const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '.ds_store', 'ehthumbs.db', 'icon\r']);

export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());
}

export function collectFiles(inputs: string[]): Collected {
  const out: Collected = { files: [], unsupported: [], missing: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = (path: string) => {
    const name = basename(path);
    if (isSkippedName(name) || seenFiles.has(path)) return;
    seenFiles.add(path);
    const kind = kindOf(name);
    if (kind) out.files.push({ path, name, kind });
    else out.unsupported.push(path);
  };
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return; // symlink loops
    seenDirs.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.missing.push({ file: dir, error: `无法读取文件夹：${(e as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (isSkippedName(e.name)) continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) walk(p);
      else if (isFile) addFile(p);
    }
  };
  for (const input of inputs) {
    const path = resolve(input);
    let st;
    try {
      st = statSync(path);
    } catch {
      out.missing.push({ file: input, error: '文件或文件夹不存在' });
      continue;
    }
    if (st.isDirectory()) walk(path);
    else addFile(path);
  }
  return out;
}
