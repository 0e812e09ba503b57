// The layout of table 三 (both versions) as data: its rows and its seven columns, with the short Chinese
// labels the messages use. Keys are `t3.<row>.<column>` (fields.json).
import type { ReportFormat } from '../fields.js';
import type { Fields } from './values.js';
import { has } from './values.js';

export interface T3Column {
  id: string;
  label: string;
}

export const T3_COLUMNS: readonly T3Column[] = [
  { id: 'natural', label: '自然人' },
  { id: 'business', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'nonprofit', label: '社会公益组织' },
  { id: 'legal', label: '法律服务机构' },
  { id: 'other', label: '其他' },
  { id: 'total', label: '总计' },
];

/** the six applicant columns whose sum is 总计 */
export const T3_PART_COLUMNS = T3_COLUMNS.filter((c) => c.id !== 'total');

export interface T3Row {
  id: string;
  label: string;
  /** a row of 三、本年度办理结果 （一）–（六） */
  result?: boolean;
  /** the formats that have this row (default both) */
  formats?: ReportFormat[];
}

export const T3_ROWS: readonly T3Row[] = [
  { id: 'new', label: '本年新收' },
  { id: 'carried', label: '上年结转' },
  { id: 'public', label: '予以公开', result: true },
  { id: 'partial', label: '部分公开', result: true },
  { id: 'withheld.secret', label: '不予公开·国家秘密', result: true },
  { id: 'withheld.law', label: '不予公开·法律行政法规禁止', result: true },
  { id: 'withheld.safety', label: '不予公开·三安全一稳定', result: true },
  { id: 'withheld.third_party', label: '不予公开·第三方合法权益', result: true },
  { id: 'withheld.internal', label: '不予公开·内部事务信息', result: true },
  { id: 'withheld.process', label: '不予公开·过程性信息', result: true },
  { id: 'withheld.enforcement', label: '不予公开·行政执法案卷', result: true },
  { id: 'withheld.query', label: '不予公开·行政查询事项', result: true },
  { id: 'unable.not_held', label: '无法提供·本机关不掌握', result: true },
  { id: 'unable.create', label: '无法提供·需另行制作', result: true },
  { id: 'unable.unclear', label: '无法提供·补正后仍不明确', result: true },
  { id: 'rejected.petition', label: '不予处理·信访举报投诉', result: true },
  { id: 'rejected.duplicate', label: '不予处理·重复申请', result: true },
  { id: 'rejected.publication', label: '不予处理·公开出版物', result: true },
  { id: 'rejected.mass', label: '不予处理·大量反复申请', result: true },
  { id: 'rejected.confirm', label: '不予处理·确认或重新出具', result: true },
  { id: 'other', label: '其他处理', result: true, formats: ['2019'] },
  { id: 'other.no_correction', label: '其他处理·逾期不补正', result: true, formats: ['2021'] },
  { id: 'other.no_fee', label: '其他处理·逾期未缴费', result: true, formats: ['2021'] },
  { id: 'other.misc', label: '其他处理·其他', result: true, formats: ['2021'] },
  { id: 'total', label: '办理结果总计' },
  { id: 'carry_forward', label: '结转下年度' },
];

export const T3_ROW_BY_ID = new Map(T3_ROWS.map((r) => [r.id, r]));

export const t3Key = (row: string, col: string): string => `t3.${row}.${col}`;

const OTHER_2021 = ['other.no_correction', 'other.no_fee', 'other.misc'];

/**
 * The result rows a report actually uses: the 2021 three-way （六）其他处理 when any of its sub-rows is
 * present, else the 2019 single row — so a 2021 report on the 2019 table is still summed once.
 */
export function resultRowsOf(fields: Fields): T3Row[] {
  const has2021Other = OTHER_2021.some((r) => T3_COLUMNS.some((c) => has(fields, t3Key(r, c.id))));
  return T3_ROWS.filter((r) => {
    if (!r.result) return false;
    if (r.id === 'other') return !has2021Other;
    if (OTHER_2021.includes(r.id)) return has2021Other;
    return true;
  });
}

/** the rows a format's table 三 must have */
export function t3RowsOfFormat(format: ReportFormat): T3Row[] {
  return T3_ROWS.filter((r) => !r.formats || r.formats.includes(format));
}
