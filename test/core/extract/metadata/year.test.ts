import { describe, expect, it } from 'vitest';
import { findFrequentYear, findPeriodYear, findYearStatement } from '../../../../src-main/core/extract/metadata/year.js';

describe('report year without a title', () => {
  it('reads the statistical period', () => {
    expect(findPeriodYear('本年报中所列数据的统计期限自2017年1月1日起至2017年12月31日止。')?.year).toBe(2017);
    expect(findPeriodYear('统计期限自2016年1月1日至2017年12月31日')).toBeUndefined();
  });

  it('takes the year mentioned most, only when it leads', () => {
    expect(findFrequentYear('2011年,我区…2010年区政府信息公开工作年度报告…2011年…今年(2011年)')?.year).toBe(2011);
    expect(findFrequentYear('2019年…2020年')).toBeUndefined();
    expect(findFrequentYear('一、总体情况\n2020年,在区委的领导下…')).toMatchObject({ year: 2020, confidence: 0.4 });
  });

  it('reads sentences that state the year', () => {
    expect(findYearStatement('截止2023年12月31日我局通过官方网站发布政务类信息')?.year).toBe(2023);
    expect(findYearStatement('等六个方面汇报我镇2023年政府信息公开工作。')?.year).toBe(2023);
    expect(findYearStatement('一、总体情况\n2020年,在区委、区政府的正确领导下,街道…2019年底')?.year).toBe(2020);
  });
});
