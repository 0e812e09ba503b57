// The layouts of tables 二, 三 and 四 of the 2019 and 2021 report formats, as data: which rows and columns
// exist, the labels (and real-world variants) by which they are found, and the keys of fields.json they fill.
// Readers (flattened text, structured TableBlocks) are generic code over these tables.
//
// Labels are matched against "compact" text: whitespace removed, full-width ASCII folded to half-width
// (see compact.ts), so '商业 企业', '商业\n企业' and '（一）' / '(一)' need no separate aliases.
// Within a list of aliases the longer, more specific ones come first.

import type { ValueKind } from '../values.js';

export interface RowSpec {
  /** key fragment: 't3.<row>.<col>' or 't2.<row>.<col>' */
  key: string;
  labels: string[];
  /** the item number the template prints before the label ('1' for '1.属于国家秘密'), stripped in shape 6 */
  enumerator?: string;
  /** role in the arithmetic of table 三 (R1, R2) */
  role?: 'new' | 'carried' | 'result' | 'total' | 'carry_forward';
}

export interface ColSpec {
  key: string;
  labels: string[];
  kind: ValueKind;
}

export type TableFormat = '2021' | '2019';

// ---------------------------------------------------------------- table 三

export const T3_COLUMNS: ColSpec[] = [
  { key: 'natural', labels: ['自然人'], kind: 'int' },
  { key: 'business', labels: ['商业企业'], kind: 'int' },
  { key: 'research', labels: ['科研机构'], kind: 'int' },
  { key: 'nonprofit', labels: ['社会公益组织'], kind: 'int' },
  { key: 'legal', labels: ['法律服务机构'], kind: 'int' },
  { key: 'other', labels: ['其他'], kind: 'int' },
  { key: 'total', labels: ['总计', '合计'], kind: 'int' },
];

const T3_HEAD: RowSpec[] = [
  { key: 'new', labels: ['本年新收政府信息公开申请数量', '本年新收'], role: 'new' },
  { key: 'carried', labels: ['上年结转政府信息公开申请数量', '上年结转'], role: 'carried' },
  { key: 'public', labels: ['予以公开'], role: 'result' },
  { key: 'partial', labels: ['部分公开'], role: 'result' },
  { key: 'withheld.secret', labels: ['属于国家秘密', '国家秘密'], enumerator: '1', role: 'result' },
  { key: 'withheld.law', labels: ['其他法律行政法规禁止公开', '禁止公开'], enumerator: '2', role: 'result' },
  { key: 'withheld.safety', labels: ['危及"三安全一稳定"', '危及“三安全一稳定”', '三安全一稳定'], enumerator: '3', role: 'result' },
  { key: 'withheld.third_party', labels: ['保护第三方合法权益', '第三方合法权益'], enumerator: '4', role: 'result' },
  // '三类内容事务信息' is a typo seen in real reports
  { key: 'withheld.internal', labels: ['属于三类内部事务信息', '属于三类内容事务信息', '三类内部事务', '三类内容事务', '内部事务信息'], enumerator: '5', role: 'result' },
  { key: 'withheld.process', labels: ['属于四类过程性信息', '四类过程性信息', '过程性信息'], enumerator: '6', role: 'result' },
  { key: 'withheld.enforcement', labels: ['属于行政执法案卷', '行政执法案卷'], enumerator: '7', role: 'result' },
  { key: 'withheld.query', labels: ['属于行政查询事项', '行政查询事项', '查询事项'], enumerator: '8', role: 'result' },
  { key: 'unable.not_held', labels: ['本机关不掌握相关政府信息', '不掌握相关政府信息', '不掌握'], enumerator: '1', role: 'result' },
  { key: 'unable.create', labels: ['没有现成信息需要另行制作', '没有现成信息', '另行制作'], enumerator: '2', role: 'result' },
  { key: 'unable.unclear', labels: ['补正后申请内容仍不明确', '仍不明确'], enumerator: '3', role: 'result' },
  { key: 'rejected.petition', labels: ['信访举报投诉类申请', '信访举报投诉'], enumerator: '1', role: 'result' },
  { key: 'rejected.duplicate', labels: ['重复申请'], enumerator: '2', role: 'result' },
  { key: 'rejected.publication', labels: ['要求提供公开出版物', '公开出版物'], enumerator: '3', role: 'result' },
  { key: 'rejected.mass', labels: ['无正当理由大量反复申请', '大量反复申请', '大量反复'], enumerator: '4', role: 'result' },
  { key: 'rejected.confirm', labels: ['要求行政机关确认或重新出具已获取信息', '确认或重新出具', '重新出具'], enumerator: '5', role: 'result' },
];

const T3_TAIL: RowSpec[] = [
  { key: 'total', labels: ['(七)总计', '七、总计', '总计', '合计'], role: 'total' },
  { key: 'carry_forward', labels: ['结转下年度继续办理', '结转下年度'], role: 'carry_forward' },
];

/**
 * PDF text wraps long labels mid-word and may put the row's numbers between the two halves
 * ('5.要求行政机关确认或重新出 / 1 0 0 0 0 0 1 / 具已获取信息'): the first characters of a long label are an
 * alias too. (Prefixes are distinct across the rows of the table.)
 */
function withPrefixes(rows: RowSpec[]): RowSpec[] {
  return rows.map((r) => {
    const extra = r.labels.filter((l) => l.length >= 10).map((l) => l.slice(0, 8));
    return { ...r, labels: [...r.labels, ...extra.filter((e) => !r.labels.includes(e))] };
  });
}

const T3_ROWS_RAW: Record<TableFormat, RowSpec[]> = {
  '2021': [
    ...T3_HEAD,
    { key: 'other.no_correction', labels: ['申请人无正当理由逾期不补正', '无正当理由逾期不补正', '逾期不补正', '无正当理由逾期'], enumerator: '1', role: 'result' },
    { key: 'other.no_fee', labels: ['申请人逾期未按收费通知', '逾期未按收费通知', '未按收费通知', '逾期未缴费', '缴纳费用'], enumerator: '2', role: 'result' },
    // Word auto-numbering may drop the '3.'; then the label is the bare '其他' after the previous row
    { key: 'other.misc', labels: ['3.其他', '3、其他', '其他'], role: 'result' },
    ...T3_TAIL,
  ],
  '2019': [...T3_HEAD, { key: 'other', labels: ['(六)其他处理', '其他处理'], role: 'result' }, ...T3_TAIL],
};

export const T3_ROWS: Record<TableFormat, RowSpec[]> = { '2021': withPrefixes(T3_ROWS_RAW['2021']), '2019': withPrefixes(T3_ROWS_RAW['2019']) };

/** Text that marks the start of table 三 (its header cell or the section heading). */
export const T3_START = ['本列数据的勾稽关系', '收到和处理政府信息公开申请情况', '申请人情况'];
/**
 * Where a fragment of table 三 starts when neither its header nor the section heading is in the text (a PDF
 * page that begins mid-table): the row labels only table 三 has, written as the template writes them.
 */
export const T3_FRAGMENT_HEADS = [
  '本年新收政府信息公开申请数量',
  '上年结转政府信息公开申请数量',
  '本年度办理结果',
  '属于国家秘密',
  '其他法律行政法规禁止公开',
  '三安全一稳定',
  '保护第三方合法权益',
  '属于三类内部事务信息',
  '属于四类过程性信息',
  '属于行政执法案卷',
  '属于行政查询事项',
  '本机关不掌握相关政府信息',
  '没有现成信息需要另行制作',
  '补正后申请内容仍不明确',
  '信访举报投诉类申请',
  '要求提供公开出版物',
  '无正当理由大量反复申请',
  '要求行政机关确认或重新出具已获取信息',
  '无正当理由逾期不补正',
  '逾期未按收费通知',
  '结转下年度继续办理',
];
/** Labels that show the 2021 layout of table 三 (three （六） sub-rows). */
export const T3_2021_MARKERS = ['逾期不补正', '逾期未按收费', '缴纳费用'];

// ---------------------------------------------------------------- table 四

export const T4_GROUPS = [
  { key: 'review', labels: ['行政复议'] },
  { key: 'suit_direct', labels: ['未经复议直接起诉'] },
  { key: 'suit_after', labels: ['复议后起诉'] },
];
export const T4_COLUMNS: ColSpec[] = [
  { key: 'upheld', labels: ['结果维持'], kind: 'int' },
  { key: 'corrected', labels: ['结果纠正'], kind: 'int' },
  { key: 'other', labels: ['其他结果'], kind: 'int' },
  { key: 'pending', labels: ['尚未审结'], kind: 'int' },
  { key: 'total', labels: ['总计', '合计'], kind: 'int' },
];
export const T4_KEYS: string[] = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`));
/** The heading of section 四 (wording varies), else the first header cells of the table itself. */
export const T4_START = [
  '政府信息公开行政复议、行政诉讼情况',
  '政府信息公开行政复议',
  '行政复议、行政诉讼情况',
  '行政复议、提起行政诉讼',
  '行政复议和行政诉讼',
  '行政复议、诉讼情况',
  '行政复议行政诉讼',
  '行政复议|行政诉讼',
  '行政复议结果维持',
  '行政复议|结果维持',
];

// ---------------------------------------------------------------- table 二

export interface T2Row {
  key: string;
  labels: string[];
  /** columns in template order */
  cols: ColSpec[];
}

const c = (key: string, labels: string[], kind: ValueKind = 'int'): ColSpec => ({ key, labels, kind });

const T2_2021_DOCS = [c('issued', ['本年制发件数', '本年制发']), c('repealed', ['本年废止件数', '本年废止']), c('in_force', ['现行有效件数', '现行有效'])];
const T2_2021_DECISIONS = [c('decisions', ['本年处理决定数量', '处理决定数量'])];

const T2_2019_DOCS = [
  c('made', ['本年新制作数量', '本年新制作']),
  c('published', ['本年新公开数量', '本年新公开']),
  c('total', ['对外公开总数量', '对外公开总数']),
];
const T2_2019_ITEMS = [
  c('prev', ['上一年项目数量', '上一年项目']),
  c('change', ['本年增/减', '本年增减', '增/减'], 'signed_int'),
  c('decisions', ['处理决定数量', '本年处理决定数量']),
];

// '规范性档案': mirror sites that convert to traditional phrase by phrase turn 文件 into 檔案 (Taiwan usage)
const NORMATIVE = ['行政规范性文件', '规范性文件', '行政规范性档案', '规范性档案'];

export const T2_ROWS: Record<TableFormat, T2Row[]> = {
  '2021': [
    { key: 'rules', labels: ['规章'], cols: T2_2021_DOCS },
    { key: 'normative', labels: NORMATIVE, cols: T2_2021_DOCS },
    { key: 'license', labels: ['行政许可'], cols: T2_2021_DECISIONS },
    { key: 'penalty', labels: ['行政处罚'], cols: T2_2021_DECISIONS },
    { key: 'coercion', labels: ['行政强制'], cols: T2_2021_DECISIONS },
    { key: 'fees', labels: ['行政事业性收费'], cols: [c('amount', ['本年收费金额', '收费金额'], 'decimal')] },
  ],
  '2019': [
    { key: 'rules', labels: ['规章'], cols: T2_2019_DOCS },
    { key: 'normative', labels: NORMATIVE, cols: T2_2019_DOCS },
    { key: 'license', labels: ['行政许可'], cols: T2_2019_ITEMS },
    { key: 'other_services', labels: ['其他对外管理服务事项', '其他对外管理服务'], cols: T2_2019_ITEMS },
    { key: 'penalty', labels: ['行政处罚'], cols: T2_2019_ITEMS },
    { key: 'coercion', labels: ['行政强制'], cols: T2_2019_ITEMS },
    { key: 'fees', labels: ['行政事业性收费'], cols: T2_2019_ITEMS.slice(0, 2) },
    { key: 'procurement', labels: ['政府集中采购'], cols: [c('items', ['采购项目数量']), c('amount', ['采购总金额'], 'decimal')] },
  ],
};

/** Header words only one of the two table-二 layouts has. */
export const T2_FORMAT_MARKERS: Record<TableFormat, string[]> = {
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额'],
  '2019': ['本年新制作', '本年新公开', '对外公开总数量', '上一年项目数量', '本年增/减', '政府集中采购', '第二十条第(九)项', '第二十条第(9)项'],
};
/**
 * Where a fragment of table 二 starts when its first block is not in the text (a page or excerpt that
 * begins mid-table): the heading or column-header row of a later block. These are table words, not prose.
 */
export const T2_BLOCK_HEADS = [
  ...['五', '六', '八', '九', '5', '6', '8', '9'].map((n) => `第二十条第(${n})项`),
  '信息内容本年处理决定数量',
  '信息内容本年收费金额',
  '信息内容上一年项目数量',
  '信息内容采购项目数量',
];
export const T2_START = [
  '第二十条第(一)项',
  '第二十条第(一)',
  '第二十条第一项',
  '第二十条第(1)项',
  '第20条第(一)项',
  '第20条第(1)项',
  '信息内容本年制发件数',
  '信息内容本年新制作数量',
];
