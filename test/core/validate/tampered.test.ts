import { describe, expect, it } from 'vitest';
import { checkTampered } from '../../../src-main/core/validate/tampered.js';
import { CLEAN_DOCS, goldReport } from './helpers.js';

describe('TAMPERED-CONTENT', () => {
  it.each([...CLEAN_DOCS, '001_e37cf357f63797f5.txt', '003_323c5264ff0b08ab.txt', 'pingtan-2016.txt'])('%s: genuine text', (doc) => {
    expect(checkTampered(goldReport(doc))).toEqual([]);
  });

  it('004: gambling spam replaced the district name; the finding quotes it', () => {
    const f = checkTampered(goldReport('004_43d0b42a4a6d771f.txt'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'TAMPERED-CONTENT', severity: 'error' });
    expect(f[0].message).toContain('地名或网站名被替换');
    expect(f[0].quote).toContain('365体育投注:芙蓉街道');
  });

  it('000: mirror-site pinyin and adult spam after the footer', () => {
    const f = checkTampered(goldReport('000_28c6ce0be4e3de16.txt'));
    expect(f[0].message).toMatch(/镜像站拼音注音 \d+ 处/);
    expect(f[0].message).toContain('赌博/色情垃圾内容');
    expect(f[0].quote).toContain('(wǎng)');
  });

  it('toneless pinyin 政(zheng)府(fu) counts; one bracketed word does not', () => {
    const base = goldReport('pingtan-2021.txt');
    expect(checkTampered({ ...base, text: base.text + '\n政(zheng)府(fu)信(xin)息公开' })).toHaveLength(1);
    expect(checkTampered({ ...base, text: base.text + '\n网站(www)' })).toEqual([]);
  });
});
