// exportWorkbook against a real SQLite file holding the corpus reports (gold figures stored as their
// extraction), with review states, corrections, findings and decisions; every cell of the workbook read back
// is compared with the database through fields-repo's getReviewedValues and the labels of fields.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Db } from '../../../src-main/core/db/open.js';
import { addCorrection, getCorrections, getExtractedFields, getReviewedValues } from '../../../src-main/core/db/fields-repo.js';
import { NothingToExportError, exportWorkbook, type ExportProgress } from '../../../src-main/core/export/index.js';
import { loadGolds } from '../../helpers/corpus.js';
import { tempDb, tempDir } from '../../helpers/temp-db.js';
import { decide, finding, insertGoldReport, saveReportFindings, setStatus } from './fixture.js';
import {
  FIELD_SHEETS, LABELS, beijing, cellValue, dataRows, expectCell, expectFieldSheet, expectSumRow, expectTable3Sheet, noteText, readBook,
  readHeader, sheet,
} from './workbook-oracle.js';

type Report = { id: number; doc: string; format: string; year: number; status: string };

let db: Db;
let cleanupDb: () => void;
let dir: string;
let cleanupDir: () => void;
const reports: Report[] = [];
const byDoc = (doc: string) => reports.find((r) => r.doc === doc)!;

const SHEETS = ['汇总', '表二', '表三', '表四', '统计表（2019年前）', '校验问题', '修改记录', '导出说明'];
const FORMAT_LABEL: Record<string, string> = { '2021': '2021年版', '2019': '2019年版', pre2019: '2019年前（统计表）' };

beforeAll(() => {
  ({ db, cleanup: cleanupDb } = tempDb());
  ({ dir, cleanup: cleanupDir } = tempDir());
  for (const gold of loadGolds().filter((g) => g.complete)) {
    const id = insertGoldReport(db, gold);
    reports.push({ id, doc: gold.doc, format: String(gold.fields.format), year: Number(gold.fields.year), status: 'approved' });
  }
  // review states: most approved, one of each other state
  const states: Array<[string, 'pending' | 'returned' | 'rejected']> = [
    ['004_43d0b42a4a6d771f.txt', 'pending'],
    ['pingtan-2021.txt', 'returned'],
    ['huaian-2024-raw.txt', 'rejected'],
  ];
  for (const r of reports) {
    const state = states.find(([doc]) => doc === r.doc)?.[1] ?? 'approved';
    r.status = state;
    if (state !== 'pending') setStatus(db, r.id, state, '李审核', '2026-02-01T01:30:00.000Z', state === 'returned' ? '表三数字有误，请核对' : null);
  }
  // corrections: a 2021 table cell (twice: the newest wins), a 2019 signed 本年增/减, a pre-2019 money figure, an agency
  const h = byDoc('huaian-2024.docx').id;
  addCorrection(db, { documentId: h, key: 't3.new.natural', value: 100, reviewer: '王复核', at: '2026-01-20T02:00:00.000Z' });
  addCorrection(db, { documentId: h, key: 't3.new.natural', value: 1234, reviewer: '张审核', at: '2026-01-21T03:00:00.000Z' });
  const p19 = byDoc('pingtan-2019.html').id;
  addCorrection(db, { documentId: p19, key: 't2.license.change', value: -3, reviewer: '王复核', at: '2026-01-22T02:00:00.000Z' });
  const p16 = byDoc('pingtan-2016.html').id;
  addCorrection(db, { documentId: p16, key: 'stat.fees', value: 1.25, reviewer: '王复核', at: '2026-01-22T03:00:00.000Z' });
  addCorrection(db, { documentId: p16, key: 'agency', value: '平潭综合实验区管理委员会', reviewer: '王复核', at: '2026-01-22T04:00:00.000Z' });
  // a correction on the pending report must not appear by default
  addCorrection(db, { documentId: byDoc('004_43d0b42a4a6d771f.txt').id, key: 'agency', value: '武陵区', reviewer: '王复核' });
  // findings and decisions
  const p23 = byDoc('pingtan-2023.html').id;
  const [a, b] = saveReportFindings(db, p23, [
    finding('T3-BALANCE', 'error', ['t3.new.total', 't3.total.total'], '表三“总计”列：新收+结转≠总计+结转下年度'),
    finding('LATE-PUBLICATION', 'warning', ['published'], '发布日期晚于1月31日'),
    finding('OTHER-HIGH', 'info', ['t3.other.misc.total'], '其他处理占比偏高'),
    finding('REPEATED-TEXT', 'warning', ['section.5'], '第五部分与上一年度报告大部分相同', '一是公开意识有待加强'),
  ]);
  decide(db, p23, a, 'confirmed', null, '李审核', '2026-01-30T08:00:00.000Z');
  decide(db, p23, b, 'dismissed', '当地规定延至3月31日', '李审核', '2026-01-30T08:05:00.000Z');
  saveReportFindings(db, byDoc('004_43d0b42a4a6d771f.txt').id, [finding('TAMPERED-CONTENT', 'error', ['agency'], '正文被替换', '澳门赌场')]);
});

afterAll(() => {
  cleanupDb?.();
  cleanupDir?.();
});

const included = (filter: (r: Report) => boolean) => reports.filter(filter).map((r) => r.id).sort((x, y) => x - y);
const ids = (ws: ExcelJS.Worksheet, rows: number[]) => [...new Set(rows.map((r) => cellValue(ws, r, 1) as number))].sort((x, y) => x - y);

describe('exportWorkbook, approved reports (default)', () => {
  let wb: ExcelJS.Workbook;
  let path: string;
  const progress: ExportProgress[] = [];

  beforeAll(async () => {
    path = join(dir, '汇总表.xlsx');
    const result = await exportWorkbook(db, { out: path, pageSize: 4, onProgress: (p) => progress.push(p) });
    expect(result.reports).toBe(reports.filter((r) => r.status === 'approved').length);
    expect(result.path).toBe(path);
    wb = await readBook(path);
  });

  it('writes the sheets in order, leaves no temporary file, and reports progress up to the total', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(progress.length).toBeGreaterThan(7);
    for (let i = 1; i < progress.length; i++) expect(progress[i].done).toBeGreaterThan(progress[i - 1].done);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
  });

  it('freezes the header rows and the report columns and sets an autofilter on every data sheet', () => {
    for (const name of SHEETS.slice(0, 7)) {
      const ws = sheet(wb, name);
      const headerRows = ['校验问题', '修改记录'].includes(name) ? 1 : 2;
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: headerRows, xSplit: 2 });
      expect(ws.autoFilter, name).toMatch(new RegExp(`^A${headerRows}:[A-Z]+\\d+$`));
    }
  });

  it('汇总: one row per approved report with the reviewed metadata, key figures and finding counts', () => {
    const ws = sheet(wb, '汇总');
    const header = readHeader(ws, 2);
    const rows = dataRows(ws, 2);
    expect(ids(ws, rows)).toEqual(included((r) => r.status === 'approved'));
    const col = (h: string, g = '') => header.find((c) => c.header === h && c.group === g)!.col;
    // ordered by year, then agency
    const years = rows.map((r) => cellValue(ws, r, col('报告年度')) as number);
    expect(years).toEqual([...years].sort((x, y) => x - y));
    const t3 = header.filter((c) => c.group.startsWith('表三'));
    const t4 = header.filter((c) => c.group.startsWith('表四'));
    const t2 = header.filter((c) => c.group.startsWith('表二'));
    expect(t3.length).toBe(new Set(LABELS.filter((l) => l.key.startsWith('t3.') && l.key.endsWith('.total')).map((l) => l.key)).size);
    for (const r of rows) {
      const id = cellValue(ws, r, 1) as number;
      const report = db.prepare('SELECT * FROM reports WHERE document_id = ?').get(id) as Record<string, string | number | null>;
      const v = getReviewedValues(db, id);
      expectCell(cellValue(ws, r, col('报告主体')), v.agency, 'agency');
      expect(cellValue(ws, r, col('报告年度'))).toBe(v.year);
      expect(cellValue(ws, r, col('格式'))).toBe(FORMAT_LABEL[String(v.format)]);
      expect(cellValue(ws, r, col('审核状态'))).toBe('已通过');
      expect(cellValue(ws, r, col('审核人'))).toBe(report.decided_by);
      expect(cellValue(ws, r, col('审核时间'))).toEqual(beijing(String(report.decided_at)));
      if (typeof v.published === 'string') expect(cellValue(ws, r, col('发布日期'))).toEqual(new Date(`${v.published}T00:00:00Z`));
      const tables = v.format === '2021' || v.format === '2019';
      // the 总计 column of every 表三 row: the header names the row, found by its label in fields.json
      for (const c of t3) {
        const key = LABELS.find((l) => l.label === `表三 ${c.header} · 总计`)!.key;
        expectCell(cellValue(ws, r, c.col), tables ? v[key] : undefined, `${id} ${key}`);
      }
      for (const c of t4) {
        const key = LABELS.find((l) => l.label === `表四 ${c.header} · 总计`)!.key;
        expectCell(cellValue(ws, r, c.col), tables ? v[key] : undefined, `${id} ${key}`);
      }
      for (const c of t2) {
        const key = LABELS.find((l) => l.label === `表二 ${c.header} · 本年处理决定数量`)!.key;
        expectCell(cellValue(ws, r, c.col), tables ? v[key] : undefined, `${id} ${key}`);
      }
      const counts = db
        .prepare(
          `SELECT SUM(severity = 'error') AS e, SUM(severity = 'warning') AS w, SUM(severity = 'info') AS i,
                  SUM(d.decision IS NULL) AS open
           FROM findings f LEFT JOIN finding_decisions d USING (document_id, fingerprint) WHERE f.document_id = ?`,
        )
        .get(id) as { e: number | null; w: number | null; i: number | null; open: number | null };
      expect(cellValue(ws, r, col('错误', '校验问题'))).toBe(counts.e ?? 0);
      expect(cellValue(ws, r, col('警告', '校验问题'))).toBe(counts.w ?? 0);
      expect(cellValue(ws, r, col('提示', '校验问题'))).toBe(counts.i ?? 0);
      expect(cellValue(ws, r, col('其中未处理', '校验问题'))).toBe(counts.open ?? 0);
    }
    expectSumRow(ws, rows, [...t2, ...t3, ...t4].map((c) => c.col).concat(header.filter((c) => c.group === '校验问题').map((c) => c.col)));
    // the corrected agency of a pre-2019 report is the one shown
    const p16 = byDoc('pingtan-2016.html').id;
    const row = rows.find((r) => cellValue(ws, r, 1) === p16)!;
    expect(cellValue(ws, row, col('报告主体'))).toBe('平潭综合实验区管理委员会');
  });

  it('表二 / 表四 / 统计表: every header is a fields.json label and every cell is the reviewed value', () => {
    for (const spec of FIELD_SHEETS) {
      const got = expectFieldSheet(sheet(wb, spec.name), db, spec);
      expect(got, spec.name).toEqual(included((r) => r.status === 'approved' && spec.formats.includes(r.format)));
    }
  });

  it('表三: one row per report and official row, 7 columns, values reviewed, SUMIF totals per row', () => {
    const ws = sheet(wb, '表三');
    const header = readHeader(ws, 2);
    expect(header.map((c) => c.header)).toEqual(['编号', '报告主体', '报告年度', '格式', '项目', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    const rows = dataRows(ws, 2);
    expect(expectTable3Sheet(ws, db)).toEqual(included((r) => r.status === 'approved' && (r.format === '2021' || r.format === '2019')));
    // the totals block: one SUMIF row per official row, each equal to the sum of that row over all reports
    const last = rows.at(-1)!;
    expect(cellValue(ws, last + 2, 5)).toMatch(/^合计/);
    let checked = 0;
    for (let r = last + 3; r <= ws.rowCount; r++) {
      const item = cellValue(ws, r, 5) as string;
      for (const c of header.slice(5)) {
        const cell = cellValue(ws, r, c.col) as { formula: string; result?: number };
        const letter = ws.getColumn(c.col).letter;
        expect(cell.formula).toBe(`SUMIF($E$${rows[0]}:$E$${last},$E${r},${letter}$${rows[0]}:${letter}$${last})`);
        const sum = rows.filter((x) => cellValue(ws, x, 5) === item).reduce((a, x) => a + ((cellValue(ws, x, c.col) as number | null) ?? 0), 0);
        expect(cell.result ?? 0, `${item} ${c.header}`).toBe(sum);
        checked++;
      }
    }
    expect(checked).toBe(26 * 7);
  });

  it('a corrected cell shows the correction (not the extraction), shaded, with a note naming the original and the reviewer', () => {
    const ws = sheet(wb, '表三');
    const h = byDoc('huaian-2024.docx').id;
    const extracted = getExtractedFields(db, h).find((f) => f.key === 't3.new.natural')!.value;
    expect(extracted).not.toBe(1234);
    const row = dataRows(ws, 2).find((r) => cellValue(ws, r, 1) === h && String(cellValue(ws, r, 5)).startsWith('一、'))!;
    const cell = ws.getRow(row).getCell(6);
    expect(cell.value).toBe(1234);
    expect(noteText(cell)).toBe(`原提取值：${extracted}，修改人：张审核，修改时间：2026-01-21 11:00`);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    // and the signed 本年增/减 keeps its sign and the +/- number format
    const t2 = sheet(wb, '表二');
    const p19 = byDoc('pingtan-2019.html').id;
    const col = readHeader(t2, 2).find((c) => c.group === '行政许可' && c.header.startsWith('本年增/减'))!.col;
    const r19 = dataRows(t2, 2).find((r) => cellValue(t2, r, 1) === p19)!;
    expect(t2.getRow(r19).getCell(col).value).toBe(-3);
    expect(t2.getRow(r19).getCell(col).numFmt).toBe('+#,##0;-#,##0;0');
  });

  it('number formats: counts as integers, 万元 with decimals', () => {
    const ws = sheet(wb, '统计表（2019年前）');
    const header = readHeader(ws, 2);
    const fees = header.find((c) => c.header === '七、依申请公开信息收取的费用（万元）')!.col;
    const received = header.find((c) => c.header === '三（一）收到申请数（件）')!.col;
    const row = dataRows(ws, 2)[0];
    expect(ws.getRow(row).getCell(fees).numFmt).toBe('#,##0.00##');
    expect(ws.getRow(row).getCell(received).numFmt).toBe('#,##0');
    const p16 = byDoc('pingtan-2016.html').id;
    const r16 = dataRows(ws, 2).find((r) => cellValue(ws, r, 1) === p16)!;
    expect(cellValue(ws, r16, fees)).toBe(1.25);
  });

  it('校验问题: every finding of the exported reports with the decision (已确认 / 已排除 + reason / 未处理)', () => {
    const ws = sheet(wb, '校验问题');
    expect(readHeader(ws, 1).map((c) => c.header)).toEqual(['编号', '报告主体', '报告年度', '严重程度', '规则编号', '问题说明', '原文摘录', '涉及字段', '处理结果', '排除理由', '处理人', '处理时间']);
    const rows = dataRows(ws, 1);
    const expected = db
      .prepare(
        `SELECT f.document_id AS id, f.rule_id, f.severity, f.message, f.quote, f.keys, d.decision, d.reason, d.reviewer, d.at
         FROM findings f JOIN reports r ON r.document_id = f.document_id
         LEFT JOIN finding_decisions d USING (document_id, fingerprint) WHERE r.status = 'approved'`,
      )
      .all() as Array<Record<string, string | number | null>>;
    expect(rows).toHaveLength(expected.length);
    expect(expected.length).toBe(4);
    const sev: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
    const place: Record<string, string> = { 'section.5': '正文第五部分' };
    for (const e of expected) {
      const r = rows.find((x) => cellValue(ws, x, 1) === e.id && cellValue(ws, x, 5) === e.rule_id)!;
      expect(cellValue(ws, r, 4)).toBe(sev[String(e.severity)]);
      expect(cellValue(ws, r, 6)).toBe(e.message);
      expectCell(cellValue(ws, r, 7), e.quote, 'quote');
      const labels = (JSON.parse(String(e.keys)) as string[]).map((k) => place[k] ?? LABELS.find((l) => l.key === k)!.label);
      expect(cellValue(ws, r, 8)).toBe(labels.join('；'));
      expect(cellValue(ws, r, 9)).toBe(e.decision === 'confirmed' ? '已确认' : e.decision === 'dismissed' ? '已排除' : '未处理');
      expectCell(cellValue(ws, r, 10), e.decision === 'dismissed' ? e.reason : null, 'reason');
      expectCell(cellValue(ws, r, 11), e.reviewer, 'reviewer');
      expectCell(cellValue(ws, r, 12), e.at === null ? null : beijing(String(e.at)), 'at');
    }
    // errors first within a report
    expect(rows.map((r) => cellValue(ws, r, 4))).toEqual(['错误', '警告', '警告', '提示']);
    expect(rows.map((r) => cellValue(ws, r, 5))).not.toContain('TAMPERED-CONTENT');
  });

  it('修改记录: every correction of the exported reports with the field label, extracted and corrected values, who and when', () => {
    const ws = sheet(wb, '修改记录');
    const header = readHeader(ws, 1).map((c) => c.header);
    expect(header).toEqual(['编号', '报告主体', '报告年度', '字段', '原提取值', '修改前的值', '修改后的值', '修改人', '修改时间']);
    const rows = dataRows(ws, 1);
    // in the workbook's report order (that of 汇总), oldest first within a report
    const summary = sheet(wb, '汇总');
    const order = dataRows(summary, 2).map((r) => cellValue(summary, r, 1) as number);
    const expected = order.flatMap((id) => getCorrections(db, id));
    expect(rows).toHaveLength(expected.length);
    expected.forEach((c, i) => {
      const r = rows[i];
      expect(cellValue(ws, r, 1)).toBe(c.documentId);
      expect(cellValue(ws, r, 4)).toBe(LABELS.find((l) => l.key === c.key)!.label);
      expect(cellValue(ws, r, 5)).toBe(c.extractedValue === undefined ? '（未提取）' : c.extractedValue === null ? '（空白）' : c.extractedValue);
      expect(cellValue(ws, r, 7)).toBe(c.newValue);
      expect(cellValue(ws, r, 8)).toBe(c.reviewer);
      expect(cellValue(ws, r, 9)).toEqual(beijing(c.at));
    });
    // the second correction of the same cell records the first one as the value before it
    const twice = rows.filter((r) => cellValue(ws, r, 1) === byDoc('huaian-2024.docx').id && cellValue(ws, r, 7) === 1234);
    expect(cellValue(ws, twice[0], 6)).toBe(100);
  });
});

describe('exportWorkbook filters', () => {
  const run = async (name: string, opts: { all?: boolean; year?: number; status?: 'pending' | 'approved' | 'returned' | 'rejected' }) => {
    const out = join(dir, name);
    const result = await exportWorkbook(db, { out, ...opts });
    const wb = await readBook(out);
    const ws = sheet(wb, '汇总');
    return { result, wb, ids: ids(ws, dataRows(ws, 2)) };
  };

  it('--all includes every report whatever its status, and the pending report\'s findings and corrections', async () => {
    const { result, wb, ids: got } = await run('all.xlsx', { all: true });
    expect(result.reports).toBe(reports.length);
    expect(got).toEqual(included(() => true));
    const statuses = dataRows(sheet(wb, '汇总'), 2).map((r) => cellValue(sheet(wb, '汇总'), r, 6));
    expect(new Set(statuses)).toEqual(new Set(['已通过', '待审核', '已退回', '已驳回']));
    const findings = sheet(wb, '校验问题');
    expect(dataRows(findings, 1).map((r) => cellValue(findings, r, 5))).toContain('TAMPERED-CONTENT');
    const pending = sheet(wb, '修改记录');
    expect(dataRows(pending, 1).map((r) => cellValue(pending, r, 7))).toContain('武陵区');
  });

  it('a year keeps only that year (approved by default)', async () => {
    const { ids: got } = await run('y2024.xlsx', { year: 2024 });
    expect(got).toEqual(included((r) => r.year === 2024 && r.status === 'approved'));
    expect(got.length).toBeGreaterThan(0);
  });

  it('a status selects that status instead of approved', async () => {
    const { ids: got, wb } = await run('returned.xlsx', { status: 'returned' });
    expect(got).toEqual(included((r) => r.status === 'returned'));
    const ws = sheet(wb, '汇总');
    const comment = readHeader(ws, 2).find((c) => c.header === '审核意见')!.col;
    expect(cellValue(ws, dataRows(ws, 2)[0], comment)).toBe('表三数字有误，请核对');
  });

  it('nothing to export: throws NothingToExportError with the counts and writes no file', async () => {
    const out = join(dir, 'none.xlsx');
    const err = await exportWorkbook(db, { out, year: 1999 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NothingToExportError);
    expect((err as Error).message).toContain('没有可导出的报告');
    expect(existsSync(out)).toBe(false);
  });

  it('表三 goes on in 表三（续N） past the row limit, each report whole on one sheet, each sheet with its totals', async () => {
    const out = join(dir, 'split.xlsx');
    await exportWorkbook(db, { out, all: true, maxSheetRows: 60 });
    const wb = await readBook(out);
    const parts = wb.worksheets.filter((w) => w.name.startsWith('表三'));
    expect(parts.map((w) => w.name)).toEqual(['表三', ...parts.slice(1).map((_, i) => `表三（续${i + 1}）`)]);
    expect(parts.length).toBeGreaterThan(3);
    const seen = new Map<number, string>();
    let total = 0;
    for (const ws of parts) {
      const rows = dataRows(ws, 2);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(60);
      total += rows.length;
      for (const r of rows) {
        const id = cellValue(ws, r, 1) as number;
        expect(seen.get(id) ?? ws.name, `report ${id} split across sheets`).toBe(ws.name);
        seen.set(id, ws.name);
      }
      const last = rows.at(-1)!;
      for (let r = last + 3; r <= ws.rowCount; r++) {
        const item = cellValue(ws, r, 5);
        const cell = cellValue(ws, r, 12) as { formula: string; result?: number };
        const sum = rows.filter((x) => cellValue(ws, x, 5) === item).reduce((a, x) => a + ((cellValue(ws, x, 12) as number | null) ?? 0), 0);
        expect(cell.result ?? 0).toBe(sum);
      }
    }
    const tables = reports.filter((r) => r.format === '2021' || r.format === '2019');
    expect(seen.size).toBe(tables.length);
    expect(total).toBe(tables.reduce((a, r) => a + (r.format === '2021' ? 25 : 23), 0));
  });

  it('an aborted export stops between pages and leaves nothing behind', async () => {
    const out = join(dir, 'aborted.xlsx');
    const controller = new AbortController();
    let pages = 0;
    const err = await exportWorkbook(db, {
      out,
      all: true,
      pageSize: 2,
      signal: controller.signal,
      onProgress: () => {
        if (++pages === 5) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('AbortError');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('aborted'))).toEqual([]);
  });

  it('an unwritable target fails without leaving a partial file', async () => {
    const out = join(dir, 'missing-folder', 'x.xlsx');
    await expect(exportWorkbook(db, { out })).rejects.toThrow();
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });
});
