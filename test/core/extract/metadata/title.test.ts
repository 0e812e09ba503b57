import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { findTitles } from '../../../../src-main/core/extract/metadata/title.js';

// Title lines as real reports (corpus docs) write them, after normalisation.
function first(text: string) {
  const t = findTitles(normalize(text).text)[0];
  return t && { kind: t.kind, year: t.year, agency: t.agency };
}

describe('findTitles', () => {
  it.each([
    ['柳北區(qū)人民政府2017年政府信息公開工作年度報告\n', 2017, '柳北区人民政府'],
    ['中原西路街道办事处2019年度政府信息公开工作年度报告\n', 2019, '中原西路街道办事处'],
    ['2016年广州市增城区教育局政府信息公开年度报告\n', 2016, '广州市增城区教育局'],
    ['2015年兴县人民政府信息公开年度报告\n', 2015, '兴县人民政府'],
    ['东河区卫生健康委员会 2021政府信息公开工作年度报告\n', 2021, '东河区卫生健康委员会'],
    ['角尾乡2017年度政府信息公开工作报告\n', 2017, '角尾乡'],
    ['2013年常州市政府信息公开年度报告\n', 2013, '常州市'],
    ['某某县审计局2017年政府信息公开年报\n', 2017, '某某县审计局'],
    ['某某区人民政府办公室关于公布2019年政府信息公开工作年度报告的通知\n', 2019, '某某区人民政府办公室'],
    // shapes the corpus does not show
    ['某某区人民政府办公室关于印发某某区2022年政府信息公开工作年度报告的通知\n', 2022, '某某区'],
    ['某某市应急管理局（某某市地震局）2022年政府信息公开工作年度报告\n', 2022, '某某市应急管理局'],
    ['某某市市场监督管理局(某某市知识产权局)2021年度政府信息公开工作年度报告\n', 2021, '某某市市场监督管理局'],
    ['2022年度某某市卫生健康委员会政府信息公开工作年度报告\n', 2022, '某某市卫生健康委员会'],
    ['某某县2022年度政府信息公开工作年度报告（修订版）\n', 2022, '某某县'],
    ['某某县 二〇二二年政府信息公开工作年度报告\n', 2022, '某某县'],
    ['【某某区教育局】2022年政府信息公开工作年度报告\n', 2022, '某某区教育局'],
    ['某某市财政局政府信息公开工作年度报告（2022年度）\n', 2022, '某某市财政局'],
    ['某某市生态环境局2022年政府信息公开工作年度报告_某某市人民政府门户网站', 2022, '某某市生态环境局'],
    ['某某市生态环境局2022年政府信息公开工作年度报告 - 某某市人民政府', 2022, '某某市生态环境局'],
  ])('reads year and agency from %j', (line, year, agency) => {
    expect(first(line)).toEqual({ kind: 'line', year, agency });
  });

  it('joins a title broken across lines (agency and year on the line before)', () => {
    expect(first('2019年西街街道\n政府信息公开工作年度报告\n一、')).toMatchObject({ year: 2019, agency: '西街街道' });
    expect(first('自治区人民政府办公厅2022\n\n政府信息公开工作年度报告\n')).toMatchObject({ year: 2022, agency: '自治区人民政府办公厅' });
    expect(first('道县文广新局2013年度信息公开工作\n年度报告\n')).toMatchObject({ year: 2013, agency: '道县文广新局' });
  });

  it('drops spam before the agency (tampered pages)', () => {
    expect(first('常德市365体育投注:芙蓉街道2021年度政府信息公开工作年度报告\n')).toMatchObject({ agency: '芙蓉街道' });
    expect(first('puroview.com沙头镇\n2008年政府信息公开工作年度报告\n')).toMatchObject({ year: 2008, agency: '沙头镇' });
  });

  it('reads titles quoted in a sentence, but not other years’ reports', () => {
    expect(first('现发布《辽宁省2019年度政府信息公开工作报告》。')).toEqual({ kind: 'bracket', year: 2019, agency: '辽宁省' });
    expect(first('现公布永嘉县南城街道办事处2014年政府信息公开工作年度报告。')).toMatchObject({ kind: 'verb', year: 2014, agency: '永嘉县南城街道办事处' });
    expect(first('并检查督促各部门;按时公布2010年区政府信息公开工作年度报告,并检查')).toBeUndefined();
  });

  it('reads a government\'s offices (…人民政府机关) on the line before the year', () => {
    expect(first('某某市某某区人民政府机关\n2021年政府信息公开工作年度报告\n')).toMatchObject({ kind: 'line', year: 2021, agency: '某某市某某区人民政府机关' });
  });

  it('cuts a chain of publishing verbs before the name ("特编制并向社会公布…")', () => {
    expect(first('特编制并向社会公布某某区发展改革和统计局2014年度政府信息公开年度报告如下')).toMatchObject({ kind: 'verb', year: 2014, agency: '某某区发展改革和统计局' });
  });

  it('takes the title after a label and ignores page paths with digits', () => {
    expect(first('标题:2012年度屯昌县南吕镇政府信息公开工作年度报告\n')).toMatchObject({ year: 2012, agency: '屯昌县南吕镇' });
    expect(first('本地目录: zwgk/201701/80485_平潭综合实验区2016年度政府信息公开工作年度报告\n')?.year).not.toBe(2017);
  });

  it('keeps a self-reference apart from a name', () => {
    const t = findTitles(normalize('现公布2018年度我局政府信息公开工作年度报告。').text)[0];
    expect(t).toMatchObject({ year: 2018, agency: '我局', agencyIsSelf: true });
  });

  it('gives spans that cover the year and the agency', () => {
    const text = normalize('来源: 柳北区政府\n柳北区人民政府2017年政府信息公开工作年度报告\n').text;
    const t = findTitles(text).find((c) => c.kind === 'line')!;
    expect(text.slice(t.yearSpan!.start, t.yearSpan!.end)).toBe('2017');
    expect(text.slice(t.agencySpan!.start, t.agencySpan!.end)).toBe('柳北区人民政府');
  });
});

describe('findTitles: what is not this report’s title', () => {
  it('takes no body from a notice about compiling reports', () => {
    const t = findTitles(normalize('《福建省人民政府办公厅关于编制公布2021年政府信息公开工作年度报告有关事项的通知》').text)[0];
    expect(t?.agency).toBeUndefined();
  });

  it('joins a place line to a name broken after it, not a site banner to a full name', () => {
    expect(findTitles(normalize('某某市\n公安局2019年政府信息公开工作年度报告\n').text)[0]?.agency).toBe('某某市公安局');
    expect(findTitles(normalize('某某县\n市场监督管理局2019年政府信息公开工作年度报告\n').text)[0]?.agency).toBe('某某县市场监督管理局');
    expect(findTitles(normalize('某某市\n某某区教育局2019年政府信息公开工作年度报告\n').text)[0]?.agency).toBe('某某区教育局');
  });

  it('takes no title from a sentence or a longer phrase', () => {
    expect(findTitles(normalize('我局高度重视政府信息公开工作年度报告制度。\n').text)).toEqual([]);
  });
});

