// Builds whole 2021-format reports (prose + tables 二, 三, 四) from a gold file's figures, in the layouts
// real reports use but the corpus does not show exactly: HTML tables with other column orders or split
// over two <table>s, whitespace-aligned (PDF) text with wrapped labels. The template's own wording is
// written out here, independent of the extractor's label tables.
import { parseFile } from '../../../../src-main/core/import/parse-file.js';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { extractTables } from '../../../../src-main/core/extract/tables/index.js';
import type { ReportFormat } from '../../../../src-main/core/fields.js';

export type Figures = Record<string, number | string | null>;

/** Table 三 of the 2021 template: [row-group label or '', label, key]. */
export const T3_TEMPLATE: [string, string, string][] = [
  ['', '一、本年新收政府信息公开申请数量', 'new'],
  ['', '二、上年结转政府信息公开申请数量', 'carried'],
  ['三、本年度办理结果', '（一）予以公开', 'public'],
  ['三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partial'],
  ['（三）不予公开', '1.属于国家秘密', 'withheld.secret'],
  ['（三）不予公开', '2.其他法律行政法规禁止公开', 'withheld.law'],
  ['（三）不予公开', '3.危及“三安全一稳定”', 'withheld.safety'],
  ['（三）不予公开', '4.保护第三方合法权益', 'withheld.third_party'],
  ['（三）不予公开', '5.属于三类内部事务信息', 'withheld.internal'],
  ['（三）不予公开', '6.属于四类过程性信息', 'withheld.process'],
  ['（三）不予公开', '7.属于行政执法案卷', 'withheld.enforcement'],
  ['（三）不予公开', '8.属于行政查询事项', 'withheld.query'],
  ['（四）无法提供', '1.本机关不掌握相关政府信息', 'unable.not_held'],
  ['（四）无法提供', '2.没有现成信息需要另行制作', 'unable.create'],
  ['（四）无法提供', '3.补正后申请内容仍不明确', 'unable.unclear'],
  ['（五）不予处理', '1.信访举报投诉类申请', 'rejected.petition'],
  ['（五）不予处理', '2.重复申请', 'rejected.duplicate'],
  ['（五）不予处理', '3.要求提供公开出版物', 'rejected.publication'],
  ['（五）不予处理', '4.无正当理由大量反复申请', 'rejected.mass'],
  ['（五）不予处理', '5.要求行政机关确认或重新出具已获取信息', 'rejected.confirm'],
  ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other.no_correction'],
  ['（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'other.no_fee'],
  ['（六）其他处理', '3.其他', 'other.misc'],
  ['', '（七）总计', 'total'],
  ['', '四、结转下年度继续办理', 'carry_forward'],
];
export const T3_COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
const LEGAL_PERSON_HEADS: Record<string, string> = { business: '商业企业', research: '科研机构', nonprofit: '社会公益组织', legal: '法律服务机构', other: '其他' };
export const T4_KEYS = ['review', 'suit_direct', 'suit_after'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `t4.${g}.${c}`));

export const INTRO = '<p>本报告根据《中华人民共和国政府信息公开条例》编制。</p><p>一、总体情况</p><p>本年度，我市持续推进政务公开。</p>';

function num(v: number | string | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

export interface T3HtmlOptions {
  /** order of the 法人或其他组织 columns (keys of LEGAL_PERSON_HEADS) */
  legalOrder?: string[];
  /** split the table into two <table>s before this row index, repeating the header rows */
  splitAt?: number;
  /** one header row of seven column names, no 申请人情况 / 法人或其他组织 rows; 合计 for 总计 */
  flatHeader?: boolean;
  /** how a cell's text is written (blank marks, full-width digits, separators) */
  cell?: (key: string, value: number | string | null) => string;
}

export function t3Html(f: Figures, o: T3HtmlOptions = {}): string {
  const legal = o.legalOrder ?? ['business', 'research', 'nonprofit', 'legal', 'other'];
  const cols = ['natural', ...legal, 'total'];
  const cell = o.cell ?? ((_k, v) => num(v));
  const head =
    '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>' +
    '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>' +
    `<tr>${legal.map((k) => `<td>${LEGAL_PERSON_HEADS[k]}</td>`).join('')}</tr>`;
  const flatHead = `<tr><td colspan="3">申请人情况</td><td>自然人</td>${legal.map((k) => `<td>${LEGAL_PERSON_HEADS[k]}</td>`).join('')}<td>合计</td></tr>`;
  const rows = T3_TEMPLATE.map(([group, label, key], i) => {
    const vals = cols.map((c) => `<td>${cell(`t3.${key}.${c}`, f[`t3.${key}.${c}`])}</td>`).join('');
    const first = i === 0 || T3_TEMPLATE[i - 1][0] !== group;
    const span = T3_TEMPLATE.filter((r) => r[0] === group).length;
    const lead = group === '' ? `<td colspan="3">${label}</td>` : `${first ? `<td rowspan="${span}">${group}</td>` : ''}<td colspan="2">${label}</td>`;
    return `<tr>${lead}${vals}</tr>`;
  });
  const table = (rs: string[]) => `<table border="1">${o.flatHeader ? flatHead : head}${rs.join('')}</table>`;
  if (o.splitAt === undefined) return table(rows);
  // a page break: the second part repeats the header; the row-span label of a group cut in two repeats too
  const second = rows.slice(o.splitAt);
  const [group] = T3_TEMPLATE[o.splitAt];
  if (group && T3_TEMPLATE[o.splitAt - 1][0] === group) {
    const span = T3_TEMPLATE.slice(o.splitAt).filter((r) => r[0] === group).length;
    second[0] = second[0].replace(`<tr><td colspan="2">`, `<tr><td rowspan="${span}">${group}</td><td colspan="2">`);
  }
  const firstPart = rows.slice(0, o.splitAt).map((r) => r.replace(/rowspan="(\d+)">([^<]*)<\/td>/, (m, n: string, g: string) => {
    const inFirst = T3_TEMPLATE.slice(0, o.splitAt).filter((t) => t[0] === g).length;
    return `rowspan="${Math.min(Number(n), inFirst)}">${g}</td>`;
  }));
  return `${table(firstPart)}<p>（续表）</p>${table(second)}`;
}

export function t2Html2021(f: Figures, cell: (key: string, v: number | string | null) => string = (_k, v) => num(v)): string {
  const c = (k: string) => `<td>${cell(k, f[k])}</td>`;
  return (
    '<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>' +
    `<tr><td>规章</td>${c('t2.rules.issued')}${c('t2.rules.repealed')}${c('t2.rules.in_force')}</tr>` +
    `<tr><td>行政规范性文件</td>${c('t2.normative.issued')}${c('t2.normative.repealed')}${c('t2.normative.in_force')}</tr>` +
    '<tr><td colspan="4">第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>' +
    `<tr><td>行政许可</td><td colspan="3">${cell('t2.license.decisions', f['t2.license.decisions'])}</td></tr>` +
    '<tr><td colspan="4">第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>' +
    `<tr><td>行政处罚</td><td colspan="3">${cell('t2.penalty.decisions', f['t2.penalty.decisions'])}</td></tr>` +
    `<tr><td>行政强制</td><td colspan="3">${cell('t2.coercion.decisions', f['t2.coercion.decisions'])}</td></tr>` +
    '<tr><td colspan="4">第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>' +
    `<tr><td>行政事业性收费</td><td colspan="3">${cell('t2.fees.amount', f['t2.fees.amount'])}</td></tr></table>`
  );
}

export function t4Html(f: Figures, cell: (key: string, v: number | string | null) => string = (_k, v) => num(v)): string {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return (
    '<table border="1"><tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>' +
    '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>' +
    `<tr>${[...heads, ...heads, ...heads].map((h) => `<td>${h}</td>`).join('')}</tr>` +
    `<tr>${T4_KEYS.map((k) => `<td>${cell(k, f[k])}</td>`).join('')}</tr></table>`
  );
}

export function reportHtml(parts: { t2?: string; t3?: string; t4?: string; prose?: string }): string {
  return (
    '<html><head><meta charset="utf-8"><title>某市2024年政府信息公开工作年度报告</title></head><body>' +
    `<p>某市人民政府2024年政府信息公开工作年度报告</p>${INTRO}${parts.prose ?? ''}` +
    `<p>二、主动公开政府信息情况</p>${parts.t2 ?? ''}` +
    `<p>三、收到和处理政府信息公开申请情况</p>${parts.t3 ?? ''}` +
    `<p>四、政府信息公开行政复议、行政诉讼情况</p>${parts.t4 ?? ''}` +
    '<p>五、存在的主要问题及改进情况</p><p>一是公开质量有待提高。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>'
  );
}

/** Extract the tables of a document given as bytes; every table figure by key. */
export async function tableValues(content: string, name: string, format: ReportFormat = '2021') {
  const parsed = await parseFile(new TextEncoder().encode(content), name);
  const norm = normalize(parsed.text);
  const res = extractTables({ parsed, norm }, format);
  return { values: new Map(res.fields.map((x) => [x.key, x.value])), res, parsed };
}

export function t3KeysOf(f: Figures): string[] {
  return Object.keys(f).filter((k) => k.startsWith('t3.'));
}

/**
 * Table 三 as PDF text (`pdftotext -layout`): whitespace-aligned numbers after the label, labels longer than
 * `wrap` characters broken over two lines (the numbers on the first line, or on the second with `late`),
 * row-group labels one character per line beside the rows.
 */
export function t3Shape7(f: Figures, o: { wrap?: number; late?: boolean; value?: (key: string, v: number | string | null) => string } = {}): string {
  const wrap = o.wrap ?? 12;
  const value = o.value ?? ((_k, v) => num(v));
  const lines: string[] = [
    '                                           申请人情况',
    '（本列数据的勾稽关系为：第一项加第',
    '二项之和，等于第三项加第四项之和）       自然人              法人或其他组织                总计',
    '                                               商业企  科研机  社会公益  法律服务  其他',
    '                                               业      构      组织      机构',
  ];
  let lastGroup = '';
  for (const [group, label, key] of T3_TEMPLATE) {
    const nums = T3_COLS.map((c) => value(`t3.${key}.${c}`, f[`t3.${key}.${c}`]).padStart(6)).join('   ');
    // the group label, one character per line, before its first row
    if (group && group !== lastGroup) for (const ch of group) lines.push(`  ${ch}`);
    lastGroup = group;
    if (label.length <= wrap) lines.push(`      ${label}      ${nums}`);
    else if (o.late) lines.push(`      ${label.slice(0, wrap)}`, `      ${label.slice(wrap)}      ${nums}`);
    else lines.push(`      ${label.slice(0, wrap)}      ${nums}`, `      ${label.slice(wrap)}`);
  }
  return lines.join('\n');
}

export function reportText(parts: { t2?: string; t3?: string; t4?: string; prose?: string }): string {
  return [
    '某市人民政府2024年政府信息公开工作年度报告',
    '本报告根据《中华人民共和国政府信息公开条例》编制。',
    '一、总体情况',
    parts.prose ?? '本年度，我市持续推进政务公开。',
    '二、主动公开政府信息情况',
    parts.t2 ?? '',
    '三、收到和处理政府信息公开申请情况',
    parts.t3 ?? '',
    '四、政府信息公开行政复议、行政诉讼情况',
    parts.t4 ?? '',
    '五、存在的主要问题及改进情况',
    '一是公开质量有待提高。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');
}
