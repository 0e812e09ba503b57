import { describe, expect, it } from 'vitest';
import { agencyKind } from '../../../src-main/core/agency/kind.js';

describe('agencyKind', () => {
  it.each([
    ['淮安市人民政府', 'government'], ['平潭综合实验区', 'government'], ['信丰县', 'government'], ['乌拉特前旗人民政府', 'government'],
    ['辽宁省人民政府', 'government'], ['经济开发区管委会', 'government'],
    ['芙蓉街道办事处', 'township'], ['沙头镇人民政府', 'township'], ['前吴乡人民政府', 'township'], ['泃阳西大街街道办', 'township'],
    ['北京市水务局', 'department'], ['广州市人民政府办公厅', 'department'], ['漳州市卫生健康委员会', 'department'], ['住房公积金管理中心', 'department'],
  ])('%s is a %s', (name, kind) => {
    expect(agencyKind(name)).toBe(kind);
  });
});
