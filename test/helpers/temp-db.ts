// A real SQLite file in a fresh temp directory, removed after the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src-main/core/db/open.js';

export function tempDir(prefix = 'nianbao-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempDb(): { db: Db; path: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'nianbao.db');
  const db = openDatabase(path);
  return { db, path, cleanup: () => { db.close(); cleanup(); } };
}
