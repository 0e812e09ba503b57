import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { notAReport, otherDocumentTitle, partOfYearTitle, type ReportEvidence } from '../../../../src-main/core/extract/metadata/document-kind.js';

const NONE: ReportEvidence = { title: false, period: false, statement: false, tables: false, sections: 0 };

describe('otherDocumentTitle', () => {
  it('finds a notice’s title, also broken across lines', () => {
    expect(otherDocumentTitle('某某办公室关于印发《某某工作年度报告格式》的通知\n各区县：')).toBe('某某办公室关于印发《某某工作年度报告格式》的通知');
    expect(otherDocumentTitle('某某办公室\n关于政府信息公开工作年度报告\n有关事项的通知\n各省：')).toBe('关于政府信息公开工作年度报告有关事项的通知');
    expect(otherDocumentTitle('某某市关于做好2021年年度报告编制工作的补充通知')).toBeDefined();
  });

  it('does not take menus or sentences for a title', () => {
    expect(otherDocumentTitle('首页\n关于我们\n通知公告\n2021年某某县政府信息公开工作年度报告')).toBeUndefined();
    expect(otherDocumentTitle('根据市政府办《关于做好2021年度年报编制工作的通知》的要求编制。')).toBeUndefined();
  });
});

describe('notAReport', () => {
  const notice = '某某办公室关于做好2021年政府信息公开工作年度报告编制发布工作的通知\n各县市区人民政府：\n现就有关事项通知如下。';

  it('names the other kind of document when nothing of a report shows', () => {
    expect(notAReport(notice, NONE)).toContain('的通知');
  });

  it('keeps anything with a report’s title, period, year sentence, tables or sections', () => {
    for (const e of [{ title: true }, { period: true }, { statement: true }, { tables: true }, { sections: 2 }]) {
      expect(notAReport(notice, { ...NONE, ...e })).toBeUndefined();
    }
    // one section heading is not enough: a notice on the format describes them ("（一）总体情况。这一项报告…")
    expect(notAReport(notice, { ...NONE, sections: 1 })).toBeDefined();
  });

  it('names a note on part of a year (上半年, 季度), even with sections and year sentences of its own', () => {
    const note = '2022年上半年政府信息公开数据统计\n2022年07月25日 来源：某某区\n一、公文类政府信息公开情况\n2022年上半年，全区共制发公文707件。';
    expect(notAReport(note, { ...NONE, statement: true, sections: 3 })).toBe('2022年上半年政府信息公开数据统计');
    expect(partOfYearTitle('某某县2022年第三季度政务公开工作情况\n')).toBeDefined();
    // a report (its title, period or tables) stays one; a heading or a sentence about the first half is no title
    expect(notAReport(note, { ...NONE, title: true })).toBeUndefined();
    expect(notAReport(note, { ...NONE, period: true })).toBeUndefined();
    expect(partOfYearTitle('（一）上半年政府信息公开情况\n2022年上半年，我局公开信息，下半年继续。')).toBeUndefined();
  });

  it('keeps an opening with only metadata (no title of another kind) a report', () => {
    expect(notAReport(normalize('选择搜索类型\n请输入搜索\n市政府各部门积极推进公开。').text, NONE)).toBeUndefined();
  });
});
