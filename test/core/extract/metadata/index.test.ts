import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { extractMetadata } from '../../../../src-main/core/extract/metadata/index.js';

function meta(text: string, htmlTitle?: string) {
  const norm = normalize(text);
  const r = extractMetadata({ text, norm }, htmlTitle);
  return Object.fromEntries(r.fields.map((f) => [f.key, f.value]));
}

describe('extractMetadata', () => {
  it('reads a page header, a title and a byline', () => {
    expect(
      meta('来源: 柳北区政府 | 发布日期: 2018-01-15 09:12 | 作者: 政管办\n柳北区人民政府2017年政府信息公开工作年度报告\n本年度报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。'),
    ).toEqual({ agency: '柳北区人民政府', year: 2017, published: '2018-01-15' });
  });

  it('prefers the title line the report’s own period confirms over links to other years', () => {
    const text = '相关链接:\n某某区人民政府2015年政府信息公开工作年度报告\n某某区人民政府2016年政府信息公开工作年度报告\n本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。';
    expect(meta(text)).toMatchObject({ year: 2016, agency: '某某区人民政府' });
  });

  it('when title lines disagree and none is confirmed, they are links: the period gives the year', () => {
    const text = '相关链接：\n某某区人民政府2015年政府信息公开工作年度报告\n某某区人民政府2016年政府信息公开工作年度报告\n本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。';
    expect(meta(text)).toMatchObject({ year: 2017 });
    expect(meta('下一篇：某某区人民政府2016年政府信息公开工作年度报告\n现发布《某某区人民政府2017年政府信息公开工作年度报告》。')).toMatchObject({ year: 2017, agency: '某某区人民政府' });
  });

  it('uses the HTML <title> when the text has no title', () => {
    expect(meta('一、总体情况\n我局按照要求。', '平潭综合实验区2021年政府信息公开工作年度报告')).toMatchObject({ year: 2021, agency: '平潭综合实验区' });
  });

  it('names a body compiled from others’ reports ("由市政府办公厅综合…编制而成")', () => {
    expect(meta('2012年度报告根据《条例》的要求,由市政府办公厅综合各区(县)人民政府和市级机关的政府信息公开年度报告编制而成。')).toMatchObject({
      agency: '市政府办公厅',
      year: 2012,
    });
  });

  it('takes no breadcrumb for the title, and no bare body type for the agency', () => {
    const text = '首页 > 政务公开 > 年报 > 2021 > 街道办事处政府信息公开工作年度报告\n2021年某某路街道政府信息公开工作年度报告\n某某路街道办事处\n一、总体情况';
    expect(meta(text)).toMatchObject({ agency: '某某路街道', year: 2021 });
    expect(meta('当前位置：首页 » 信息公开 » 某某区2020年政府信息公开工作年度报告\n一、总体情况\n工作正常。')).not.toHaveProperty('agency');
  });

  it('reads the agency from a title line without a year', () => {
    expect(meta('某某路街道办事处政府信息公开工作年度报告\n一、总体情况\n2020年度我街办未接到申请。')).toMatchObject({ agency: '某某路街道办事处' });
    // a year-less line must hold nothing but the name
    expect(meta('关于某某路街道办事处政府信息公开工作年度报告\n一、总体情况')).toEqual({});
  });

  it('prefers the name a self-referring report (我乡) gives itself elsewhere over the pronoun', () => {
    const text = '一、总体情况\n我乡推进公开，制定了《某营乡信息公开保密审查机制》，通过某营乡微信公众号发布。我乡没有收费。';
    const r = extractMetadata({ text, norm: normalize(text) });
    expect(r.fields.find((f) => f.key === 'agency')?.value).toBe('某营乡');
    expect(r.notes.map((n) => n.message).join()).toContain('自称');
    // a page that never names itself gets no agency: a pronoun is no name (the note says how it calls itself)
    expect(meta('一、总体情况\n我乡推进公开。我乡没有收费。')).toEqual({});
  });

  it('reads no report year or agency from a notice about reports, and says so', () => {
    const text = '某某办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知\n发布日期：2021-09-29\n某某〔2021〕30号\n各区县人民政府：\n修订后的《条例》已于2019年5月15日起施行。2019年以来，各地区按照2019年的要求编制年报。';
    const r = extractMetadata({ text, norm: normalize(text) });
    expect(Object.fromEntries(r.fields.map((f) => [f.key, f.value]))).toEqual({ published: '2021-09-29' });
    expect(r.report).toBe(false);
    expect(r.notes.map((n) => n.message).join()).toContain('不是政府信息公开工作年度报告');
    // the same sentences in a report (its title on a line) are the report's
    const report = extractMetadata({ text: '某某县2019年政府信息公开工作年度报告\n' + text, norm: normalize('某某县2019年政府信息公开工作年度报告\n' + text) });
    expect(report.report).toBe(true);
    expect(report.year).toBe(2019);
  });

  it('reads a Tianjin street-level body ("某某里街")', () => {
    expect(meta('某某里街2021年政府信息公开工作年度报告\n一、总体情况')).toMatchObject({ agency: '某某里街', year: 2021 });
  });

  it('gives no pronoun for the agency: a note says how the report calls itself, for the reviewer to fill in', () => {
    expect(meta('一、总体情况\n我局按照要求。我局公开信息。')).toEqual({});
    const text = '一、总体情况\n本街道按照要求。本街道公开信息。';
    const notes = extractMetadata({ text, norm: normalize(text) }).notes;
    expect(notes.find((n) => n.keys.includes('agency'))?.message).toBe('报告只以“本街道”自称，未写明机关名称，请人工填写报告主体');
    // a title that names the report with a pronoun ("我局2018年度…报告") gives no name either
    expect(meta('现公布2018年度我局政府信息公开工作年度报告。')).toEqual({ year: 2018 });
  });

  it('gives nothing when nothing is said', () => {
    expect(meta('一、概述\n工作正常。')).toEqual({});
    const notes = extractMetadata({ text: '一、概述', norm: normalize('一、概述') }).notes;
    expect(notes.map((n) => n.keys[0])).toEqual(['agency', 'year']);
    expect(notes[0].message).toMatch(/报告主体/);
  });
});

// Shapes of real 政府信息公开工作年度报告 pages that the corpus does not show (report-format.md §6): each must
// give the agency, the report year and the publication date, and the source spans must hold what was read.
const PAGES: { page: string; want: Record<string, string | number>; html?: string }[] = [
  { page: '长沙市生态环境局2022年政府信息公开工作年度报告\n发布时间：2023-01-30 来源：本站\n一、总体情况', want: { agency: '长沙市生态环境局', year: 2022, published: '2023-01-30' } },
  { page: '2020年度信丰县人民政府信息公开工作年度报告\n发布日期：2021年03月28日', want: { agency: '信丰县人民政府', year: 2020, published: '2021-03-28' } },
  { page: '来源：大余县人民政府办公室 发布时间：2022/01/25 10:00\n大余县发展和改革局\n2021年政府信息公开工作年度报告\n', want: { agency: '大余县发展和改革局', year: 2021, published: '2022-01-25' } },
  { page: '信息来源 | 长春市公安局朝阳分局 | 公开日期 | 2022.01.20\n长春市公安局朝阳分局2021年政府信息公开工作年度报告', want: { agency: '长春市公安局朝阳分局', year: 2021, published: '2022-01-20' } },
  // 成文日期 is the signing date: the 生成日期 / 发布日期 of the header is the publication
  { page: '索引号 | 11 | 生成日期 | 2023-01-18\n成文日期 | 2023-01-10\n某某镇人民政府2022年政府信息公开工作年度报告', want: { agency: '某某镇人民政府', year: 2022, published: '2023-01-18' } },
  { page: '成文日期：2023年1月10日\n某某乡人民政府2022年政府信息公开工作年度报告\n发布日期：2023年1月16日', want: { agency: '某某乡人民政府', year: 2022, published: '2023-01-16' } },
  // a notice issuing the report: the body the report is about, not the office that issues it
  { page: '某某区人民政府办公室关于印发某某区2022年政府信息公开工作年度报告的通知\n发布日期：2023-03-20', want: { agency: '某某区', year: 2022, published: '2023-03-20' } },
  { page: '关于某某区2022年政府信息公开工作年度报告的公告\n', want: { agency: '某某区', year: 2022 } },
  // years in Chinese digits
  { page: '某某街道办事处二〇二二年政府信息公开工作年度报告\n发布时间：2023-01-12', want: { agency: '某某街道办事处', year: 2022, published: '2023-01-12' } },
  { page: '二〇二一年度某某经济技术开发区管委会政府信息公开工作年度报告', want: { agency: '某某经济技术开发区管委会', year: 2021 } },
  { page: '发布日期：二〇二三年一月三十日\n某某乡人民政府2022年政府信息公开工作年度报告', want: { agency: '某某乡人民政府', year: 2022, published: '2023-01-30' } },
  // titles broken over lines
  { page: '某某高新技术产业开发区管委会\n2022年度政府信息公开\n工作年度报告\n', want: { agency: '某某高新技术产业开发区管委会', year: 2022 } },
  { page: '某某市\n公安局2019年政府信息公开工作年度报告', want: { agency: '某某市公安局', year: 2019 } },
  { page: '二〇二二年度\n某某市市场监督管理局\n政府信息公开工作年度报告', want: { agency: '某某市市场监督管理局', year: 2022 } },
  { page: '某某市财政局政府信息公开工作年度报告（2022年度）\n发布日期：2023-01-20', want: { agency: '某某市财政局', year: 2022, published: '2023-01-20' } },
  // headers: brackets, bare 日期/时间 with a source after, dates with / and single digits
  { page: '【发布时间：2023年01月30日 09:30:12】【来源：某某区人民政府】\n某某区人民政府2022年政府信息公开工作年度报告', want: { agency: '某某区人民政府', year: 2022, published: '2023-01-30' } },
  { page: '某某镇2022年政府信息公开工作年度报告\n日期：2023-01-31 来源：某某镇人民政府\n', want: { agency: '某某镇', year: 2022, published: '2023-01-31' } },
  { page: '某某市公安局某某分局2022年政府信息公开工作年度报告\n发布时间：2023-1-9', want: { agency: '某某市公安局某某分局', year: 2022, published: '2023-01-09' } },
  { page: '首页 > 政府信息公开 > 年度报告\n某某县发展和改革局2021年度政府信息公开工作年度报告\n发布时间：2022-01-28 来源：某某县发改局 浏览次数：102\n', want: { agency: '某某县发展和改革局', year: 2021, published: '2022-01-28' } },
  // report year and publication year differ; a 2016 report published in 2017, signed in Chinese digits
  { page: '石门县人民政府2016年政府信息公开工作年度报告\n发布日期：2017-03-29\n2016年，石门县…\n二〇一七年三月二十日', want: { agency: '石门县人民政府', year: 2016, published: '2017-03-29' } },
  // the HTML <title> with the site's name after "_"
  { page: '一、总体情况\n2022年，我局…', html: '某某市生态环境局2022年政府信息公开工作年度报告_某某市人民政府门户网站', want: { agency: '某某市生态环境局', year: 2022 } },
  // a 政府信息公开目录 entry: 成文日期 first, the title after 标题：, then 发布日期
  { page: '主题分类：其他 发文机关：某某市人民政府办公室 成文日期：2023年03月20日\n标题：某某市2022年政府信息公开工作年度报告\n发文字号： 发布日期：2023年03月31日\n一、总体情况', want: { agency: '某某市', year: 2022, published: '2023-03-31' } },
  { page: '某某县人民政府办公室\n关于印发某某县2022年政府信息公开工作年度报告的通知\n发布日期：2023-03-29', want: { agency: '某某县', year: 2022, published: '2023-03-29' } },
  // long site chrome before the title: the header under the title is still read
  { page: `${'首页 | 政务公开 | 政府信息公开指南 | 政府信息公开制度 | 法定主动公开内容 | 政府信息公开年报\n'.repeat(60)}某某县2022年政府信息公开工作年度报告\n发布时间：2023-03-30\n`, want: { agency: '某某县', year: 2022, published: '2023-03-30' } },
  { page: '某某县民政局政府信息公开工作年度报告\n（2016年）\n', want: { agency: '某某县民政局', year: 2016 } },
  // the <title> at the top, menus, then the header and the heading: the header near the heading is read
  { page: `某某县民政局2022年政府信息公开工作年度报告_某某县人民政府\n${'首页 | 政务公开 | 政府信息公开指南 | 政府信息公开年报\n'.repeat(80)}发布日期：2023-01-16 来源：某某县民政局\n某某县民政局2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》…`, want: { agency: '某某县民政局', year: 2022, published: '2023-01-16' } },
  // only the statistical period gives the year, in Chinese digits
  { page: '本报告所列数据统计期限自二〇一七年一月一日起至二〇一七年十二月三十一日止。我局全年公开信息。我局', want: { year: 2017 } },
];

describe('extractMetadata on page shapes the corpus does not show', () => {
  it.each(PAGES.map((p) => [p.page.split('\n').find((l) => /报告/.test(l)) ?? p.page, p] as const))('%s', (_, p) => {
    const norm = normalize(p.page);
    const r = extractMetadata({ text: p.page, norm }, p.html);
    expect(Object.fromEntries(r.fields.map((f) => [f.key, f.value]))).toEqual(p.want);
    for (const f of r.fields) {
      if (!f.source) continue;
      const at = f.source.text.replace(/\s+/g, '');
      if (f.key === 'agency') expect(at).toBe(f.value);
      if (f.key === 'published') expect(at).toMatch(/^\S/);
    }
  });

  it('a publication date years after the report year is not taken (a re-post, not the publication)', () => {
    expect(meta('某某县2020年政府信息公开工作年度报告\n发布日期：2023-01-20')).toEqual({ agency: '某某县', year: 2020 });
  });
});

