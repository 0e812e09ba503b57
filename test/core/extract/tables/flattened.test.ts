// Each flattened shape of report-format.md §4, read from the real corpus file that has it.
import { describe, expect, it } from 'vitest';
import { readFlattened } from '../../../../src-main/core/extract/tables/index.js';
import { goldFor } from '../../../helpers/corpus.js';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { loadDoc } from './load-corpus.js';

async function read(doc: string) {
  const { norm } = await loadDoc(doc);
  const out = readFlattened(norm.text, undefined);
  const values = new Map<string, number | null>();
  for (const t of ['t2', 't3', 't4'] as const) for (const f of out[t]?.found ?? []) values.set(f.key, f.value);
  const notes = ['t2', 't3', 't4'].flatMap((t) => out[t as 't2']?.notes ?? []);
  return { values, notes, out, norm };
}

function compare(doc: string, values: Map<string, number | null>, prefix: RegExp) {
  const gold = goldFor(doc)!;
  const keys = Object.keys(gold.fields).filter((k) => prefix.test(k));
  let correct = 0;
  const wrong: string[] = [];
  for (const k of keys) {
    if (!values.has(k)) continue;
    if (values.get(k) === gold.fields[k]) correct++;
    else wrong.push(`${k}=${values.get(k)} gold ${gold.fields[k]}`);
  }
  const spurious = [...values.keys()].filter((k) => prefix.test(k) && !(k in gold.fields));
  return { keys: keys.length, correct, wrong, spurious };
}

describe('flattened tables from real files', () => {
  it('shapes 1 and 2: " | " rows with empty-cell runs (004)', async () => {
    const doc = '004_43d0b42a4a6d771f.txt';
    const r = compare(doc, (await read(doc)).values, /^t[234]\./);
    expect(r).toEqual({ keys: 200, correct: 200, wrong: [], spurious: [] });
  });
  it('shape 3: one cell per line ending " |" (web-008, cut after block (六))', async () => {
    const doc = 'web-008.txt';
    const { values, notes } = await read(doc);
    const r = compare(doc, values, /^t2\./);
    expect(r.wrong).toEqual([]);
    expect(r.correct).toBe(12);
    // 其他对外管理服务事项 has two sub-rows, both all zeros: 0, said in a note
    expect(values.get('t2.other_services.decisions')).toBe(0);
    expect(notes.find((n) => n.keys.includes('t2.other_services.prev'))?.message).toMatch(/子行/);
  });
  it('shape 4: one cell per line, labels out of order with their numbers (huaian-2024-raw)', async () => {
    const doc = 'huaian-2024-raw.txt';
    const { values, notes } = await read(doc);
    expect(compare(doc, values, /^t[23]\./)).toEqual({ keys: 185, correct: 185, wrong: [], spurious: [] });
    // table 四's numbers are scrambled by the PDF column order ('72 64 178 37 | 12 1 1 6 | 351 | 13 4 8 1 26 | 20'):
    // 18 labelled groupings add up; the text states 行政复议 351 (72/64/178/37), which settles that group.
    // 行政诉讼 46 (25/5/9/7) is the sum of 直接起诉 and 复议后起诉, true both ways round: those stay out.
    const gold = goldFor(doc)!;
    const t4 = [...values.keys()].filter((k) => k.startsWith('t4.'));
    expect(t4.sort()).toEqual(['t4.review.corrected', 't4.review.other', 't4.review.pending', 't4.review.total', 't4.review.upheld']);
    for (const k of t4) expect(values.get(k), k).toBe(gold.fields[k]);
    expect(notes.filter((n) => n.keys.includes('t4.suit_direct.total') || n.keys.includes('t4.suit_after.total'))).toHaveLength(2);
  });
  it('shape 5: leading "| " rows (web-097, cut inside table 三)', async () => {
    const doc = 'web-097.txt';
    expect(compare(doc, (await read(doc)).values, /^t[234]\./)).toMatchObject({ keys: 24, correct: 24, wrong: [] });
  });
  it('shape 4 variant: one cell per line separated by "|" lines (web-035)', async () => {
    const doc = 'web-035.txt';
    expect(compare(doc, (await read(doc)).values, /^t[234]\./)).toMatchObject({ keys: 73, correct: 73, wrong: [] });
  });
  it('shape 6: digits run together, split by the sums (pingtan 2019/2021/2023 .txt)', async () => {
    for (const doc of ['pingtan-2019.txt', 'pingtan-2021.txt', 'pingtan-2023.txt']) {
      const { values } = await read(doc);
      const r = compare(doc, values, /^t[34]\./);
      expect(r.wrong, doc).toEqual([]);
      expect(r.correct, doc).toBe(r.keys);
    }
  });
  it('shape 6: table 二 has no sums, so only forced splits are taken; the rest gets a note', async () => {
    const { values, notes } = await read('pingtan-2021.txt');
    expect(values.get('t2.rules.issued')).toBe(0); // '规章 000' can only be 0|0|0
    expect(values.get('t2.license.decisions')).toBe(2293);
    expect(values.get('t2.fees.amount')).toBe(24252.311082);
    expect(values.has('t2.normative.issued')).toBe(false); // '693665': 69|3|665? 6|93|665? …
    expect(notes.find((n) => n.keys.includes('t2.normative.issued'))?.message).toMatch(/数字连写/);
    const r2019 = await read('pingtan-2019.txt');
    expect(r2019.values.has('t2.procurement.amount')).toBe(false);
    expect(compare('pingtan-2019.txt', r2019.values, /^t2\./).wrong).toEqual([]);
  });
  it('shape 6: table 二 digits are not dealt one per cell when a blank cell could leave one over (pingtan-2021.txt edited)', async () => {
    const { norm } = await loadDoc('pingtan-2021.txt');
    // '规章 100' may be 1|0|0, 10|0 beside a blank cell, or 100 and two blanks
    const text = norm.text.replace('规章 000', '规章 100');
    expect(text).not.toBe(norm.text);
    const out = readFlattened(text, undefined);
    expect(out.t2!.found.some((f) => f.key.startsWith('t2.rules.'))).toBe(false);
    expect(out.t2!.notes.find((n) => n.keys.includes('t2.rules.issued'))?.message).toMatch(/数字连写/);
    expect(out.t2!.found.find((f) => f.key === 't2.license.decisions')?.value).toBe(2293);
  });
  it('shape 7: whitespace-aligned columns with one-character row-span labels (huaian-2024-layout)', async () => {
    const doc = 'huaian-2024-layout.txt';
    expect(compare(doc, (await read(doc)).values, /^t[234]\./)).toEqual({ keys: 200, correct: 200, wrong: [], spurious: [] });
  });
  it('never splits whitespace-separated numbers: a blank cell leaves its row out (huaian-2024-layout edited)', async () => {
    const { norm } = await loadDoc('huaian-2024-layout.txt');
    // blank the 科研机构 cell of row 二 and the 本年废止件数 cell of 行政规范性文件 (8 26 66 → 8 _ 66)
    const text = norm.text
      .replace(/(二、上年结转政府信息公开申请数量\s+34\s+0\s+)0/, '$1 ')
      .replace(/(行政规范性文件\s+8\s+)26/, '$1  ');
    expect(text).not.toBe(norm.text);
    const out = readFlattened(text, undefined);
    const keys = ['t2', 't3', 't4'].flatMap((t) => out[t as 't2']?.found ?? []).map((f) => f.key);
    expect(keys.some((k) => k.startsWith('t3.carried.'))).toBe(false);
    expect(keys.some((k) => k.startsWith('t2.normative.'))).toBe(false);
    expect(keys.filter((k) => k.startsWith('t3.')).length).toBe(24 * 7);
    expect(out.t3!.notes.some((n) => n.keys.includes('t3.carried.total'))).toBe(true);
  });
  it('shape 6 with large figures: the table sums pick the one split of every row (huaian-2024 run together)', async () => {
    // the real table text of huaian-2024.docx with every separator removed, as the pingtan .txt pages have it
    const { parsed } = await loadDoc('huaian-2024.docx');
    const text = parsed.text.split('\n').map((l) => (l.includes(' | ') ? l.split(' | ').join('').replace(/\s+/g, '') : l)).join('');
    const out = readFlattened(normalize(text).text, undefined);
    const gold = goldFor('huaian-2024.docx')!;
    const t3 = out.t3!.found;
    expect(t3).toHaveLength(25 * 7);
    for (const f of t3) expect(f.value, f.key).toBe(gold.fields[f.key]);
    // table 四 '726417837351134812612116620' has three splits that add up, differing in 直接起诉 and 复议后起诉;
    // the text's 行政诉讼 46 件（维持25、纠正5、其他9、尚未审结7）holds for one of them only
    const t4 = out.t4!.found;
    for (const f of t4) expect(f.value, f.key).toBe(gold.fields[f.key]);
    expect(t4.length).toBe(15);
    expect(out.t4!.notes).toHaveLength(0);
  });
  it('the real tables of the .html/.docx files, re-flattened into shapes 1, 3, 4, 5 and 7, read as gold', async () => {
    const shapes: Record<string, (line: string) => string> = {
      'shape 1': (l) => l + ' | ||',
      'shape 3': (l) => l.split(' | ').map((c) => c + ' |').join('\n') + '\n||',
      'shape 4': (l) => l.split(' | ').join('\n\n'),
      'shape 5': (l) => '| ' + l + ' |',
      'shape 7': (l) => l.split(' | ').join('      '),
    };
    for (const doc of ['pingtan-2019.html', 'pingtan-2021.html', 'pingtan-2023.html', 'huaian-2024.docx']) {
      const { parsed } = await loadDoc(doc);
      for (const [name, shape] of Object.entries(shapes)) {
        const text = parsed.text.split('\n').map((l) => (l.includes(' | ') ? shape(l) : l)).join('\n');
        const out = readFlattened(normalize(text).text, undefined);
        const values = new Map(['t2', 't3', 't4'].flatMap((t) => out[t as 't2']?.found ?? []).map((f) => [f.key, f.value]));
        const r = compare(doc, values, /^t[234]\./);
        expect({ doc, name, ...r }).toEqual({ doc, name, keys: r.keys, correct: r.keys, wrong: [], spurious: [] });
      }
    }
  });
  it('finds table 三 without its header cell, past the introduction that names the sections (pingtan-2021.txt edited)', async () => {
    const { norm } = await loadDoc('pingtan-2021.txt');
    const text = norm.text.replace(/\(本列数据的勾稽关系为[^)]*\)/, '').replace('申请人情况', '');
    expect(text.indexOf('收到和处理政府信息公开申请情况')).toBeLessThan(text.indexOf('第二十条')); // named in the introduction
    const out = readFlattened(text, undefined);
    expect(out.t3!.found).toHaveLength(175);
    expect(out.t2!.found.length).toBeGreaterThan(0);
    expect(out.t4!.found).toHaveLength(15);
  });
  it('an excerpt cut inside a figure at the very end does not yield the cut figure', async () => {
    const { parsed } = await loadDoc('pingtan-2021.html');
    const at = parsed.text.indexOf('| 30', parsed.text.indexOf('予以公开')); // 27 | 0 | 0 | 2 | 0 | 1 | 30
    const cut = parsed.text.slice(0, at + 3); // … | 1 | 3
    const out = readFlattened(normalize(cut).text, undefined);
    const keys = out.t3!.found.map((f) => f.key);
    expect(keys).toContain('t3.new.total');
    expect(keys.some((k) => k.startsWith('t3.public.'))).toBe(false);
  });
  it('a table 二 row cut at the very end keeps its whole cells, never the last one (web-008 cut, shape 3)', async () => {
    const { norm } = await loadDoc('web-008.txt');
    const at = norm.text.indexOf('规范性文件 |');
    const row = /规范性文件 \|\n1 \|\n1 \|\n1/.exec(norm.text.slice(at))!; // 本年新制作 1 | 本年新公开 1 | 对外公开总数 1
    const out = readFlattened(norm.text.slice(0, at + row[0].length), undefined);
    const got = new Map(out.t2!.found.map((f) => [f.key, f.value]));
    expect(got.get('t2.normative.made')).toBe(1);
    expect(got.get('t2.normative.published')).toBe(1);
    expect(got.has('t2.normative.total')).toBe(false); // '1' may be the start of '12'
    expect(out.t2!.notes.find((n) => n.keys.includes('t2.normative.total'))?.message).toMatch(/截断/);
    expect(got.get('t2.rules.total')).toBe(0);
  });
  it('a page that starts mid-table 二 is read by the labels of the blocks it has (huaian-2024-layout from block (六))', async () => {
    const { norm } = await loadDoc('huaian-2024-layout.txt');
    const block6 = norm.text.indexOf('信息内容', norm.text.search(/第二十条\s*第[(（]六[)）]项/));
    expect(block6).toBeGreaterThan(norm.text.indexOf('行政许可'));
    const page = norm.text.slice(block6); // starts with the column header of block (六), as a PDF page may
    const out = readFlattened(page, undefined);
    const gold = goldFor('huaian-2024-layout.txt')!;
    const t2 = out.t2!.found;
    expect(t2.map((f) => f.key).sort()).toEqual(['t2.coercion.decisions', 't2.fees.amount', 't2.penalty.decisions']);
    for (const f of t2) expect(f.value, f.key).toBe(gold.fields[f.key]);
    expect(out.t3!.found).toHaveLength(25 * 7);
  });
  it('prose before table 三 is not a fragment of table 二 (no block heading)', async () => {
    const { norm } = await loadDoc('huaian-2024-layout.txt');
    const t3 = norm.text.indexOf('三、收到和处理政府信息公开申请情况');
    const text = '本年度作出行政处罚决定12件，行政强制3件，行政事业性收费0万元。\n' + norm.text.slice(t3);
    const out = readFlattened(text, undefined);
    expect(out.t2).toBeUndefined();
    expect(out.t3!.found).toHaveLength(25 * 7);
  });
  it('shape 4 with blank cells as blank lines: read where the lines fit the columns and the row adds up (own text)', () => {
    // the table as such pages write it: every cell on its line, one blank line between cells, a blank cell a
    // blank line of its own; figures of huaian-2024 (34 | 0 | 0 | 0 | 0 | 0 | 34) with the zeros left blank
    const cellLines = (cells: (number | null)[]) => {
      const out: string[] = [];
      let pending = 0;
      for (const c of cells) {
        if (c === null) pending++;
        else {
          out.push(...Array(1 + pending).fill(''), ` ${c}`);
          pending = 0;
        }
      }
      return [...out, ...Array(1 + pending).fill('')];
    };
    const head = ['三、收到和处理政府信息公开申请情况', '', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '', '申请人情况', '', '自然人', '', '法人或其他组织', '', '总计', '', '商业企业', '', '科研机构', '', '社会公益组织', '', '法律服务机构', '', '其他', '', ''];
    const text = [
      ...head,
      '一、本年新收政府信息公开申请数量', ...cellLines([34, null, null, null, null, null, 34]),
      '二、上年结转政府信息公开申请数量', ...cellLines([34, null, null, null, null, null, 35]), // does not add up
      '三、本年度办理结果', '', '(一)予以公开', ...cellLines([null, null, null, null, null, null, 0]),
      '(二)部分公开', '',
    ].join('\n');
    const out = readFlattened(text, undefined);
    const got = new Map(out.t3!.found.map((f) => [f.key, f.value]));
    expect(got.get('t3.new.natural')).toBe(34);
    expect(got.get('t3.new.business')).toBeNull();
    expect(got.get('t3.new.total')).toBe(34);
    expect(got.get('t3.public.total')).toBe(0);
    expect([...got.keys()].some((k) => k.startsWith('t3.carried.'))).toBe(false);
    expect(out.t3!.notes.find((n) => n.keys.includes('t3.carried.total'))?.message).toMatch(/空行推断且不符合行合计/);
  });
  it('spans cover exactly the figure in the normalised text', async () => {
    for (const doc of ['004_43d0b42a4a6d771f.txt', 'huaian-2024-layout.txt', 'pingtan-2021.txt']) {
      const { out, norm } = await read(doc);
      for (const t of ['t2', 't3', 't4'] as const) {
        for (const f of out[t]?.found ?? []) {
          if (f.value === null) continue;
          expect(norm.text.slice(f.start, f.end).replace(/,/g, ''), `${doc} ${f.key}`).toBe(String(f.value));
        }
      }
    }
  });
});

// Table 二 of the 2019 format written out in shape 1 (' | ' rows, empty-cell runs), with the figures of
// pingtan-2019 (gold): the text is our own, the layout and label notes are those real reports use.
function table2019(rows: { otherServices?: string; normative?: string; fees?: string } = {}): string {
  return [
    '二、主动公开政府信息情况',
    '第二十条第(一)项 | |||||',
    '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | ||',
    '规章 | 0 | 0 | 0 | ||',
    `${rows.normative ?? '规范性文件'} | 89 | 89 | 89 | ||`,
    '第二十条第(五)项 | |||||',
    '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ||',
    '行政许可 | 396 | 0 | 181 | ||',
    `${rows.otherServices ?? '其他对外管理服务事项'} | 10 | 0 | 153 | ||`,
    '第二十条第(六)项 | |||||',
    '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ||',
    '行政处罚 | 2648 | 0 | 430 | ||',
    '行政强制 | 126 | 0 | 25 | ||',
    '第二十条第(八)项 | |||||',
    '信息内容 | 上一年项目数量 | 本年增/减 | |||',
    rows.fees ?? '行政事业性收费 | 35 | 0 | |||',
    '第二十条第(九)项 | |||||',
    '信息内容 | 采购项目数量 | 采购总金额 | |||',
    '政府集中采购 | 135 | 75394432.52元 | |||',
  ].join('\n');
}
function t2Values(text: string) {
  const out = readFlattened(text, undefined);
  return { got: new Map(out.t2!.found.map((f) => [f.key, f.value])), out };
}
const PINGTAN_T2: Record<string, number> = {
  'other_services.prev': 10, 'other_services.change': 0, 'other_services.decisions': 153,
  'penalty.prev': 2648, 'penalty.change': 0, 'penalty.decisions': 430,
  'coercion.prev': 126, 'coercion.change': 0, 'coercion.decisions': 25,
};

describe('table 二 rows found by their labels (own text, pingtan-2019 figures)', () => {
  it('a label inside the bracketed note of another row\'s label does not start a row; the real rows are read', () => {
    const note = '其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认、行政奖励、行政处罚、行政强制、行政检查和其他类)';
    const { got } = t2Values(table2019({ otherServices: note }));
    for (const [k, v] of Object.entries(PINGTAN_T2)) expect(got.get(`t2.${k}`), k).toBe(v);
    // full-width and square brackets alike
    const { got: got2 } = t2Values(table2019({ otherServices: note.replace('(', '【').replace(')', '】') }));
    expect(got2.get('t2.coercion.prev')).toBe(126);
  });
  it('of two places that claim a row, the one at a row start wins over a word in another row\'s label', () => {
    // the same note without brackets: 行政处罚 / 行政强制 first occur mid-cell, after '、'
    const { got } = t2Values(table2019({ otherServices: '其他对外管理服务事项 含行政确认、行政处罚、行政强制等' }));
    for (const [k, v] of Object.entries(PINGTAN_T2)) expect(got.get(`t2.${k}`), k).toBe(v);
  });
});

describe('table 二 label variants (own text, pingtan-2019 figures)', () => {
  it('规范性文件 copied as 規範性檔案 (phrase-level traditional conversion) is the 规范性文件 row, read after normalising', () => {
    for (const label of ['規範性檔案', '行政規範性檔案']) {
      const norm = normalize(table2019({ normative: label }));
      const { got } = t2Values(norm.text);
      expect(got.get('t2.normative.made'), label).toBe(89);
      expect(got.get('t2.normative.total'), label).toBe(89);
      expect(got.get('t2.rules.total'), label).toBe(0);
    }
  });
});

describe('rows whose cells are all explicitly empty (own text)', () => {
  it('a " | " row with a separator for every cell and no value gives null for each cell (blank, not missing)', () => {
    const { got } = t2Values(table2019({ fees: '行政事业性收费 | | |||' }));
    expect(got.has('t2.fees.prev')).toBe(true);
    expect(got.get('t2.fees.prev')).toBeNull();
    expect(got.get('t2.fees.change')).toBeNull();
    // the rows around it are read as before
    expect(got.get('t2.coercion.decisions')).toBe(25);
    expect(got.get('t2.procurement.items')).toBe(135);
  });
  it('too few separators for the row\'s cells (an empty run collapsed, or none): nothing is said', () => {
    for (const fees of ['行政事业性收费 |', '行政事业性收费 | |', '行政事业性收费']) {
      const { got } = t2Values(table2019({ fees }));
      expect(got.has('t2.fees.prev'), fees).toBe(false);
      expect(got.has('t2.fees.change'), fees).toBe(false);
      expect(got.get('t2.procurement.items'), fees).toBe(135);
    }
  });
});

describe('a page that starts mid-table 三 (own text, huaian-2024 figures)', () => {
  const T4_HEAD = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', `${'结果维持 结果纠正 其他结果 尚未审结 总计 '.repeat(3).trim()}`];
  const T4_ROW = '72 64 178 37 351 13 4 8 1 26 12 1 1 6 20';
  const page = (carry: string) => ['第 9 页', `四、结转下年度继续办理 ${carry}`, ...T4_HEAD, T4_ROW, '五、存在的主要问题及改进情况', '无。'].join('\n');
  it('reads the rows of table 三 that are there by their own labels, and table 四 after them', () => {
    const gold = goldFor('huaian-2024-layout.txt')!;
    const out = readFlattened(page('103 0 0 0 0 0 103'), undefined);
    const t3 = new Map(out.t3!.found.map((f) => [f.key, f.value]));
    expect([...t3.keys()].every((k) => k.startsWith('t3.carry_forward.'))).toBe(true);
    expect(t3.size).toBe(7);
    for (const [k, v] of t3) expect(v, k).toBe(gold.fields[k]);
    const t4 = out.t4!.found;
    expect(t4).toHaveLength(15);
    for (const f of t4) expect(f.value, f.key).toBe(gold.fields[f.key]);
  });
  it('a fragment row is trusted only when it adds up; prose naming the row is not a fragment', () => {
    const bad = readFlattened(page('103 0 0 0 0 0 104'), undefined);
    expect(bad.t3?.found ?? []).toEqual([]);
    expect(bad.t3!.notes.find((n) => n.keys.includes('t3.carry_forward.total'))?.message).toMatch(/表格片段/);
    const prose = readFlattened(['本年度共收到申请5件，结转下年度继续办理3件。', ...T4_HEAD, T4_ROW].join('\n'), undefined);
    expect(prose.t3?.found ?? []).toEqual([]);
    expect(prose.t4).toBeUndefined();
  });
});
