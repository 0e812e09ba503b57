import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { readStatTable } from '../../../../src-main/core/extract/stat/table-text.js';
import { DOCS_DIR } from '../../../helpers/corpus.js';

function rows(text: string) {
  const t = readStatTable(normalize(text).text)!;
  return Object.fromEntries(t.rows.map((r) => [r.key, r.cell?.value]));
}

describe('readStatTable', () => {
  it('reads the national table with unit and figure run together (shape 8), notes and blanks', () => {
    const r = rows(
      [
        '统 计 指 标单 位统计数 ',
        '一、主动公开情况 ',
        '  (一)主动公开政府信息数 ',
        '    (不同渠道和方式公开相同信息计1条)条41105 ',
        '      其中:主动公开规范性文件数条21 ',
        '     4.微博微信回应事件数次  ',
        '     5.其他方式回应事件数次  ',
        '  (一)收到申请数量 件 3 ',
        '四、行政复议数量件0 ',
        '  (一)维持具体行政行为数件0 ',
        '五、行政诉讼数量件2 ',
        '  (一)维持具体行政行为或者驳回原告诉讼请求数件1 ',
        '  (二)被依法纠错数件1 ',
        '  (三)从事政府信息公开工作人员数人  ',
        '     1.专职人员数(不包括政府公报及政府网站工作人员数)人2 ',
        '七、依申请公开信息收取的费用万元0 ',
        '单位负责人:卢华文',
      ].join('\n'),
    );
    expect(r).toMatchObject({
      'stat.proactive': 41105,
      'stat.proactive_normative': 21,
      'stat.response.weibo_wechat': null,
      'stat.response.other': null,
      'stat.apply.received': 3,
      'stat.review.total': 0,
      'stat.review.upheld': 0,
      'stat.suit.total': 2,
      'stat.suit.upheld': 1,
      'stat.suit.corrected': 1,
      'stat.org.staff': null,
      'stat.org.staff_full': 2,
      'stat.fees': 0,
    });
  });

  it('takes the report-year column of the Fujian variant (rows with " | " cells)', () => {
    const r = rows('指标名称 | 计量单位 | 2016年度 | 历年累计\n主动公开文件数 | 条 | 3460 | 85376\n其中:1、政府网站公开数 | 条 | 3460 | 85376\n2、政府公报公开数 | 条 | 0 | 0\n信函、传真申请数 | 条 | 0 | 0\n行政复议数 | 件 | 0 | 0');
    expect(r).toEqual({
      'stat.proactive': 3460,
      'stat.channel.website': 3460,
      'stat.channel.gazette': 0,
      'stat.review.total': 0,
    });
  });

  it('reads cells by the header’s columns when rows are " | " cells (code columns, empty cells)', () => {
    const r = rows('指标名称 | 计量单位 | 代码 | 本年度 | 历年累计\n收到申请数 | 件 | 01 | | 35\n当面申请数 | 件 | 02 | 4 | 20\n行政复议数 | 件 | 03 | 0 | 1');
    expect(r).toEqual({ 'stat.apply.received': null, 'stat.apply.in_person': 4, 'stat.review.total': 0 });
  });

  it('does not take a numbering cell for the figure of the row before it', () => {
    const r = rows('统计指标 | 单位 | 统计数\n| 1 | (一)收到申请数 | 件 | |\n| 2 | 1.当面申请数 | 件 | 4 |\n(二) | 申请办结数 | 件 | \n1 | 按时办结数 | 件 | 3\n延期办结数 | 件 | 0');
    expect(r).toEqual({
      'stat.apply.received': null,
      'stat.apply.in_person': 4,
      'stat.apply.completed': null,
      'stat.apply.on_time': 3,
      'stat.apply.extended': 0,
    });
  });

  it('leaves a run of digits that lost its separator as possible splits', () => {
    const t = readStatTable(normalize('指标名称计量单位2016年度历年累计主动公开文件数条346085376其中:1、政府网站公开数条3460853762、政府公报公开数条00受理依申请公开信息总数条00').text)!;
    const proactive = t.rows.find((r) => r.key === 'stat.proactive')!;
    expect(proactive.cell).toBeUndefined();
    expect(proactive.splits!.map((s) => s.year.value)).toContain(3460);
    expect(t.rows.find((r) => r.key === 'stat.channel.gazette')!.cell?.value).toBe(0);
    expect(t.rows.find((r) => r.key === 'stat.apply.received')!.cell?.value).toBe(0);
  });

  it('finds a table without a header row by its dense row labels, not labels scattered in prose', () => {
    const table = ['(一)收到申请数 | 件 | 5', '1.当面申请数 | 件 | 1', '2.传真申请数 | 件 | 0', '3.网络申请数 | 件 | 4', '4.信函申请数 | 件 | 0', '(二)申请办结数 | 件 | 5', '1.按时办结数 | 件 | 5', '2.延期办结数 | 件 | 0'];
    expect(rows('附表\n' + table.join('\n'))).toMatchObject({ 'stat.apply.received': 5, 'stat.apply.online': 4, 'stat.apply.extended': 0 });
    expect(readStatTable('全年收到申请数5件。' + '正文。'.repeat(2000) + '按时办结数5件。')).toBeUndefined();
  });

  it('finds the table in a real report (003) and nothing in a report without one (001)', () => {
    const read = (f: string) => readStatTable(normalize(readFileSync(join(DOCS_DIR, f), 'utf8')).text);
    expect(read('003_323c5264ff0b08ab.txt')!.rows.length).toBeGreaterThan(50);
    expect(read('001_e37cf357f63797f5.txt')).toBeUndefined();
  });
});

describe('readStatTable: column layouts the corpus does not show', () => {
  const read = (lines: string[], year?: number) => {
    const t = readStatTable(normalize(lines.join('\n')).text, year);
    return t && Object.fromEntries(t.rows.map((r) => [r.key, r.cell?.value]));
  };

  it('takes the report year’s column, not last year’s (上年度 | 本年度)', () => {
    expect(read(['指标名称 | 计量单位 | 上年度 | 本年度', '主动公开政府信息数 | 条 | 900 | 1,234', '其中：主动公开规范性文件数 | 条 | 10 | 12', '收到申请数 | 件 | 4 | 6', '行政复议数量 | 件 | 1 | 0'])).toEqual({
      'stat.proactive': 1234, 'stat.proactive_normative': 12, 'stat.apply.received': 6, 'stat.review.total': 0,
    });
  });

  it('takes the column headed by the report year (2016年 | 2017年 in a 2017 report)', () => {
    const lines = ['统计指标 | 单位 | 2016年 | 2017年', '主动公开政府信息数 | 条 | 900 | 1234', '收到申请数 | 件 | 4 | 6', '行政复议数量 | 件 | 1 | 0'];
    expect(read(lines, 2017)).toEqual({ 'stat.proactive': 1234, 'stat.apply.received': 6, 'stat.review.total': 0 });
    // without the report year, or in another year's report, neither column is taken
    expect(read(lines)).toBeUndefined();
    expect(read(lines, 2018)).toBeUndefined();
  });

  it('reads an older local table (主动公开信息数, 申请总数) and leaves its other rows to no key', () => {
    const lines = ['统计指标 | 单位 | 统计数', '主动公开信息数 | 条 | 356', '其中：全文电子化率 | % | 100', '申请总数 | 件 | 7', '其中：当面申请数 | 件 | 2', '网上申请数 | 件 | 4', '信函申请数 | 件 | 1', '其他形式申请数 | 件 | 0', '对申请的答复总数 | 件 | 7', '同意公开答复数 | 件 | 5', '行政复议数 | 件 | 0', '行政诉讼数 | 件 | 0', '申诉数 | 件 | 0'];
    expect(read(lines, 2010)).toEqual({
      'stat.proactive': 356, 'stat.apply.received': 7, 'stat.apply.in_person': 2, 'stat.apply.online': 4, 'stat.apply.letter': 1,
      'stat.apply.answered': 7, 'stat.answer.granted': 5, 'stat.review.total': 0, 'stat.suit.total': 0,
    });
  });

  it('reads the national table as " | " rows with blank section rows and as one cell per line', () => {
    expect(read(['统计指标 | 单位 | 统计数', '一、主动公开情况 | — | —', '（一）主动公开政府信息数 | 条 | 1,234', '三、依申请公开情况 | — | —', '（一）收到申请数 | 件 | 6', '1.当面申请数 | 件 | 2', '3.网络申请数 | 件 | 4', '七、依申请公开信息收取的费用 | 万元 | 0'])).toEqual({
      'stat.proactive': 1234, 'stat.apply.received': 6, 'stat.apply.in_person': 2, 'stat.apply.online': 4, 'stat.fees': 0,
    });
    expect(read(['统计指标', '单位', '统计数', '（一）主动公开政府信息数', '条', '1234', '（一）收到申请数', '件', '6', '1.当面申请数', '件', '2', '四、行政复议数量', '件', '0'])).toEqual({
      'stat.proactive': 1234, 'stat.apply.received': 6, 'stat.apply.in_person': 2, 'stat.review.total': 0,
    });
  });
});

