// The official tables 二/三/四 (and the pre-2019 statistics list) as DATA: which label sits where, which
// field key each numeric cell holds. One generic grid model (rows of cells with rowSpan/colSpan) is
// rendered by one component, so the 2019 and 2021 layouts differ only in the rows listed here.
import { FIELDS } from '../../../src-main/core/fields.js';
import type { ReportFormat } from '../../../src-main/core/fields.js';

export type ShapeCell =
  | { kind: 'head'; text: string; rowSpan?: number; colSpan?: number; vertical?: boolean; title?: string }
  | { kind: 'label'; text: string; rowSpan?: number; colSpan?: number; vertical?: boolean; group?: boolean; title?: string }
  | { kind: 'value'; key: string; rowSpan?: number; colSpan?: number };

export interface TableShape {
  id: 't2' | 't3' | 't4' | 'stat';
  /** column widths in px (undefined = flexible) */
  cols: Array<number | undefined>;
  rows: ShapeCell[][];
}

// ---- table 三 -------------------------------------------------------------------------------------

export const T3_COLUMNS: Array<{ suffix: string; label: string }> = [
  { suffix: 'natural', label: '自然人' },
  { suffix: 'business', label: '商业企业' },
  { suffix: 'research', label: '科研机构' },
  { suffix: 'nonprofit', label: '社会公益组织' },
  { suffix: 'legal', label: '法律服务机构' },
  { suffix: 'other', label: '其他' },
  { suffix: 'total', label: '总计' },
];

const R3 = '三、本年度办理结果';
const W = '（三）不予公开';
const U = '（四）无法提供';
const X = '（五）不予处理';
const O = '（六）其他处理';

/** Rows of table 三: the key prefix of the row and its label path (outer → inner). */
export const T3_ROWS: Array<{ id: string; path: string[]; formats: ReportFormat[] }> = [
  { id: 'new', path: ['一、本年新收政府信息公开申请数量'], formats: ['2021', '2019'] },
  { id: 'carried', path: ['二、上年结转政府信息公开申请数量'], formats: ['2021', '2019'] },
  { id: 'public', path: [R3, '（一）予以公开'], formats: ['2021', '2019'] },
  { id: 'partial', path: [R3, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], formats: ['2021', '2019'] },
  { id: 'withheld.secret', path: [R3, W, '1.属于国家秘密'], formats: ['2021', '2019'] },
  { id: 'withheld.law', path: [R3, W, '2.其他法律行政法规禁止公开'], formats: ['2021', '2019'] },
  { id: 'withheld.safety', path: [R3, W, '3.危及“三安全一稳定”'], formats: ['2021', '2019'] },
  { id: 'withheld.third_party', path: [R3, W, '4.保护第三方合法权益'], formats: ['2021', '2019'] },
  { id: 'withheld.internal', path: [R3, W, '5.属于三类内部事务信息'], formats: ['2021', '2019'] },
  { id: 'withheld.process', path: [R3, W, '6.属于四类过程性信息'], formats: ['2021', '2019'] },
  { id: 'withheld.enforcement', path: [R3, W, '7.属于行政执法案卷'], formats: ['2021', '2019'] },
  { id: 'withheld.query', path: [R3, W, '8.属于行政查询事项'], formats: ['2021', '2019'] },
  { id: 'unable.not_held', path: [R3, U, '1.本机关不掌握相关政府信息'], formats: ['2021', '2019'] },
  { id: 'unable.create', path: [R3, U, '2.没有现成信息需要另行制作'], formats: ['2021', '2019'] },
  { id: 'unable.unclear', path: [R3, U, '3.补正后申请内容仍不明确'], formats: ['2021', '2019'] },
  { id: 'rejected.petition', path: [R3, X, '1.信访举报投诉类申请'], formats: ['2021', '2019'] },
  { id: 'rejected.duplicate', path: [R3, X, '2.重复申请'], formats: ['2021', '2019'] },
  { id: 'rejected.publication', path: [R3, X, '3.要求提供公开出版物'], formats: ['2021', '2019'] },
  { id: 'rejected.mass', path: [R3, X, '4.无正当理由大量反复申请'], formats: ['2021', '2019'] },
  { id: 'rejected.confirm', path: [R3, X, '5.要求行政机关确认或重新出具已获取信息'], formats: ['2021', '2019'] },
  { id: 'other', path: [R3, O], formats: ['2019'] },
  { id: 'other.no_correction', path: [R3, O, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], formats: ['2021'] },
  { id: 'other.no_fee', path: [R3, O, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], formats: ['2021'] },
  { id: 'other.misc', path: [R3, O, '3.其他'], formats: ['2021'] },
  { id: 'total', path: [R3, '（七）总计'], formats: ['2021', '2019'] },
  { id: 'carry_forward', path: ['四、结转下年度继续办理'], formats: ['2021', '2019'] },
];

const LABEL_DEPTH = 3;

/**
 * Label cells of rows given as label paths: equal leading path parts of consecutive rows merge into one
 * cell spanning those rows, and a row's last label spans the remaining label columns.
 */
export function labelCells(paths: string[][], depth = LABEL_DEPTH): ShapeCell[][] {
  const out: ShapeCell[][] = paths.map(() => []);
  // open[level] = the cell currently spanning down at that level, with the path prefix it stands for
  const open: Array<{ cell: Extract<ShapeCell, { kind: 'label' }>; prefix: string } | undefined> = [];
  paths.forEach((path, r) => {
    path.forEach((text, level) => {
      const last = level === path.length - 1;
      const prefix = path.slice(0, level + 1).join('\u0000');
      const cur = open[level];
      if (!last && cur && cur.prefix === prefix) {
        cur.cell.rowSpan = (cur.cell.rowSpan ?? 1) + 1;
        return;
      }
      const cell: Extract<ShapeCell, { kind: 'label' }> = { kind: 'label', text, title: text };
      if (last && level < depth - 1) cell.colSpan = depth - level;
      // outer group labels of several rows are narrow columns written top to bottom, as in the official form
      if (!last && level === 0) cell.vertical = true;
      else if (!last) cell.group = true;
      out[r].push(cell);
      open[level] = last ? undefined : { cell, prefix };
      for (let l = level + 1; l < open.length; l++) open[l] = undefined;
    });
  });
  return out;
}

export function t3Shape(format: '2021' | '2019'): TableShape {
  const rows = T3_ROWS.filter((r) => r.formats.includes(format));
  const labels = labelCells(rows.map((r) => r.path));
  const head: ShapeCell[][] = [
    [
      { kind: 'head', text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', rowSpan: 3, colSpan: LABEL_DEPTH },
      { kind: 'head', text: '申请人情况', colSpan: 7 },
    ],
    [
      { kind: 'head', text: '自然人', rowSpan: 2 },
      { kind: 'head', text: '法人或其他组织', colSpan: 5 },
      { kind: 'head', text: '总计', rowSpan: 2 },
    ],
    T3_COLUMNS.slice(1, 6).map((c) => ({ kind: 'head', text: c.label }) as ShapeCell),
  ];
  const body = rows.map((row, i) => [
    ...labels[i],
    ...T3_COLUMNS.map((c) => ({ kind: 'value', key: `t3.${row.id}.${c.suffix}` }) as ShapeCell),
  ]);
  return { id: 't3', cols: [24, 62, undefined, 46, 46, 46, 46, 46, 46, 50], rows: [...head, ...body] };
}

// ---- table 四 -------------------------------------------------------------------------------------

export const T4_GROUPS = [
  { id: 'review', label: '行政复议' },
  { id: 'suit_direct', label: '未经复议直接起诉' },
  { id: 'suit_after', label: '复议后起诉' },
];
export const T4_COLUMNS = [
  { suffix: 'upheld', label: '结果维持' },
  { suffix: 'corrected', label: '结果纠正' },
  { suffix: 'other', label: '其他结果' },
  { suffix: 'pending', label: '尚未审结' },
  { suffix: 'total', label: '总计' },
];

export function t4Shape(): TableShape {
  const sub = (): ShapeCell[] => T4_COLUMNS.map((c) => ({ kind: 'head', text: c.label }));
  return {
    id: 't4',
    cols: Array.from({ length: 15 }, () => undefined),
    rows: [
      [
        { kind: 'head', text: '行政复议', colSpan: 5, rowSpan: 2 },
        { kind: 'head', text: '行政诉讼', colSpan: 10 },
      ],
      [
        { kind: 'head', text: T4_GROUPS[1].label, colSpan: 5 },
        { kind: 'head', text: T4_GROUPS[2].label, colSpan: 5 },
      ],
      [...sub(), ...sub(), ...sub()],
      T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => ({ kind: 'value', key: `t4.${g.id}.${c.suffix}` }) as ShapeCell)),
    ],
  };
}

// ---- table 二 -------------------------------------------------------------------------------------

type T2Block = { head: string; columns: string[]; rows: Array<{ label: string; keys: string[] }> };

const T2_2021: T2Block[] = [
  { head: '第二十条第（一）项', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [
    { label: '规章', keys: ['t2.rules.issued', 't2.rules.repealed', 't2.rules.in_force'] },
    { label: '行政规范性文件', keys: ['t2.normative.issued', 't2.normative.repealed', 't2.normative.in_force'] },
  ] },
  { head: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: [{ label: '行政许可', keys: ['t2.license.decisions'] }] },
  { head: '第二十条第（六）项', columns: ['本年处理决定数量'], rows: [
    { label: '行政处罚', keys: ['t2.penalty.decisions'] },
    { label: '行政强制', keys: ['t2.coercion.decisions'] },
  ] },
  { head: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'], rows: [{ label: '行政事业性收费', keys: ['t2.fees.amount'] }] },
];

const T2_2019: T2Block[] = [
  { head: '第二十条第（一）项', columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [
    { label: '规章', keys: ['t2.rules.made', 't2.rules.published', 't2.rules.total'] },
    { label: '规范性文件', keys: ['t2.normative.made', 't2.normative.published', 't2.normative.total'] },
  ] },
  { head: '第二十条第（五）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [
    { label: '行政许可', keys: ['t2.license.prev', 't2.license.change', 't2.license.decisions'] },
    { label: '其他对外管理服务事项', keys: ['t2.other_services.prev', 't2.other_services.change', 't2.other_services.decisions'] },
  ] },
  { head: '第二十条第（六）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [
    { label: '行政处罚', keys: ['t2.penalty.prev', 't2.penalty.change', 't2.penalty.decisions'] },
    { label: '行政强制', keys: ['t2.coercion.prev', 't2.coercion.change', 't2.coercion.decisions'] },
  ] },
  { head: '第二十条第（八）项', columns: ['上一年项目数量', '本年增/减'], rows: [
    { label: '行政事业性收费', keys: ['t2.fees.prev', 't2.fees.change'] },
  ] },
  { head: '第二十条第（九）项', columns: ['采购项目数量', '采购总金额'], rows: [
    { label: '政府集中采购', keys: ['t2.procurement.items', 't2.procurement.amount'] },
  ] },
];

/** Spreads n items over `width` columns: the last item takes what is left. */
function spread(n: number, width: number): number[] {
  const base = Math.floor(width / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? width - base * (n - 1) : base));
}

export function t2Shape(format: '2021' | '2019'): TableShape {
  const blocks = format === '2021' ? T2_2021 : T2_2019;
  const width = 3;
  const rows: ShapeCell[][] = [];
  for (const b of blocks) {
    rows.push([{ kind: 'head', text: b.head, colSpan: width + 1 }]);
    const spans = spread(b.columns.length, width);
    rows.push([{ kind: 'head', text: '信息内容' }, ...b.columns.map((c, i) => ({ kind: 'head', text: c, colSpan: spans[i] }) as ShapeCell)]);
    for (const r of b.rows) {
      rows.push([{ kind: 'label', text: r.label }, ...r.keys.map((k, i) => ({ kind: 'value', key: k, colSpan: spans[i] }) as ShapeCell)]);
    }
  }
  return { id: 't2', cols: [undefined, 90, 90, 90], rows };
}

// ---- pre-2019 statistics ------------------------------------------------------------------------

export function statShape(): TableShape {
  const rows: ShapeCell[][] = FIELDS.filter((f) => f.key.startsWith('stat.')).map((f) => [
    { kind: 'label', text: f.label.replace(/^统计表\s*/, ''), title: f.label },
    { kind: 'value', key: f.key },
  ]);
  return { id: 'stat', cols: [undefined, 110], rows };
}

/** The tables a report of this format shows, in order. */
export function shapesFor(format: ReportFormat | null | undefined): TableShape[] {
  if (format === '2021' || format === '2019') return [t2Shape(format), t3Shape(format), t4Shape()];
  if (format === 'pre2019') return [statShape()];
  return [];
}

/** Keys of value cells in reading order (row by row), for Tab navigation. */
export function shapeKeys(shape: TableShape): string[] {
  return shape.rows.flatMap((r) => r.flatMap((c) => (c.kind === 'value' ? [c.key] : [])));
}

/**
 * Grid positions of value cells (rowSpan/colSpan resolved), so arrow keys can move to the cell above,
 * below, left or right as the table is drawn.
 */
export function valuePositions(shape: TableShape): Map<string, { row: number; col: number }> {
  const taken: boolean[][] = [];
  const pos = new Map<string, { row: number; col: number }>();
  shape.rows.forEach((cells, r) => {
    taken[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (taken[r][c]) c++;
      const rs = cell.rowSpan ?? 1;
      const cs = cell.colSpan ?? 1;
      for (let i = 0; i < rs; i++) {
        taken[r + i] ??= [];
        for (let j = 0; j < cs; j++) taken[r + i][c + j] = true;
      }
      if (cell.kind === 'value') pos.set(cell.key, { row: r, col: c });
      c += cs;
    }
  });
  return pos;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The value cell nearest to `from` in a direction, or undefined at the table's edge. */
export function moveInShape(shape: TableShape, from: string, dir: Direction): string | undefined {
  const pos = valuePositions(shape);
  const p = pos.get(from);
  if (!p) return undefined;
  let best: { key: string; d: number } | undefined;
  for (const [key, q] of pos) {
    const dr = q.row - p.row;
    const dc = q.col - p.col;
    const ok = dir === 'up' ? dr < 0 : dir === 'down' ? dr > 0 : dir === 'left' ? dc < 0 && dr === 0 : dc > 0 && dr === 0;
    if (!ok) continue;
    // along the direction first, then as little sideways drift as possible
    const d = dir === 'up' || dir === 'down' ? Math.abs(dr) * 1000 + Math.abs(dc) : Math.abs(dc);
    if (!best || d < best.d) best = { key, d };
  }
  return best?.key;
}
