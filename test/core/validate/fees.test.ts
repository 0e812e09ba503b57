import { describe, expect, it } from 'vitest';
import { checkFees } from '../../../src-main/core/validate/fees.js';
import { goldReport } from './helpers.js';

describe('FEES-NOT-REPORTED', () => {
  it('pingtan 2021 says 无收取信息处理费情况', () => {
    expect(checkFees(goldReport('pingtan-2021.txt'))).toEqual([]);
  });

  it('004 section 六 says nothing about fees', () => {
    const f = checkFees(goldReport('004_43d0b42a4a6d771f.txt'));
    expect(f).toEqual([expect.objectContaining({ ruleId: 'FEES-NOT-REPORTED', severity: 'info', keys: ['section.6'] })]);
  });

  it('only the 2021 format asks for it', () => {
    expect(checkFees({ ...goldReport('004_43d0b42a4a6d771f.txt'), format: '2019' })).toEqual([]);
  });
});
