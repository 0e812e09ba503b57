// Prepared statements cached per connection: imports, re-checks and the list run the same SQL thousands
// of times, and preparing a statement each time cost more than running it. Never switch a cached statement
// to .pluck(), .raw() or .expand(): the mode sticks to it for every other caller of the same SQL.
import type Database from 'better-sqlite3';
import type { Db } from './open.js';

export type Stmt = Database.Statement<unknown[]>;

const cache = new WeakMap<Db, Map<string, Stmt>>();

export function stmt(db: Db, sql: string): Stmt {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let st = m.get(sql);
  if (!st) m.set(sql, (st = db.prepare<unknown[]>(sql)));
  return st;
}
