// `nianbao extract` through the real built CLI (bin/nianbao.js → out/cli/nianbao.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR, PROJECT_DIR } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-db.js';

const BIN = join(PROJECT_DIR, 'bin', 'nianbao.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_DIR });

const temp = tempDir();
afterAll(() => temp.cleanup());

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: PROJECT_DIR, stdio: 'pipe' });
}, 120_000);

describe('nianbao extract', () => {
  it('prints one JSON line per file and goes on after bad files', () => {
    const dir = temp.dir;
    const bad = join(dir, '坏文件.txt');
    writeFileSync(bad, '');
    const files = [join(DOCS_DIR, '004_43d0b42a4a6d771f.txt'), join(dir, 'missing.txt'), bad, join(dir, 'x.pdf'), join(DOCS_DIR, 'pingtan-2016.html')];
    const r = run(['extract', '--json', ...files]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines.map((l) => l.ok)).toEqual([true, false, false, false, true]);
    for (const l of lines.filter((x) => !x.ok)) expect(l.error).toMatch(/[\u4e00-\u9fff]/);

    const [doc004, , , , pingtan] = lines;
    expect(doc004).toMatchObject({ format: '2021', fields: { agency: '芙蓉街道', year: 2021, published: '2022-01-25', format: '2021' } });
    expect(doc004.sources.published.text).toBe('2022-01-25');
    expect(Object.keys(doc004.fields).filter((k) => k.startsWith('t3.')).length).toBeGreaterThan(100);
    expect(Array.isArray(doc004.findings)).toBe(true);
    expect(doc004.findings.length).toBeGreaterThan(0); // the page is tampered (365体育投注)
    expect(pingtan).toMatchObject({ format: 'pre2019', fields: { 'stat.proactive': 3460 } });
  });

  it('marks approximate figures and points sources at the figures', () => {
    const f = join(temp.dir, 'r.txt');
    writeFileSync(f, '某某乡2016年政府信息公开工作年度报告\n一、概述\n2016年,我乡共主动公开政府信息四十余条。\n2016年未收到政府信息公开申请。\n');
    const [line] = run(['extract', '--json', f]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(line.fields).toMatchObject({ agency: '某某乡', year: 2016, format: 'pre2019', 'stat.proactive': 40, 'stat.apply.received': 0 });
    expect(line.approx).toEqual({ 'stat.proactive': true });
    expect(line.sources['stat.proactive'].text).toBe('四十');
  });

  it('prints a Chinese summary without --json', () => {
    const r = run(['extract', join(DOCS_DIR, '001_e37cf357f63797f5.txt'), '/nonexistent/a.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('报告主体：钟楼区');
    expect(r.stdout).toContain('旧条例时期格式');
    expect(r.stdout).toContain('无法处理：文件不存在');
  });

  it('asks for files when given none', () => {
    const r = run(['extract']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('请指定要提取的文件');
  });
});
