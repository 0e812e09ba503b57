import { afterEach, describe, expect, it } from 'vitest';
import { BatchWriter } from '../../../src-main/core/import/batch-writer.js';
import { tempDb } from '../../helpers/temp-db.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const errorsCount = (db: ReturnType<typeof tempDb>['db']) => (db.prepare('SELECT count(*) AS n FROM import_errors').get() as { n: number }).n;

describe('BatchWriter', () => {
  it('keeps each write atomic: a failing one leaves nothing, the others are committed together', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const lost: string[] = [];
    const w = new BatchWriter<number>(t.db, (l) => lost.push(...l.map((x) => x.label)));
    const ins = t.db.prepare("INSERT INTO import_errors (path, error, at) VALUES (?, 'e', 'now')");
    w.write('a', () => Number(ins.run('a').lastInsertRowid));
    expect(() =>
      w.write('b', () => {
        ins.run('b');
        throw new Error('half-way');
      }),
    ).toThrow('half-way');
    w.write('c', () => Number(ins.run('c').lastInsertRowid));
    expect(t.db.inTransaction).toBe(true);
    w.commit();
    expect(t.db.inTransaction).toBe(false);
    expect((t.db.prepare('SELECT path FROM import_errors ORDER BY id').all() as { path: string }[]).map((r) => r.path)).toEqual(['a', 'c']);
    expect(lost).toEqual([]);
  });

  it('commits on its own after maxMs', async () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const w = new BatchWriter<void>(t.db, () => {}, 20);
    w.write('a', () => {
      t.db.prepare("INSERT INTO import_errors (path, error, at) VALUES ('a', 'e', 'now')").run();
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(t.db.inTransaction).toBe(false);
    expect(errorsCount(t.db)).toBe(1);
  });

  it('reports every file of a group whose commit fails, and rolls the group back', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    let lost: string[] = [];
    const w = new BatchWriter<void>(t.db, (l, e) => {
      lost = l.map((x) => x.label);
      expect(String(e)).toContain('FOREIGN KEY');
    });
    t.db.pragma('defer_foreign_keys = ON');
    w.write('ok', () => {
      t.db.prepare("INSERT INTO import_errors (path, error, at) VALUES ('ok', 'e', 'now')").run();
    });
    // a dangling reference is only detected at COMMIT under deferred foreign keys
    w.write('bad', () => {
      t.db.prepare("INSERT INTO document_paths (document_id, path, added_at) VALUES (999, 'x', 'now')").run();
    });
    w.commit();
    expect(lost).toEqual(['ok', 'bad']);
    expect(t.db.inTransaction).toBe(false);
    expect(errorsCount(t.db)).toBe(0);
  });
});

describe('BatchWriter hooks', () => {
  it('runs afterBegin first in each group and beforeCommit inside it, just before COMMIT; a failing beforeCommit loses the group', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    const seen: string[] = [];
    let failNext = false;
    const w = new BatchWriter<void>(t.db, (lost) => seen.push(`lost:${lost.map((l) => l.label).join(',')}`), 1000, {
      afterBegin: () => seen.push(`begin:${t.db.inTransaction}`),
      beforeCommit: () => {
        seen.push(`before:${t.db.inTransaction}`);
        // work deferred to the group is part of it: written here, kept or lost with it
        t.db.prepare("INSERT INTO import_errors (path, error, at) VALUES ('group', 'e', 'now')").run();
        if (failNext) throw new Error('disk full');
      },
    });
    w.write('a', () => {});
    w.write('b', () => {});
    w.commit();
    expect(seen).toEqual(['begin:true', 'before:true']);
    expect(errorsCount(t.db)).toBe(1);
    failNext = true;
    w.write('c', () => {
      t.db.prepare("INSERT INTO import_errors (path, error, at) VALUES ('c', 'e', 'now')").run();
    });
    w.commit();
    expect(seen).toEqual(['begin:true', 'before:true', 'begin:true', 'before:true', 'lost:c']);
    expect(errorsCount(t.db)).toBe(1); // neither 'c' nor the second 'group' row
    expect(t.db.inTransaction).toBe(false);
  });

  it('a group whose afterBegin fails is rolled back before any file is written, and the error is the write\'s', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    let fail = true;
    const w = new BatchWriter<void>(t.db, () => {}, 1000, {
      afterBegin: () => {
        if (fail) throw new Error('locked');
      },
    });
    expect(() => w.write('a', () => {
      t.db.prepare("INSERT INTO import_errors (path, error, at) VALUES ('a', 'e', 'now')").run();
    })).toThrow('locked');
    expect(t.db.inTransaction).toBe(false);
    fail = false;
    w.write('b', () => {
      t.db.prepare("INSERT INTO import_errors (path, error, at) VALUES ('b', 'e', 'now')").run();
    });
    w.commit();
    expect((t.db.prepare('SELECT path FROM import_errors').all() as { path: string }[]).map((r) => r.path)).toEqual(['b']);
  });
});
