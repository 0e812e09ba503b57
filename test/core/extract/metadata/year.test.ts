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

describe('report year in other real wordings', () => {
  it('reads the period in Chinese digits and with zero-padded or spaced dates', () => {
    expect(findPeriodYear('统计期限自二〇一七年一月一日起至二〇一七年十二月三十一日止')?.year).toBe(2017);
    expect(findPeriodYear('统计时限为2022年01月01日至2022年12月31日')?.year).toBe(2022);
    expect(findPeriodYear('数据统计期限为2021年1月1日-12月31日')?.year).toBe(2021);
    expect(findPeriodYear('自二〇一六年一月一日起至二〇一七年十二月三十一日止')).toBeUndefined();
  });

  it('counts years written in Chinese digits', () => {
    expect(findFrequentYear('二〇一七年，我局认真落实。二〇一七年全年公开信息。\n某某局\n二〇一八年一月十日')?.year).toBe(2017);
  });

  it('reads the year a report says it reports on', () => {
    expect(findYearStatement('现将我局2022年度政府信息公开工作情况报告如下:')?.year).toBe(2022);
    expect(findYearStatement('特公布二〇二一年度政府信息公开工作年度报告。')?.year).toBe(2021);
    expect(findYearStatement('2012年度报告根据《条例》的要求编制。')?.year).toBe(2012);
    // a year in another role is not the report's
    expect(findYearStatement('根据《关于做好2016年政务公开工作的通知》要求')).toBeUndefined();
  });
});

