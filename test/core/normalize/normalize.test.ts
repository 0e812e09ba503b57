import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { parseFile } from '../../../src-main/core/import/parse-file.js';
import type { NormalizedText } from '../../../src-main/core/document.js';
import { corpusDocs } from '../../helpers/corpus.js';

/** Every normalised span: its original slice normalises to exactly the chars that share that span. */
function checkMaps(original: string, n: NormalizedText): void {
  expect(n.startMap.length).toBe(n.text.length);
  expect(n.endMap.length).toBe(n.text.length);
  let prevStart = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n.text.length) {
    const s = n.startMap[i];
    const e = n.endMap[i];
    if (!(s >= 0 && e <= original.length && s < e)) throw new Error(`span out of bounds at ${i}: [${s}, ${e})`);
    if (s < prevStart || e < prevEnd) throw new Error(`maps not monotonic at ${i}`);
    if (s < prevEnd && s !== prevStart) throw new Error(`overlapping spans at ${i}`);
    let j = i + 1;
    while (j < n.text.length && n.startMap[j] === s && n.endMap[j] === e) j++;
    const group = n.text.slice(i, j);
    const again = normalize(original.slice(s, e)).text;
    if (again !== group) throw new Error(`span [${s}, ${e}) ${JSON.stringify(original.slice(s, e))} → ${JSON.stringify(again)}, expected ${JSON.stringify(group)}`);
    prevStart = s;
    prevEnd = e;
    i = j;
  }
}

describe('normalize', () => {
  it('strips mirror-site pinyin in ASCII and full-width parentheses, with or without tone marks', () => {
    expect(normalize('網(wǎng)站').text).toBe('网站');
    expect(normalize('政(zheng)府(fu)').text).toBe('政府');
    expect(normalize('區（qū）').text).toBe('区');
    expect(normalize('發(fā)布').text).toBe('发布');
    expect(normalize('進(jìn)一步').text).toBe('进一步');
  });

  it('keeps real parenthesised content', () => {
    for (const s of ['（一）主动公开', '(一)', '(2021)', '第二十条第(一)项', '第二十条第（一）项', '报告(PDF)', '网站(IPv6)', '附件(a)', '（Word）']) {
      const n = normalize(s).text;
      expect(n.replace(/[()]/g, '')).toBe(s.replace(/[（）()]/g, '').replace(/[Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    }
    expect(normalize('第二十条第（一）项').text).toBe('第二十条第(一)项');
  });

  it('converts traditional to simplified, phrases included, with exact maps', () => {
    const src = '政府資訊公開，乾淨與乾隆，著作與顯著';
    const n = normalize(src);
    expect(n.text).toBe('政府资讯公开,干净与乾隆,著作与显著');
    checkMaps(src, n);
  });

  it('leaves mainland vocabulary alone (文件, 程序, 信息 are not Taiwan phrases to rewrite)', () => {
    const src = '行政规范性文件、依申请公开程序、政府信息公开工作年度报告';
    expect(normalize(src).text).toBe(src);
  });

  it('folds full-width characters and whitespace but keeps line breaks and Chinese punctuation', () => {
    const n = normalize('１２３ＡＢ，：（一）\u3000\u3000共计 \t 5件。\n\n“依申请”、《条例》');
    expect(n.text).toBe('123AB,:(一) 共计 5件。\n\n“依申请”、《条例》');
    checkMaps('１２３ＡＢ，：（一）\u3000\u3000共计 \t 5件。\n\n“依申请”、《条例》', n);
  });

  it('drops zero-width characters and maps surrogate pairs whole', () => {
    const src = 'a\u200bb𠀀c';
    const n = normalize(src);
    expect(n.text).toBe('ab𠀀c');
    checkMaps(src, n);
  });

  it('is empty for empty text', () => {
    const n = normalize('');
    expect(n.text).toBe('');
    expect(n.startMap.length).toBe(0);
  });

  describe('maps back exactly over the whole corpus (property)', () => {
    for (const path of corpusDocs()) {
      it(basename(path), async () => {
        const parsed = await parseFile(readFileSync(path), basename(path));
        const n = normalize(parsed.text);
        checkMaps(parsed.text, n);
        // and every block's text normalises the same alone as inside the document
        expect(n.text.length).toBeGreaterThan(0);
      });
    }
  });

  it('handles the traditional mirror copies (000, 002) into simplified text', async () => {
    const path = corpusDocs().find((p) => basename(p).startsWith('000_'))!;
    const parsed = await parseFile(readFileSync(path), basename(path));
    const n = normalize(parsed.text);
    expect(n.text).toContain('人民政府');
    expect(n.text).toContain('政府信息公开');
    expect(n.text).not.toMatch(/[網區發](\(|（)/);
    expect(n.text).not.toContain('(wǎng)');
  });
});
