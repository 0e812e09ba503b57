// `nianbao check` end to end: the built CLI imports real corpus files into a real database, then lists the
// findings of every report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-db.js';

const BIN = join(PROJECT_DIR, 'bin', 'nianbao.js');
let dir: { dir: string; cleanup: () => void };
let db: string;

function cli(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: PROJECT_DIR, encoding: 'utf8', env: { ...process.env, NIANBAO_DB: '' } });
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build:cli'], { cwd: PROJECT_DIR, stdio: 'ignore' });
  dir = tempDir();
  db = join(dir.dir, 'nianbao.db');
  const files = ['003_323c5264ff0b08ab.txt', '004_43d0b42a4a6d771f.txt', 'pingtan-2021.html'].map((f) => join(DOCS_DIR, f));
  const r = cli('import', ...files, '--db', db);
  expect(r.status, r.stderr).toBe(0);
}, 180_000);

afterAll(() => dir?.cleanup());

describe('nianbao check', () => {
  it('--json: one object per report with its findings', () => {
    const r = cli('check', '--db', db, '--json');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; file: string; agency: string; year: number; findings: { ruleId: string; severity: string; keys: string[]; message: string; fingerprint: string }[] });
    expect(lines).toHaveLength(3);
    const byFile = Object.fromEntries(lines.map((l) => [l.file, l]));
    const rules = (f: string) => byFile[f].findings.map((x) => x.ruleId);
    expect(rules('003_323c5264ff0b08ab.txt')).toEqual(expect.arrayContaining(['STAT-CHANNEL-SUM', 'STAT-UNANSWERED']));
    expect(rules('004_43d0b42a4a6d771f.txt')).toContain('TAMPERED-CONTENT');
    expect(byFile['pingtan-2021.html'].findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(byFile['004_43d0b42a4a6d771f.txt']).toMatchObject({ year: 2021 });
    const f = byFile['003_323c5264ff0b08ab.txt'].findings.find((x) => x.ruleId === 'STAT-CHANNEL-SUM')!;
    expect(f.fingerprint).toBe(`STAT-CHANNEL-SUM:${[...f.keys].sort().join(',')}`);
  });

  it('text: a Chinese block per report', () => {
    const r = cli('check', '--db', db);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('[错误] TAMPERED-CONTENT');
    expect(r.stdout).toContain('统计表"收到申请数"：收到申请数为 3');
    expect(r.stdout).toMatch(/共 3 份报告/);
  });

  it('--recheck re-runs the checks and lists the same findings', () => {
    const before = cli('check', '--db', db, '--json').stdout;
    const after = cli('check', '--db', db, '--json', '--recheck');
    expect(after.status).toBe(0);
    expect(after.stdout).toBe(before);
  });

  it('exit 2 for a missing or unusable database, and for bad usage', () => {
    expect(cli('check', '--db', join(dir.dir, 'none.db')).status).toBe(2);
    const junk = join(dir.dir, 'junk.db');
    writeFileSync(junk, '这不是数据库'.repeat(200));
    const r = cli('check', '--db', junk);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/数据库/);
    expect(cli('check', '--db', db, 'extra').status).toBe(2);
  });
});
