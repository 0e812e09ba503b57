import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectFiles, isSkippedName } from '../../../src-main/core/import/collect-files.js';
import { tempDir } from '../../helpers/temp-db.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('collectFiles', () => {
  it('walks folders recursively, classifies by extension, skips lock/hidden/system files, survives symlink loops', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const d = t.dir;
    mkdirSync(join(d, 'a', 'b'), { recursive: true });
    mkdirSync(join(d, '.git'));
    for (const f of ['r1.txt', 'a/r2.HTML', 'a/b/r3.docx', 'a/b/r4.htm', 'a/old.doc', 'a/scan.pdf', '~$r3.docx', '.DS_Store', 'Thumbs.db', 'desktop.ini', '.hidden.txt', '.git/x.txt']) {
      writeFileSync(join(d, f), 'x');
    }
    symlinkSync(d, join(d, 'a', 'loop'));
    const c = collectFiles([d, join(d, 'r1.txt'), join(d, 'nope')]);
    expect(c.files.map((f) => [f.path.slice(d.length + 1), f.kind])).toEqual([
      ['a/b/r3.docx', 'docx'],
      ['a/b/r4.htm', 'html'],
      ['a/r2.HTML', 'html'],
      ['r1.txt', 'txt'],
    ]);
    expect(c.unsupported.map((p) => p.slice(d.length + 1)).sort()).toEqual(['a/old.doc', 'a/scan.pdf']);
    expect(c.missing).toEqual([{ file: join(d, 'nope'), error: '文件或文件夹不存在' }]);
  });

  it('knows the names to skip', () => {
    for (const n of ['~$报告.docx', '.DS_Store', 'Thumbs.db', 'THUMBS.DB', 'desktop.ini', '.git']) expect(isSkippedName(n)).toBe(true);
    for (const n of ['报告.docx', 'a.txt']) expect(isSkippedName(n)).toBe(false);
  });
});
