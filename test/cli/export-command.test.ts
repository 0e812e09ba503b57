// `nianbao export` end to end: the built CLI (npm run build:cli) run as a child process against a real
// database of corpus reports imported with the import service, then the workbook read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src-main/core/db/open.js';
import { addCorrection } from '../../src-main/core/db/fields-repo.js';
import { importPaths } from '../../src-main/core/import/import-service.js';
import { decideReport } from '../../src-main/core/db/reports-repo.js';
import { DOCS_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-db.js';
import { FIELD_SHEETS, cellValue, dataRows, expectFieldSheet, expectTable3Sheet, readBook, sheet } from '../core/export/workbook-oracle.js';

let dir: string;
let cleanup: () => void;
let dbPath: string;
const ids: Record<string, number> = {};

function nianbao(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.NIANBAO_DB;
  const r = spawnSync(process.execPath, [join(PROJECT_DIR, 'bin', 'nianbao.js'), ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: PROJECT_DIR, encoding: 'utf8', timeout: 120_000 });
  expect(build.status, build.stderr).toBe(0);
  ({ dir, cleanup } = tempDir());
  dbPath = join(dir, 'nianbao.db');
  const db: Db = openDatabase(dbPath);
  const files = ['huaian-2024.docx', 'pingtan-2019.html', '003_323c5264ff0b08ab.txt', 'pingtan-2023.html'];
  const summary = await importPaths(db, files.map((f) => join(DOCS_DIR, f)), { workers: 0 });
  expect(summary.imported).toBe(files.length);
  for (const row of db.prepare('SELECT document_id, file_name FROM reports').all() as Array<{ document_id: number; file_name: string }>) {
    ids[row.file_name] = row.document_id;
  }
  for (const f of ['huaian-2024.docx', 'pingtan-2019.html', '003_323c5264ff0b08ab.txt']) {
    decideReport(db, ids[f], 'approve', { reviewer: '李审核', at: '2026-02-01T01:30:00.000Z' });
  }
  // pingtan-2023 stays 待审核
  addCorrection(db, { documentId: ids['huaian-2024.docx'], key: 't3.new.natural', value: 4321, reviewer: '张审核' });
  db.close();
});

afterAll(() => cleanup?.());

const summaryIds = async (file: string) => {
  const ws = sheet(await readBook(file), '汇总');
  return dataRows(ws, 2).map((r) => cellValue(ws, r, 1) as number).sort((a, b) => a - b);
};

describe('nianbao export', () => {
  it('exports the approved reports by default and says how many and where', async () => {
    const out = join(dir, '汇总.xlsx');
    const r = nianbao('export', '--db', dbPath, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('已导出 3 份报告');
    expect(r.stdout).toContain(out);
    expect(await summaryIds(out)).toEqual([ids['huaian-2024.docx'], ids['pingtan-2019.html'], ids['003_323c5264ff0b08ab.txt']].sort((a, b) => a - b));

    // every sheet holds the reviewed values of the imported, extracted reports; the correction included
    const db = openDatabase(dbPath);
    const wb = await readBook(out);
    const ws = sheet(wb, '表三');
    expect(expectTable3Sheet(ws, db)).toEqual([ids['huaian-2024.docx'], ids['pingtan-2019.html']].sort((a, b) => a - b));
    const row = dataRows(ws, 2).find((r) => cellValue(ws, r, 1) === ids['huaian-2024.docx'] && String(cellValue(ws, r, 5)).startsWith('一、'))!;
    expect(cellValue(ws, row, 6)).toBe(4321);
    for (const spec of FIELD_SHEETS) {
      const got = expectFieldSheet(sheet(wb, spec.name), db, spec);
      expect(got.length, spec.name).toBe(spec.formats.includes('pre2019') ? 1 : 2);
    }
    db.close();
  });

  it('--all, --year and --status select the reports', async () => {
    const all = join(dir, 'all.xlsx');
    expect(nianbao('export', '--db', dbPath, '--out', all, '--all').status).toBe(0);
    expect(await summaryIds(all)).toEqual(Object.values(ids).sort((a, b) => a - b));

    const y = join(dir, 'y.xlsx');
    const ry = nianbao('export', '--db', dbPath, '--out', y, '--year', '2024');
    expect(ry.status, ry.stderr).toBe(0);
    expect(await summaryIds(y)).toEqual([ids['huaian-2024.docx']]);

    const p = join(dir, 'p.xlsx');
    expect(nianbao('export', '--db', dbPath, '--out', p, '--status', '待审核').status).toBe(0);
    expect(await summaryIds(p)).toEqual([ids['pingtan-2023.html']]);
    const p2 = join(dir, 'p2.xlsx');
    expect(nianbao('export', '--db', dbPath, '--out', p2, '--status', 'pending').status).toBe(0);
    expect(await summaryIds(p2)).toEqual([ids['pingtan-2023.html']]);
  });

  it('nothing to export: exit 1, a Chinese message with what the database holds, no file', () => {
    const out = join(dir, 'none.xlsx');
    const r = nianbao('export', '--db', dbPath, '--out', out, '--year', '1990');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('没有可导出的报告');
    expect(r.stderr).toContain('1990');
    expect(existsSync(out)).toBe(false);
  });

  it('bad usage exits 2', () => {
    const out = join(dir, 'x.xlsx');
    for (const args of [
      ['export', '--db', dbPath],
      ['export', '--db', dbPath, '--out', join(dir, 'x.csv')],
      ['export', '--db', dbPath, '--out', out, '--year', '24'],
      ['export', '--db', dbPath, '--out', out, '--status', 'done'],
      ['export', '--db', dbPath, '--out', out, '--all', '--status', 'approved'],
      ['export', '--db', dbPath, '--out', out, '--bogus'],
      ['export', '--db', dbPath, '--out', out, 'extra'],
    ]) {
      const r = nianbao(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('an unusable or missing database exits 2 with a message', () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, '这不是数据库'.repeat(200));
    const r = nianbao('export', '--db', junk, '--out', join(dir, 'j.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/数据库/);
    const missing = nianbao('export', '--db', join(dir, 'nope.db'), '--out', join(dir, 'n.xlsx'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('数据库文件不存在');
    expect(existsSync(join(dir, 'nope.db'))).toBe(false);
  });
});
