import { describe, expect, it } from 'vitest';
import { checkTablePresence } from '../../../src-main/core/validate/table-presence.js';
import { CLEAN_DOCS, goldReport } from './helpers.js';
import type { ReportForCheck } from '../../../src-main/core/validate/types.js';

const without = (r: ReportForCheck, prefix: string): ReportForCheck => ({
  ...r,
  fields: Object.fromEntries(Object.entries(r.fields).filter(([k]) => !k.startsWith(prefix))),
});

describe('TABLE-MISSING', () => {
  it.each(CLEAN_DOCS)('%s: all three tables and their rows', (doc) => {
    expect(checkTablePresence(goldReport(doc))).toEqual([]);
  });

  it('a missing table fires once, naming it', () => {
    const f = checkTablePresence(without(goldReport('pingtan-2021.txt'), 't4.'));
    expect(f).toEqual([expect.objectContaining({ ruleId: 'TABLE-MISSING', severity: 'error', keys: ['table.t4'] })]);
    expect(f[0].message).toContain('缺少表四');
  });

  it('a missing row fires with its keys', () => {
    const f = checkTablePresence(without(goldReport('pingtan-2021.txt'), 't3.withheld.secret.'));
    expect(f).toHaveLength(1);
    expect(f[0].keys).toHaveLength(7);
    expect(f[0].message).toContain('"三（三）不予公开 1.属于国家秘密"');
  });

  it('a 2021 report carrying the 2019 single （六）其他处理 row lacks the three 2021 rows', () => {
    const r = goldReport('pingtan-2019.txt');
    const f = checkTablePresence({ ...r, format: '2021' });
    expect(f.some((x) => x.keys.includes('t3.other.no_correction.total'))).toBe(true);
  });

  it('a row the extractor could not read is not called missing: the finding quotes the extractor\'s note', () => {
    const r = without(without(goldReport('pingtan-2021.txt'), 't2.normative.'), 't3.withheld.secret.');
    const note = { keys: ['t2.normative.issued', 't2.normative.repealed', 't2.normative.in_force'], message: '表二“行政规范性文件”一行未提取：数字连写（693665）' };
    const f = checkTablePresence({ ...r, notes: [note] });
    expect(f.map((x) => x.message)).toEqual([
      '表二有 1 行未能自动读取（"行政规范性文件"）：表二“行政规范性文件”一行未提取：数字连写（693665）。请对照原文填写',
      expect.stringMatching(/^表三缺少2021年格式的 1 行："三（三）不予公开 1.属于国家秘密"$/),
    ]);
    expect(f[0].keys).toEqual(note.keys);
    expect(f.every((x) => x.ruleId === 'TABLE-MISSING' && x.severity === 'error')).toBe(true);
  });

  it('a table the extractor saw but could not read at all says so', () => {
    const r = without(goldReport('pingtan-2021.txt'), 't4.');
    const note = { keys: ['t4.suit_direct.upheld', 't4.suit_after.upheld'], message: '表四“行政诉讼”两组数字无法分辨' };
    const f = checkTablePresence({ ...r, notes: [note] });
    expect(f).toEqual([expect.objectContaining({ keys: ['table.t4'], message: '表四未能自动读取：表四“行政诉讼”两组数字无法分辨。请对照原文填写' })]);
  });

  it('pre-2019 reports have no such tables', () => {
    expect(checkTablePresence(goldReport('003_323c5264ff0b08ab.txt'))).toEqual([]);
  });
});
