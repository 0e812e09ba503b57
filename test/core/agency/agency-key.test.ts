import { describe, expect, it } from 'vitest';
import { agencyKey } from '../../../src-main/core/agency/agency-key.js';
import { loadGolds } from '../../helpers/corpus.js';

describe('agencyKey', () => {
  it.each([
    ['平潭综合实验区', ['平潭综合实验区管委会', '平潭综合实验区管理委员会', '平潭综合实验区党工委管委会', '福州市平潭综合实验区', '福建省福州市平潭综合实验区管委会']],
    ['芙蓉街道办事处', ['芙蓉街道', '常德市武陵区芙蓉街道办事处', '武陵区芙蓉街道办事处']],
    ['柳北区人民政府', ['柳北区政府', '柳北区', '柳州市柳北区人民政府']],
    ['福州市晋安区人民政府', ['晋安区', '福州市晋安区', '晋安区人民政府']],
    ['新华街道办事处', ['新华街道', '通州区新华街道办事处', '北京市通州区新华街道办事处']],
    ['重庆市永川区市场监督管理局', ['永川区市场监督管理局', '永川区市场监管局']],
    ['漳州市卫生健康委员会', ['漳州市卫生健康委', '漳州市卫健委']],
    ['兴县人民政府', ['兴县', '兴县政府', '吕梁市兴县人民政府']],
    ['嘉兴市人民政府办公室', ['嘉兴市政府办公室']],
  ])('%s matches its variants', (name, variants) => {
    const key = agencyKey(name);
    expect(key).not.toBeNull();
    for (const v of variants) expect(agencyKey(v), v).toBe(key);
  });

  it('keeps different bodies apart', () => {
    expect(agencyKey('淮安市人民政府')).not.toBe(agencyKey('淮安市人民政府办公室'));
    expect(agencyKey('柳州市公安局')).not.toBe(agencyKey('青岛市公安局'));
    expect(agencyKey('黄龙县市场监督管理局')).toBe('黄龙县市场监督管理局');
    expect(agencyKey('济南市市中区人民政府')).toBe('市中区');
  });

  it('how a report refers to itself is no name', () => {
    for (const s of ['我局', '本单位', '我区', '县政府', '', null, undefined]) expect(agencyKey(s)).toBeNull();
  });

  it('traditional characters and spaces do not matter', () => {
    expect(agencyKey('柳北區 人民政府')).toBe(agencyKey('柳北区人民政府'));
  });

  it('over the gold labels: most aliases that are names share the agency\'s key', () => {
    let same = 0;
    let total = 0;
    for (const g of loadGolds()) {
      const name = g.fields.agency;
      if (typeof name !== 'string') continue;
      for (const alias of g.aliases?.agency ?? []) {
        const k = agencyKey(alias);
        if (k === null || alias.includes('办公')) continue; // pronouns; a government's office is its own body
        total++;
        if (k === agencyKey(name)) same++;
      }
    }
    console.log(`agency aliases matched: ${same}/${total}`);
    expect(same / total).toBeGreaterThan(0.75);
  });
});
