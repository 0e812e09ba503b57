import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSections, spaced } from '../../../src-main/core/extract/sections.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { DOCS_DIR, loadGolds } from '../../helpers/corpus.js';

const TEXT = [
  '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等组成。',
  '一、总体情况',
  '(一)主动公开情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、政府信息公开工作存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '无。',
].join('\n');

describe('findSections', () => {
  it('finds the six headings in order, not the summary sentence nor sub-headings', () => {
    const s = findSections(TEXT);
    expect(s.map((x) => x.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s[0].title).toBe('一、总体情况');
    expect(TEXT.slice(s[1].normStart, s[1].normEnd)).toBe('二、主动公开政府信息情况\n');
    expect(s[4].title).toBe('五、政府信息公开工作存在的主要问题及改进情况');
    expect(s[5].normEnd).toBe(TEXT.length);
  });

  it('matches reworded numbered headings', () => {
    const s = findSections('一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n五、政府信息公开工作存在的问题及改进情况\n六、其他需要报告的事项');
    expect(s.map((x) => x.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s[3].title).toBe('四、因政府信息公开工作被申请行政复议和提起行政诉讼情况');
  });

  it('matches headings whose numbers mammoth dropped', () => {
    const s = findSections('总体情况\n正文\n主动公开政府信息情况\n收到和处理政府信息公开申请情况\n');
    expect(s.map((x) => x.no)).toEqual([1, 2, 3]);
  });

  it('matches headings inline when a page’s text has no line breaks', () => {
    const s = findSections('…工作。一、 总体情况2021年,我区…二、主动公开政府信息情况 | 第二十条…三、收到和处理政府信息公开申请情况');
    expect(s.map((x) => x.no)).toEqual([1, 2, 3]);
  });
});

const SIX = (n: (i: number) => string, titles = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项']) =>
  titles.map((t, i) => `${n(i)}${t}\n正文${i}`).join('\n');
const CN = ['一', '二', '三', '四', '五', '六'];

describe('findSections: numberings and wordings the corpus does not show', () => {
  it.each([
    ['第一部分 …', SIX((i) => `第${CN[i]}部分 `)],
    ['（一）…', SIX((i) => `（${CN[i]}）`)],
    ['一 … (punctuation lost)', SIX((i) => `${CN[i]} `)],
    ['一．… (full-width point)', SIX((i) => `${CN[i]}．`)],
    ['1、…', SIX((i) => `${i + 1}、`)],
    ['short wordings', SIX((i) => `${CN[i]}、`, ['总体情况', '主动公开政府信息', '收到和处理政府信息公开申请', '政府信息公开行政复议、行政诉讼', '主要问题及改进情况', '其他事项'])],
    ['letter-spaced (justified) headings', SIX((i) => `${CN[i]}、`, ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'].map((t) => [...t].join(' ')))],
  ])('%s', (_, text) => {
    expect(findSections(normalize(text).text).map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lets spaces follow Han characters outside character classes only', () => {
    expect(spaced('存在的?主要[和及]问题')).toBe('存[ \\t]*在[ \\t]*的?[ \\t]*主[ \\t]*要[ \\t]*[和及]问[ \\t]*题[ \\t]*');
  });

  it('does not take a sub-item of 总体情况 for section 二', () => {
    const text = '一、总体情况\n（二）主动公开政府信息。全年公开信息100条。\n2.主动公开政府信息的渠道更加丰富。\n二、主动公开政府信息情况\n表';
    const s = findSections(normalize(text).text);
    expect(s.map((x) => [x.no, x.title])).toEqual([[1, '一、总体情况'], [2, '二、主动公开政府信息情况']]);
  });
});

// Metamorphic: the real 2019/2021 text reports with their "三、" headings renumbered the way other reports
// number them must give the same six sections.
describe('findSections on the corpus with other numberings', () => {
  const docs = loadGolds()
    .filter((g) => g.doc.endsWith('.txt') && (g.fields.format === '2019' || g.fields.format === '2021'))
    .map((g) => normalize(readFileSync(join(DOCS_DIR, g.doc), 'utf8').replace(/\r\n?/g, '\n')).text)
    .filter((t) => findSections(t).length === 6);

  it.each([
    ['第三部分', (n: string) => `第${n}部分 `, false],
    ['(三)', (n: string) => `(${n})`, false],
    ['三.', (n: string) => `${n}.`, false],
    ['"三 " at a line start', (n: string) => `${n} `, true],
  ] as const)('%s', (_, renumber, lineStartOnly) => {
    expect(docs.length).toBeGreaterThan(3);
    for (const text of docs) {
      let out = '';
      let last = 0;
      for (const s of findSections(text)) {
        const numeral = CN[s.no - 1];
        if (text.slice(s.normStart, s.normStart + 2) !== `${numeral}、`) continue;
        if (lineStartOnly && s.normStart > 0 && text[s.normStart - 1] !== '\n') continue;
        out += text.slice(last, s.normStart) + renumber(numeral);
        last = s.normStart + 2;
      }
      out += text.slice(last);
      expect(findSections(out).map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });
});

