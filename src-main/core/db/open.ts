import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import { settleTextIndex } from './text-index.js';

export type Db = Database.Database;

export class DatabaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

/** The OS user-data folder Electron would use for an app named nianbao-desk. */
export function userDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'nianbao-desk');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'nianbao-desk');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'nianbao-desk');
}

/** --db wins, then NIANBAO_DB, then the user-data folder. */
export function resolveDbPath(explicit?: string): string {
  return explicit ?? process.env.NIANBAO_DB ?? join(userDataDir(), 'nianbao.db');
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new DatabaseError(`数据库版本（${current}）比本程序支持的版本（${latest}）新，请升级年报审核台。`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** Opens (creating if needed) and migrates the database. Throws DatabaseError with a Chinese message. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new DatabaseError(`无法打开数据库文件 ${path}：${(e as Error).message}`, { cause: e });
  }
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      migrate(db);
      settleTextIndex(db);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof DatabaseError) throw e;
    throw new DatabaseError(`数据库文件 ${path} 不可用（可能不是年报审核台的数据库或已损坏）：${(e as Error).message}`, { cause: e });
  }
}
