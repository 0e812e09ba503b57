// `nianbao import` end to end: the built CLI (bin/nianbao.js → out/cli, bundled parse workers) imports real
// corpus files and bad files into a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DOCS_DIR, ORIGINALS_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-db.js';

const BIN = join(PROJECT_DIR, 'bin', 'nianbao.js');
let dir: { dir: string; cleanup: () => void };

function cli(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: PROJECT_DIR, encoding: 'utf8', env: { ...process.env, NIANBAO_DB: '' } });
}

function lastJson(stdout: string) {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as { imported: number; duplicates: number; unsupported: number; failed: Array<{ file: string; error: string }> };
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build:cli'], { cwd: PROJECT_DIR, stdio: 'ignore' });
  dir = tempDir();
}, 180_000);

afterAll(() => dir?.cleanup());

describe('nianbao import', () => {
  it('imports the corpus folder with the bundled workers, then finds every file a duplicate', () => {
    const db = join(dir.dir, 'corpus.db');
    const r = cli('import', DOCS_DIR, ORIGINALS_DIR, '--db', db, '--json');
    expect(r.status, r.stderr).toBe(0);
    const n = readdirSync(DOCS_DIR).length + 1;
    expect(lastJson(r.stdout)).toEqual({ imported: n, duplicates: 0, unsupported: 1, failed: [] });
    expect(r.stdout).toContain(`新导入：${n} 份`);
    expect(r.stdout).toContain('huaian-2024.pdf');
    const again = cli('import', DOCS_DIR, '--db', db, '--json');
    expect(again.status).toBe(0);
    expect(lastJson(again.stdout)).toMatchObject({ imported: 0, duplicates: n - 1 });
    const conn = new Database(db, { readonly: true });
    try {
      expect((conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(n);
      expect((conn.prepare('SELECT count(*) AS n FROM document_paths').get() as { n: number }).n).toBe(n);
    } finally {
      conn.close();
    }
  }, 180_000);

  it('reports per-file failures in Chinese and still exits 0', () => {
    const work = join(dir.dir, 'bad');
    mkdirSync(work);
    copyFileSync(join(DOCS_DIR, 'pingtan-2023.html'), join(work, 'ok.html'));
    writeFileSync(join(work, 'broken.docx'), readFileSync(join(DOCS_DIR, 'huaian-2024.docx')).subarray(0, 3000));
    writeFileSync(join(work, 'empty.txt'), '');
    writeFileSync(join(work, 'slides.pptx'), 'x');
    const db = join(dir.dir, 'bad.db');
    const r = cli('import', work, '--db', db, '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = lastJson(r.stdout);
    expect(out.imported).toBe(1);
    expect(out.unsupported).toBe(1);
    expect(out.failed.map((f) => f.file).sort()).toEqual([join(work, 'broken.docx'), join(work, 'empty.txt')]);
    expect(out.failed.find((f) => f.file.endsWith('broken.docx'))!.error).toContain('不是有效的 Word 文档（.docx）');
    // the text summary (without --json) names the file and the reason
    const text = cli('import', join(work, 'empty.txt'), '--db', db);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('失败：1 个');
    expect(text.stdout).toContain(`${join(work, 'empty.txt')}：文件为空`);
    expect(text.stderr).toBe(''); // no progress bar when stderr is not a TTY
  }, 120_000);

  it('exit 2 for bad usage and for an unusable database', () => {
    const noPaths = cli('import', '--db', join(dir.dir, 'x.db'));
    expect(noPaths.status).toBe(2);
    expect(noPaths.stderr).toContain('请指定要导入的文件或文件夹');
    const notDb = join(dir.dir, 'not-a-db.db');
    writeFileSync(notDb, '这不是数据库'.repeat(200));
    const bad = cli('import', join(DOCS_DIR, 'web-005.txt'), '--db', notDb);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('数据库');
    const unknown = cli('import', DOCS_DIR, '--frobnicate');
    expect(unknown.status).toBe(2);
  });
});
