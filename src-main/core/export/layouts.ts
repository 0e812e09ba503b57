// The column layouts of the workbook's tables, derived from the labels of fields.json (never typed twice):
// a label is "表三 三（一）予以公开 · 法人或其他组织·商业企业", i.e. "<table> <row> · <column>", and the
// export splits it into a two-level header. fields.json lists a few keys twice (the 2021 and 2019 wording of
// the same cell, e.g. t2.license.decisions); the first wording names the column and the formats are merged.
import { FIELDS, type FieldSpec, type FieldType, type ReportFormat } from '../fields.js';

export interface FieldColumn {
  key: string;
  /** top header (the official table's row or item) */
  group: string;
  /** second header (the official table's column) */
  header: string;
  type: FieldType;
  unit?: string;
  formats: ReportFormat[];
  /** every label fields.json gives this key */
  labels: string[];
}

/** The keys of fields.json once each, formats merged, in the order of first appearance. */
export const UNIQUE_FIELDS: readonly FieldSpec[] = (() => {
  const byKey = new Map<string, FieldSpec>();
  for (const f of FIELDS) {
    const prev = byKey.get(f.key);
    if (prev) byKey.set(f.key, { ...prev, formats: [...new Set([...prev.formats, ...f.formats])] });
    else byKey.set(f.key, { ...f, formats: [...f.formats] });
  }
  return [...byKey.values()];
})();

const LABELS = new Map<string, string[]>();
for (const f of FIELDS) LABELS.set(f.key, [...(LABELS.get(f.key) ?? []), f.label]);

/** The reviewer-facing name of a key: its first label in fields.json (unknown keys are shown as they are). */
export function fieldLabel(key: string): string {
  return LABELS.get(key)?.[0] ?? key;
}

/** "表二(2019) 规章 · 本年新制作数量" → { table: "表二(2019)", row: "规章", column: "本年新制作数量" } */
export function splitLabel(label: string): { table: string; row: string; column: string } {
  const space = label.indexOf(' ');
  const table = space < 0 ? '' : label.slice(0, space);
  const rest = space < 0 ? label : label.slice(space + 1);
  const dot = rest.indexOf(' · ');
  return dot < 0 ? { table, row: rest, column: '' } : { table, row: rest.slice(0, dot), column: rest.slice(dot + 3) };
}

function column(f: FieldSpec, group: string, header: string): FieldColumn {
  return { key: f.key, group, header, type: f.type, unit: f.unit, formats: f.formats, labels: LABELS.get(f.key) ?? [f.label] };
}

const byPrefix = (prefix: string) => UNIQUE_FIELDS.filter((f) => f.key.startsWith(prefix));
const segments = (key: string) => key.split('.');

// ---- 表二: one row per report; the union of the 2021 and 2019 cells, grouped by item (规章, 行政许可, …).
// A cell only one format has is marked with its format so a reader knows why the other format leaves it blank.
export const T2_COLUMNS: readonly FieldColumn[] = (() => {
  const fields = byPrefix('t2.');
  const items: string[] = [];
  for (const f of fields) {
    const item = segments(f.key)[1];
    if (!items.includes(item)) items.push(item);
  }
  const out: FieldColumn[] = [];
  for (const item of items) {
    const inItem = fields.filter((f) => segments(f.key)[1] === item);
    const group = splitLabel(inItem[0].label).row;
    for (const f of inItem) {
      const { column: col } = splitLabel(f.label);
      const mark = f.formats.length === 1 ? `（${f.formats[0]}版）` : '';
      out.push(column(f, group, `${col}${mark}`));
    }
  }
  return out;
})();

// ---- 表三: one row per report and official row; the seven applicant columns.
export interface T3Row {
  /** key prefix without the column, e.g. "t3.withheld.secret" */
  id: string;
  label: string;
  formats: ReportFormat[];
}
export interface T3Column {
  /** last key segment: natural, business, …, total */
  id: string;
  group: string;
  header: string;
}

export const T3_ROWS: readonly T3Row[] = (() => {
  const rows = new Map<string, T3Row>();
  for (const f of byPrefix('t3.')) {
    const id = f.key.slice(0, f.key.lastIndexOf('.'));
    if (!rows.has(id)) rows.set(id, { id, label: splitLabel(f.label).row, formats: f.formats });
  }
  return [...rows.values()];
})();

export const T3_COLUMNS: readonly T3Column[] = (() => {
  const first = T3_ROWS[0].id;
  return byPrefix(`${first}.`).map((f) => {
    const col = splitLabel(f.label).column;
    const dot = col.indexOf('·');
    // "法人或其他组织·商业企业" → group 法人或其他组织; "自然人" and "总计" stand alone (merged over both header rows)
    return dot < 0 ? { id: segments(f.key).at(-1)!, group: '', header: col } : { id: segments(f.key).at(-1)!, group: col.slice(0, dot), header: col.slice(dot + 1) };
  });
})();

export const t3Key = (row: T3Row | string, col: T3Column | string) =>
  `${typeof row === 'string' ? row : row.id}.${typeof col === 'string' ? col : col.id}`;

export function t3RowsFor(format: ReportFormat): T3Row[] {
  return T3_ROWS.filter((r) => r.formats.includes(format));
}

// ---- 表四: three groups × five results.
export const T4_COLUMNS: readonly FieldColumn[] = byPrefix('t4.').map((f) => {
  const { row, column: col } = splitLabel(f.label);
  return column(f, row, col);
});

// ---- 统计表（2019年前）: one row per report; grouped by the statistics table's nine parts.
// The part names are those of the national statistics table (国办发〔2008〕36号 annex); the label's own
// numbering (一（一）, 三（三）4.其中…) stays in the second header so the reader can find the row.
const STAT_PARTS: Record<string, string> = {
  一: '一、主动公开情况',
  二: '二、回应解读情况',
  三: '三、依申请公开情况',
  四: '四、行政复议数量',
  五: '五、行政诉讼数量',
  六: '六、举报投诉数量',
  七: '七、依申请公开信息收取的费用',
  八: '八、机构建设和保障经费情况',
  九: '九、政府信息公开会议和培训情况',
};

export const STAT_COLUMNS: readonly FieldColumn[] = byPrefix('stat.').map((f) => {
  const { row } = splitLabel(f.label);
  const part = STAT_PARTS[row.charAt(0)] ?? '';
  const header = f.unit ? `${row}（${f.unit}）` : row;
  return column(f, part, header);
});

/** The number format of a field type (万元 with decimals, counts as integers, 本年增/减 signed). */
export function numberFormatFor(type: FieldType): string | undefined {
  switch (type) {
    case 'int':
      return '#,##0';
    case 'signed_int':
      return '+#,##0;-#,##0;0';
    case 'decimal':
      return '#,##0.00##';
    default:
      return undefined;
  }
}
