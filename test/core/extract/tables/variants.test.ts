// Layouts and cell writings real reports use that the corpus does not show exactly, built from real
// figures (gold files) so every sum holds: the extractor must read them as the gold has them.
import { describe, expect, it } from 'vitest';
import { goldFor } from '../../../helpers/corpus.js';
import { reportHtml, reportText, t2Html2021, T3_COLS, T3_TEMPLATE, t3Html, t3KeysOf, t3Shape7, t4Html, T4_KEYS, tableValues } from './report-builder.js';

const HUAIAN = goldFor('huaian-2024.docx')!.fields;
const PINGTAN23 = goldFor('pingtan-2023.html')!.fields;

function expectKeys(values: Map<string, unknown>, gold: Record<string, unknown>, keys: string[]) {
  const wrong = keys.filter((k) => values.get(k) !== gold[k]).map((k) => `${k}=${values.get(k)} gold ${gold[k]}`);
  expect(wrong).toEqual([]);
}

describe('HTML table variants (huaian-2024 figures)', () => {
  it('the plain built report reads as gold (the builder itself is right)', async () => {
    const html = reportHtml({ t2: t2Html2021(HUAIAN), t3: t3Html(HUAIAN), t4: t4Html(HUAIAN) });
    const { values } = await tableValues(html, 'built.html');
    expectKeys(values, HUAIAN, Object.keys(HUAIAN).filter((k) => /^t[234]\./.test(k)));
  });
  it('table 三 with the 法人或其他组织 columns in another order', async () => {
    const order = ['other', 'legal', 'business', 'nonprofit', 'research'];
    const { values } = await tableValues(reportHtml({ t3: t3Html(HUAIAN, { legalOrder: order }) }), 'cols.html');
    expectKeys(values, HUAIAN, t3KeysOf(HUAIAN));
  });
  it('table 三 split over two <table>s with the header repeated, inside a row group and between groups', async () => {
    for (const splitAt of [8, 12, 23]) {
      const { values } = await tableValues(reportHtml({ t3: t3Html(HUAIAN, { splitAt }) }), 'split.html');
      expectKeys(values, HUAIAN, t3KeysOf(HUAIAN));
    }
  });
});

describe('cell writings', () => {
  const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it('full-width digits in HTML cells', async () => {
    const cell = (_k: string, v: number | string | null) => fullWidth(String(v));
    const { values } = await tableValues(reportHtml({ t2: t2Html2021(HUAIAN, cell), t3: t3Html(HUAIAN, { cell }), t4: t4Html(HUAIAN, cell) }), 'fw.html');
    expectKeys(values, HUAIAN, Object.keys(HUAIAN).filter((k) => /^t[234]\./.test(k)));
  });
  it('thousands separators: 万元 amounts and large counts', async () => {
    const sep = (v: number | string | null) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v));
    const cell = (_k: string, v: number | string | null) => sep(v);
    const { values } = await tableValues(reportHtml({ t2: t2Html2021(HUAIAN, cell), t3: t3Html(HUAIAN, { cell }) }), 'sep.html');
    expect(values.get('t2.fees.amount')).toBe(96171.6); // '96,171.6'
    expect(values.get('t2.license.decisions')).toBe(447228); // '447,228'
    expect(values.get('t3.new.total')).toBe(3119); // '3,119'
    expectKeys(values, HUAIAN, t3KeysOf(HUAIAN));
  });
  it('blank cells written —, /, 无 are blanks (null), the sums still hold', async () => {
    const marks = ['—', '/', '无', '——', '－'];
    let n = 0;
    const blanked = new Set<string>();
    const cell = (k: string, v: number | string | null) => {
      if (v === 0 && k.startsWith('t3.withheld.')) {
        blanked.add(k);
        return marks[n++ % marks.length];
      }
      return String(v);
    };
    const { values } = await tableValues(reportHtml({ t3: t3Html(HUAIAN, { cell }) }), 'blank.html');
    expect(blanked.size).toBeGreaterThan(20);
    for (const k of blanked) expect(values.get(k), k).toBeNull();
    expectKeys(values, HUAIAN, t3KeysOf(HUAIAN).filter((k) => !blanked.has(k)));
  });
  it('blank cells of table 四 in an all-quiet year', async () => {
    const cell = (k: string) => (k.endsWith('.total') ? '0' : '/');
    const { values } = await tableValues(reportHtml({ t4: t4Html(PINGTAN23, cell), t3: t3Html(PINGTAN23) }), 't4blank.html');
    for (const k of T4_KEYS) expect(values.get(k), k).toBe(k.endsWith('.total') ? 0 : null);
  });
});

describe('flattened text variants', () => {
  it('table 三 in shape 7 with wrapped labels, numbers on the first or the second line (huaian-2024 figures)', async () => {
    for (const late of [false, true]) {
      for (const wrap of [8, 12]) {
        const { values } = await tableValues(reportText({ t3: t3Shape7(HUAIAN, { wrap, late }) }), 'layout.txt');
        expectKeys(values, HUAIAN, t3KeysOf(HUAIAN));
      }
    }
  });
  it('table 三 in shape 7 with full-width digits and thousands separators (pingtan-2023 figures)', async () => {
    const fw = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const value = (_k: string, v: number | string | null) => fw(typeof v === 'number' ? v.toLocaleString('en-US') : String(v));
    for (const f of [PINGTAN23, HUAIAN]) {
      const { values } = await tableValues(reportText({ t3: t3Shape7(f, { value }) }), 'fw.txt');
      expectKeys(values, f, t3KeysOf(f));
    }
  });
  it('2019 table 二: signed changes (+12, -3, 增加3, 减少2, －５) in " | " rows and whitespace rows', async () => {
    const P = goldFor('pingtan-2019.html')!.fields;
    const changes: Record<string, [string, number]> = {
      license: ['+12', 12],
      other_services: ['-3', -3],
      penalty: ['增加3', 3],
      coercion: ['减少2', -2],
      fees: ['－５', -5],
    };
    const rows = (sep: string) =>
      [
        `第二十条第（一）项`,
        ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'].join(sep),
        ['规章', P['t2.rules.made'], P['t2.rules.published'], P['t2.rules.total']].join(sep),
        ['规范性文件', P['t2.normative.made'], P['t2.normative.published'], P['t2.normative.total']].join(sep),
        `第二十条第（五）项`,
        ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'].join(sep),
        ['行政许可', P['t2.license.prev'], changes.license[0], P['t2.license.decisions']].join(sep),
        ['其他对外管理服务事项', P['t2.other_services.prev'], changes.other_services[0], P['t2.other_services.decisions']].join(sep),
        `第二十条第（六）项`,
        ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'].join(sep),
        ['行政处罚', P['t2.penalty.prev'], changes.penalty[0], P['t2.penalty.decisions']].join(sep),
        ['行政强制', P['t2.coercion.prev'], changes.coercion[0], P['t2.coercion.decisions']].join(sep),
        `第二十条第（八）项`,
        ['信息内容', '上一年项目数量', '本年增/减'].join(sep),
        ['行政事业性收费', P['t2.fees.prev'], changes.fees[0]].join(sep),
        `第二十条第（九）项`,
        ['信息内容', '采购项目数量', '采购总金额'].join(sep),
        ['政府集中采购', P['t2.procurement.items'], '75,394,432.52'].join(sep),
      ].join('\n');
    for (const sep of [' | ', '      ']) {
      const { values } = await tableValues(reportText({ t2: rows(sep), t3: t3Shape7(goldFor('pingtan-2019.html')!.fields) }), 'p2019.txt', '2019');
      for (const [row, [, v]] of Object.entries(changes)) expect(values.get(`t2.${row}.change`), `${sep} ${row}`).toBe(v);
      for (const k of ['t2.license.prev', 't2.license.decisions', 't2.penalty.prev', 't2.coercion.decisions', 't2.fees.prev', 't2.normative.total', 't2.procurement.items']) {
        expect(values.get(k), `${sep} ${k}`).toBe(P[k]);
      }
      expect(values.get('t2.procurement.amount'), sep).toBe(75394432.52);
    }
  });
  it('blank cells —, /, 无 in " | " rows of tables 三 and 四 (huaian-2024 figures)', async () => {
    const marks = ['—', '/', '无'];
    let n = 0;
    const blanked = new Set<string>();
    const mark = (k: string, v: number | string | null) => {
      if (v === 0 && !k.endsWith('.total')) {
        blanked.add(k);
        return marks[n++ % 3];
      }
      return String(v);
    };
    const t3 = T3_ROWS_TEXT(HUAIAN, mark);
    const t4 = ['行政复议 | 行政诉讼', '未经复议直接起诉 | 复议后起诉', T4_KEYS.map((k) => mark(k, k.startsWith('t4.suit_after') ? 0 : HUAIAN[k])).join(' | ')].join('\n');
    const { values } = await tableValues(reportText({ t3, t4 }), 'pipes.txt');
    for (const k of blanked) expect(values.get(k), k).toBeNull();
    expectKeys(values, HUAIAN, t3KeysOf(HUAIAN).filter((k) => !blanked.has(k)));
    expect(values.get('t4.review.total')).toBe(351);
  });
});

function T3_ROWS_TEXT(f: Record<string, number | string | null>, cell: (k: string, v: number | string | null) => string): string {
  const head = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况', '自然人 | 法人或其他组织 | 总计', '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他'];
  return [...head, ...T3_TEMPLATE.map(([, label, key]) => [label, ...T3_COLS.map((c) => cell(`t3.${key}.${c}`, f[`t3.${key}.${c}`]))].join(' | '))].join('\n');
}

describe('figures stated in the prose settle what the sums leave open (huaian-2024 figures)', () => {
  const t2Glued = '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章1011行政规范性文件82666第二十条第（五）项信息内容本年处理决定数量行政许可447228';
  // table 四 as pdftotext (raw) gives it: the groups interleaved with header words
  const t4Pdf = ['行政复议', '行政诉讼', '未经复议直接起诉', '结果 维持', '结果 纠正', '72', '64', '178', '37', '复议后起诉', '结果 维持', '12', '1', '1', '6', '总计', '351', '13', '4', '8', '1', '26', '总计', '20'].join('\n\n');
  it('without such figures, the ambiguous cells stay out with a note', async () => {
    const { values, res } = await tableValues(reportText({ t2: t2Glued, t3: t3Shape7(HUAIAN), t4: t4Pdf }), 'none.txt');
    expect(values.has('t2.normative.issued')).toBe(false);
    expect(values.has('t2.rules.issued')).toBe(false);
    expect([...values.keys()].filter((k) => k.startsWith('t4.'))).toEqual([]);
    expect(res.notes.some((n) => n.keys.includes('t4.review.total'))).toBe(true);
    expect(values.get('t2.license.decisions')).toBe(447228);
  });
  it('with them, every cell consistent with them is read', async () => {
    const prose =
      '本年度新制定规章1件，制发行政规范性文件8件，废止规范性文件26件。全年因政府信息公开引起行政复议351件，其中结果维持72件，结果纠正64件，' +
      '其他结果178件，尚未审结37件；行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。未经复议直接提起行政诉讼26件。';
    const { values } = await tableValues(reportText({ prose, t2: t2Glued, t3: t3Shape7(HUAIAN), t4: t4Pdf }), 'stated.txt');
    expectKeys(values, HUAIAN, ['t2.rules.issued', 't2.rules.repealed', 't2.rules.in_force', 't2.normative.issued', 't2.normative.repealed', 't2.normative.in_force', ...T4_KEYS]);
  });
  it('figures that leave several groupings settle only the groups they share', async () => {
    // 行政诉讼 46 (25/5/9/7) is both litigation groups together: true both ways round
    const prose = '全年政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。';
    const { values, res } = await tableValues(reportText({ prose, t3: t3Shape7(HUAIAN), t4: t4Pdf }), 'review-only.txt');
    expect([...values.keys()].filter((k) => k.startsWith('t4.')).sort()).toEqual(T4_KEYS.filter((k) => k.startsWith('t4.review.')).sort());
    expectKeys(values, HUAIAN, T4_KEYS.filter((k) => k.startsWith('t4.review.')));
    expect(res.notes.filter((n) => n.keys.includes('t4.suit_direct.total') || n.keys.includes('t4.suit_after.total'))).toHaveLength(2);
  });
  it('a stated figure no reading matches (another scope) is set aside; one that fits several readings settles only what they share', async () => {
    const prose = '本年度制发行政规范性文件8件，清理后现行有效规范性文件393件。';
    const { values, res } = await tableValues(reportText({ prose, t2: t2Glued, t3: t3Shape7(HUAIAN) }), 'partial.txt');
    expect(values.get('t2.normative.issued')).toBe(8); // 8|2|666, 8|26|66, 8|266|6
    expect(values.has('t2.normative.repealed')).toBe(false);
    expect(values.has('t2.normative.in_force')).toBe(false);
    expect(res.notes.some((n) => n.keys.includes('t2.normative.in_force') && n.message.includes('正文'))).toBe(true);
  });
});

describe('table 二 as text (huaian-2024 figures)', () => {
  const rows = (sep: string, fees: string, fw = false) => {
    const w = (s: string) => (fw ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s);
    return [
      '第二十条第（一）项',
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].join(sep),
      ['规章', '1', '0', '11'].map(w).join(sep),
      ['行政规范性文件', '8', '26', '66'].map(w).join(sep),
      '第二十条第（五）项',
      ['信息内容', '本年处理决定数量'].join(sep),
      ['行政许可', w('447,228')].join(sep),
      '第二十条第（六）项',
      ['信息内容', '本年处理决定数量'].join(sep),
      ['行政处罚', w('3985758')].join(sep),
      ['行政强制', w('88283')].join(sep),
      '第二十条第（八）项',
      ['信息内容', '本年收费金额（单位：万元）'].join(sep),
      ['行政事业性收费', w(fees)].join(sep),
    ].join('\n');
  };
  it('" | " rows and whitespace rows, amounts with separators or a unit, full-width digits', async () => {
    for (const sep of [' | ', '      ']) {
      for (const fees of ['96,171.6', '96171.6万元', '96171.60']) {
        for (const fw of [false, true]) {
          const { values } = await tableValues(reportText({ t2: rows(sep, fees, fw), t3: t3Shape7(HUAIAN) }), 't2.txt');
          expectKeys(values, HUAIAN, Object.keys(HUAIAN).filter((k) => k.startsWith('t2.')));
        }
      }
    }
  });
});

describe('2019 table 二 as an HTML table (pingtan-2019 figures)', () => {
  it('signed changes in cells (+12, -3, 增加3, 减少2, －５), an amount with separators', async () => {
    const P = goldFor('pingtan-2019.html')!.fields;
    const row = (label: string, cells: (string | number | null)[]) => `<tr><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const head = (cols: string[]) => `<tr><td>信息内容</td>${cols.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const items = ['上一年项目数量', '本年增/减', '处理决定数量'];
    const t2 =
      '<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>' +
      head(['本年新制作数量', '本年新公开数量', '对外公开总数量']) +
      row('规章', [P['t2.rules.made'], P['t2.rules.published'], P['t2.rules.total']]) +
      row('规范性文件', [P['t2.normative.made'], P['t2.normative.published'], P['t2.normative.total']]) +
      '<tr><td colspan="4">第二十条第（五）项</td></tr>' + head(items) +
      row('行政许可', [P['t2.license.prev'], '+12', P['t2.license.decisions']]) +
      row('其他对外管理服务事项', [P['t2.other_services.prev'], '-3', P['t2.other_services.decisions']]) +
      '<tr><td colspan="4">第二十条第（六）项</td></tr>' + head(items) +
      row('行政处罚', [P['t2.penalty.prev'], '增加3', P['t2.penalty.decisions']]) +
      row('行政强制', [P['t2.coercion.prev'], '减少2', P['t2.coercion.decisions']]) +
      '<tr><td colspan="4">第二十条第（八）项</td></tr>' + head(['上一年项目数量', '本年增/减']) +
      row('行政事业性收费', [P['t2.fees.prev'], '－５']) +
      '<tr><td colspan="4">第二十条第（九）项</td></tr>' + head(['采购项目数量', '采购总金额']) +
      row('政府集中采购', [P['t2.procurement.items'], '75,394,432.52']) +
      '</table>';
    const { values } = await tableValues(reportHtml({ t2, t3: t3Html(HUAIAN) }), 'p2019.html', '2019');
    expect([12, -3, 3, -2, -5]).toEqual(['license', 'other_services', 'penalty', 'coercion', 'fees'].map((r) => values.get(`t2.${r}.change`)));
    for (const k of ['t2.license.prev', 't2.license.decisions', 't2.penalty.prev', 't2.coercion.decisions', 't2.fees.prev', 't2.normative.total', 't2.procurement.items']) expect(values.get(k), k).toBe(P[k]);
    expect(values.get('t2.procurement.amount')).toBe(75394432.52);
  });
});

describe('HTML table 三 header variants (pingtan-2023 and huaian-2024 figures)', () => {
  it('one header row of seven names (合计 for 总计), 法人 columns in another order', async () => {
    for (const f of [PINGTAN23, HUAIAN]) {
      const { values } = await tableValues(reportHtml({ t3: t3Html(f, { flatHeader: true, legalOrder: ['legal', 'other', 'business', 'research', 'nonprofit'] }) }), 'flat.html');
      expectKeys(values, f, t3KeysOf(f));
    }
  });
});

describe('table 三 as text with the 法人或其他组织 columns in another order (huaian-2024 figures)', () => {
  const order = ['natural', 'legal', 'other', 'business', 'research', 'nonprofit', 'total'];
  const names: Record<string, string> = { natural: '自然人', business: '商业企业', research: '科研机构', nonprofit: '社会公益组织', legal: '法律服务机构', other: '其他', total: '总计' };
  const table = (sep: string) =>
    [
      `（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）${sep}申请人情况`,
      ['自然人', '法人或其他组织', '总计'].join(sep),
      order.slice(1, 6).map((c) => names[c]).join(sep),
      ...T3_TEMPLATE.map(([, label, key]) => [label, ...order.map((c) => String(HUAIAN[`t3.${key}.${c}`]))].join(sep)),
    ].join('\n');
  it('" | " rows: the columns are mapped by the header', async () => {
    const { values } = await tableValues(reportText({ t3: table(' | ') }), 'pipes.txt');
    expectKeys(values, HUAIAN, t3KeysOf(HUAIAN));
  });
  it('whitespace-aligned rows with the header on one line (PDF layout text): mapped by the header', async () => {
    const { values } = await tableValues(reportText({ t3: table('     ') }), 'spaces.txt');
    expectKeys(values, HUAIAN, t3KeysOf(HUAIAN));
  });
  it('one cell per line (PDF text may scramble header words): left out with a note, never read in the template order', async () => {
    const { values, res } = await tableValues(reportText({ t3: table('\n\n') }), 'cells.txt');
    expect([...values.keys()].filter((k) => k.startsWith('t3.'))).toEqual([]);
    expect(res.notes.some((n) => /法人或其他组织.*顺序/.test(n.message))).toBe(true);
  });
});

describe('table 四 in PDF order, every corpus table (seeded random interleavings)', () => {
  it('never a wrong figure: a group is read only when its order adds up or stated figures settle it', async () => {
    const { loadGolds } = await import('../../../helpers/corpus.js');
    const { loadDoc } = await import('./load-corpus.js');
    const { readFlattened } = await import('../../../../src-main/core/extract/tables/index.js');
    const { normalize } = await import('../../../../src-main/core/normalize/index.js');
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let right = 0;
    let wrong = 0;
    for (const g of loadGolds()) {
      if (!/\.(html|docx)$/.test(g.doc) || !('t4.review.total' in g.fields)) continue;
      const lines = (await loadDoc(g.doc)).parsed.text.split('\n');
      const i4 = lines.findIndex((l) => /^行政复议\s*\|/.test(l));
      let j = i4;
      while (j < lines.length && lines[j].includes(' | ')) j++;
      for (let t = 0; t < 20; t++) {
        const groups = [0, 1, 2].map((k) => T4_KEYS.slice(k * 5, k * 5 + 5).map((key) => String(g.fields[key])));
        const ptr = [0, 0, 0];
        const stream = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'];
        let prev = -1;
        for (let n = 0; n < 15; ) {
          const k = Math.floor(rnd() * 3);
          if (ptr[k] === 5) continue;
          if (prev >= 0 && k !== prev) stream.push('结果 纠正'); // header words between the blocks, as PDF text has them
          stream.push(groups[k][ptr[k]++]);
          prev = k;
          n++;
        }
        const text = [...lines.slice(0, i4), stream.join('\n\n'), ...lines.slice(j)].map((l) => (l.includes(' | ') ? l.split(' | ').join('\n\n') : l)).join('\n');
        for (const f of readFlattened(normalize(text).text, undefined).t4?.found ?? []) {
          if (f.value === g.fields[f.key]) right++;
          else wrong++;
        }
      }
    }
    expect(wrong).toBe(0);
    expect(right).toBeGreaterThan(500);
  });
});
