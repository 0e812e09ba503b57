import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../src-main/core/document.js';
import { extractStat } from '../../../../src-main/core/extract/stat/index.js';
import { parseFile } from '../../../../src-main/core/import/parse-file.js';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { extractReport } from '../../../../src-main/core/extract/index.js';
import { DOCS_DIR, loadGolds } from '../../../helpers/corpus.js';

async function stat(doc: string) {
  const parsed = await parseFile(new Uint8Array(readFileSync(join(DOCS_DIR, doc))), doc);
  const norm = normalize(parsed.text);
  const tables = parsed.blocks.filter((b): b is TableBlock => b.type === 'table');
  const r = extractStat({ text: parsed.text, norm }, tables);
  return { r, get: (k: string) => r.fields.find((f) => f.key === k) };
}

describe('extractStat on real pre-2019 reports', () => {
  it('splits run-together digits of the Fujian table with the sentence and the sum rule (pingtan-2016.txt)', async () => {
    const { get } = await stat('pingtan-2016.txt');
    // "主动公开文件数条346085376": 2016年度 3460 (the text says 主动公开政府信息3460条), 历年累计 85376
    expect(get('stat.proactive')).toMatchObject({ value: 3460, method: 'flattened-row' });
    // 政府网站公开数 + 政府公报公开数 (0) = 主动公开文件数 in both columns
    expect(get('stat.channel.website')).toMatchObject({ value: 3460 });
    expect(get('stat.apply.received')).toMatchObject({ value: 0, method: 'flattened-row' });
    expect(get('stat.proactive')!.source!.text).toBe('3460');
  });

  it('reads the same table from the page’s table block (pingtan-2016.html)', async () => {
    const { get } = await stat('pingtan-2016.html');
    expect(get('stat.proactive')).toMatchObject({ value: 3460, method: 'table-cell' });
    expect(get('stat.review.total')).toMatchObject({ value: 0, method: 'table-cell' });
    // the source names the cell: the 2016年度 column of the 主动公开文件数 row
    const src = get('stat.proactive')!.source!;
    expect(src).toMatchObject({ text: '3460', col: 2 });
    expect(src.block).toBeTypeOf('number');
    // the fee row is in 元 and the 行政诉讼、举报 row mixes two things: neither is taken
    expect(get('stat.fees')).toBeUndefined();
    expect(get('stat.complaints')).toBeUndefined();
  });

  it('prefers the table to the narrative and keeps blank rows blank (003)', async () => {
    const { get } = await stat('003_323c5264ff0b08ab.txt');
    expect(get('stat.proactive')).toMatchObject({ value: 41105, method: 'flattened-row' });
    expect(get('stat.apply.received')).toMatchObject({ value: 3, method: 'flattened-row' });
    expect(get('stat.org.budget')).toMatchObject({ value: null });
  });

  it('reads narrative-only reports (001) with spans on the figures', async () => {
    const { get } = await stat('001_e37cf357f63797f5.txt');
    expect(get('stat.proactive')).toMatchObject({ value: 663, method: 'narrative', approx: false });
    expect(get('stat.proactive')!.source!.text).toBe('663');
    expect(get('stat.review.total')).toMatchObject({ value: 0 });
    expect(get('stat.suit.total')).toMatchObject({ value: 0 });
    expect(get('stat.fees')).toMatchObject({ value: 0 });
  });
});

// Metamorphic: the real pre-2019 reports with look-alike sentences added — last year's figures, a running
// total, another kind of application — must give the same stat figures.
describe('extractStat ignores look-alike sentences added to real reports', () => {
  const run = (text: string) =>
    extractReport({ parsed: { kind: 'txt', encoding: 'utf-8', encodingConfidence: 1, text, blocks: [], notes: [] }, norm: normalize(text) });
  const stats = (r: ReturnType<typeof run>) => Object.fromEntries(r.fields.filter((f) => f.key.startsWith('stat.')).map((f) => [f.key, f.value]));

  it('on every pre-2019 text report of the corpus', () => {
    const changed: string[] = [];
    let tried = 0;
    for (const g of loadGolds().filter((x) => x.doc.endsWith('.txt') && x.fields.format === 'pre2019')) {
      const text = readFileSync(join(DOCS_DIR, g.doc), 'utf8').replace(/\r\n?/g, '\n');
      const base = run(text);
      const year = base.fields.find((f) => f.key === 'year')?.value;
      if (typeof year !== 'number') continue;
      tried++;
      const extra = `${year - 1}年收到政府信息公开申请99件，去年受理政府信息公开申请98件。截至目前累计主动公开政府信息99999条。全年共受理行政审批申请1500件。`;
      const at = Math.max(0, text.indexOf('\n', 200));
      const a = stats(base);
      const b = stats(run(`${text.slice(0, at)}\n${extra}${text.slice(at)}`));
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[k] !== b[k]) changed.push(`${g.doc} ${k}: ${a[k]} → ${b[k]}`);
    }
    expect(tried).toBeGreaterThan(20);
    expect(changed).toEqual([]);
  });
});

