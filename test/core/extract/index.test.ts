// extractReport over the whole labelled corpus: accuracy and precision with the scorer's definitions, and
// provenance (every figure's source span in the document text holds the figure as written).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src-main/core/extract/index.js';
import { parseFile } from '../../../src-main/core/import/parse-file.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { runCorpus, score } from './corpus-run.js';

const TABLE_GROUPS = new Set(['t2', 't3', 't4', 'stat']);
const group = (key: string): string => key.split('.')[0];

describe('extractReport on the corpus', () => {
  it('reaches the measured accuracy over all keys and on table keys', async () => {
    const runs = await runCorpus();
    const all = score(runs, () => true);
    const tables = score(runs, (k) => TABLE_GROUPS.has(group(k)));
    const meta = score(runs, (k) => !k.includes('.'));
    const stat = score(runs, (k) => group(k) === 'stat');
    const report = (s: typeof all) => `${(100 * s.accuracy).toFixed(2)}% / ${(100 * s.precision).toFixed(2)}%`;
    console.log(`all ${report(all)}; tables ${report(tables)}; metadata ${report(meta)}; stat ${report(stat)}`);
    // thresholds are the figures measured on this corpus (2026-11-21), with a little room
    expect(all.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(tables.precision).toBeGreaterThanOrEqual(0.995);
    expect(meta.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(meta.precision).toBeGreaterThanOrEqual(0.99);
    expect(stat.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(stat.precision).toBeGreaterThanOrEqual(0.995);
  });

  it('extracts every labelled document without failing and with one value per key', async () => {
    for (const { gold, result } of await runCorpus()) {
      const keys = result.fields.map((f) => f.key);
      expect(new Set(keys).size, gold.doc).toBe(keys.length);
      if ('format' in gold.fields) expect(result.format, gold.doc).toBe(gold.fields.format);
    }
  });

  it('points every figure at its own characters in the document text', async () => {
    const bad: string[] = [];
    let checked = 0;
    for (const { gold, parsed, norm, result } of await runCorpus()) {
      for (const f of result.fields) {
        if (!f.source) continue;
        const { start, end, normStart, normEnd, text } = f.source;
        if (parsed.text.slice(start, end) !== text) bad.push(`${gold.doc} ${f.key}: source text differs`);
        if (normEnd < normStart || normEnd > norm.text.length) bad.push(`${gold.doc} ${f.key}: bad norm span`);
        if (typeof f.value !== 'number' || f.source.end === f.source.start) continue; // text, or a blank cell
        checked++;
        // the document text at the span holds the figure as written: digits (full-width folded), a Chinese
        // numeral, or for 0 a sentence saying there was none
        const written = text.normalize('NFKC').replace(/[,，]/g, '');
        const normWritten = norm.text.slice(normStart, normEnd);
        const none = f.value === 0 && f.method === 'narrative' && /未|没有|沒有|无|無|不存在/.test(normWritten) && !/\d/.test(written);
        // a figure in 万 ("1.2万") stands for its value in ten thousands
        const wan = /^(\d+(?:\.\d+)?)[万萬]$/.exec(written);
        const inWan = wan !== null && Math.round(Number(wan[1]) * 10000) === f.value;
        const ok = written.includes(String(f.value)) || /^[零〇一二两兩三四五六七八九十百千万萬]+$/.test(written) || none || inWan;
        if (!ok) bad.push(`${gold.doc} ${f.key}=${f.value}: span "${text}"`);
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives pre-2019 reports stat keys only, and 2019/2021 reports their six sections', async () => {
    for (const { gold, result } of await runCorpus()) {
      const groups = new Set(result.fields.map((f) => group(f.key)));
      if (result.format === 'pre2019') {
        expect([...groups].filter((g) => g.startsWith('t')), gold.doc).toEqual([]);
        expect(result.sections, gold.doc).toEqual([]);
      } else if (result.format) {
        expect(groups.has('stat'), gold.doc).toBe(false);
        if (gold.complete) expect(result.sections.map((s) => s.no), gold.doc).toEqual([1, 2, 3, 4, 5, 6]);
      }
    }
  });
});

describe('extractReport on odd input', () => {
  const doc = (text: string) => ({
    parsed: { kind: 'txt' as const, encoding: 'utf-8', encodingConfidence: 1, text, blocks: [], notes: [] },
    norm: normalize(text),
  });

  it.each([
    ['empty', ''],
    ['blank', ' \n\n\t '],
    ['spam only', '香港免费图库资料大全 '.repeat(300)],
    ['digits only', '1234567890'.repeat(5000)],
    ['labels without figures', '收到申请数件'.repeat(2000)],
    ['one huge line of title mentions', '某某局政府信息公开工作年度报告。'.repeat(30000)],
  ])('never throws and invents nothing (%s)', (_name, text) => {
    const r = extractReport(doc(text));
    expect(r.fields.filter((f) => f.key.includes('.'))).toEqual([]);
    expect(r.sections).toEqual([]);
  });

  it('stays fast on a very long document', () => {
    const t0 = performance.now();
    extractReport(doc('2017年,我区累计主动公开政府信息663条。'.repeat(20000)));
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('stays fast when a page is one huge line (no cost per mention proportional to the line)', () => {
    const t0 = performance.now();
    extractReport(doc('某某局政府信息公开工作年度报告。'.repeat(30000)));
    extractReport(doc(`${'首页 | 新闻 '.repeat(100000)}某某县2022年政府信息公开工作年度报告`));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

// Whole reports written in styles the corpus does not show (test/fixtures/extract/), through the real parser.
describe('extractReport on reports outside the corpus', () => {
  const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'extract');
  async function run(name: string) {
    const parsed = await parseFile(new Uint8Array(readFileSync(join(FIXTURES, name))), name);
    const norm = normalize(parsed.text);
    const r = extractReport({ parsed, norm });
    return { r, text: parsed.text, values: Object.fromEntries(r.fields.map((f) => [f.key, f.value])) };
  }

  it('a 2017 town report: title over two lines, / dates, Chinese numerals, running totals and last year left out', async () => {
    const { r, values } = await run('pre2019-town-2017.txt');
    expect(values).toEqual({
      agency: '某某县某某镇人民政府',
      year: 2017,
      published: '2018-03-26', // the header, not the signature 二〇一八年三月二十日
      format: 'pre2019',
      'stat.proactive': 215, // 二百一十五条, not the running total 3120
      'stat.channel.website': 186, // 通过县政府门户网站公开186条
      'stat.apply.received': 5, // 2017's 5, not 2016's 3
      'stat.apply.in_person': 2,
      'stat.apply.online': 3,
      'stat.apply.on_time': 5, // 均已按时办结
      'stat.review.total': 0,
      'stat.suit.total': 0,
      'stat.fees': 0,
    });
    expect(r.notes).toEqual([]);
  });

  it('a 2022 department report published in 2023: 生成日期 is the publication, 成文日期 is not', async () => {
    const { r, values } = await run('dept-2022-header.txt');
    expect(values).toMatchObject({ agency: '某某市生态环境局', year: 2022, published: '2023-01-30', format: '2021' });
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('an HTML page: links to other years’ reports, the title broken by <br>, a 成文日期/发布日期 header table', async () => {
    const { r, text, values } = await run('street-2022-page.html');
    expect(values).toMatchObject({ agency: '某某区某某街道办事处', year: 2022, published: '2023-01-16', format: '2021' });
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    // each value points at its own words in the document text
    const src = (k: string) => r.fields.find((f) => f.key === k)!.source!;
    expect(src('year').text).toBe('2022');
    expect(src('agency').text).toBe('某某区某某街道办事处');
    expect(src('published').text).toBe('2023-01-16');
    expect(text.slice(src('published').start - 12, src('published').start)).toMatch(/发布日期/);
  });
});

