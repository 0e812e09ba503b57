// How every command opens the database: --db wins, then NIANBAO_DB, then the user-data folder.
// A DatabaseError (missing, unusable or too new) propagates to cli.ts, which prints it and exits 2.
import { existsSync } from 'node:fs';
import { DatabaseError, openDatabase, resolveDbPath, type Db } from '../core/db/open.js';

export function openCliDatabase(
  dbOption: string | boolean | undefined,
  options: { mustExist?: boolean } = {},
): { db: Db; dbPath: string } {
  const dbPath = resolveDbPath(typeof dbOption === 'string' ? dbOption : undefined);
  if (options.mustExist && !existsSync(dbPath)) throw new DatabaseError(`数据库文件不存在：${dbPath}`);
  return { db: openDatabase(dbPath), dbPath };
}
