// exportWorkbook: the summary workbook of the reviewed reports (approved ones by default) as .xlsx, written
// with exceljs's streaming writer one sheet after another, each sheet reading the reports a page at a time.
// The file appears only when complete: it is written beside the target and renamed at the end.
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import type { Db } from '../db/open.js';
import { ReportSource, countByStatus, openSnapshot, selectReports, type ReportFilter, type ReportStatus } from './report-source.js';
import { describeFilter, writeAboutSheet } from './sheets/about.js';
import type { SheetContext } from './sheets/common.js';
import { FIELD_TABLE_SHEETS, writeFieldTableSheet } from './sheets/field-table.js';
import { writeCorrectionsSheet, writeFindingsSheet } from './sheets/review-log.js';
import { writeSummarySheet } from './sheets/summary.js';
import { writeTable3Sheet } from './sheets/table3.js';

export type { ReportFilter, ReportStatus } from './report-source.js';
export { REPORT_STATUSES } from './report-source.js';
export { STATUS_LABEL, statusFromInput } from './labels.js';

export interface ExportProgress {
  /** report-sheet passes done and in all (every sheet reads each selected report once) */
  done: number;
  total: number;
  /** the sheet being written */
  sheet: string;
}

export interface ExportOptions extends ReportFilter {
  out: string;
  onProgress?: (p: ExportProgress) => void;
  /** reports read per page (default 250) */
  pageSize?: number;
  /** the export time written into 导出说明 (default: now) */
  now?: Date;
  /** data rows of a 表三 sheet before it goes on in 表三（续1）… (default 1,000,000; Excel's limit is 1,048,576) */
  maxSheetRows?: number;
  /** stops the export between pages; nothing is left at `out` */
  signal?: AbortSignal;
}

export interface ExportResult {
  reports: number;
  path: string;
  /** rows of the 校验问题 and 修改记录 sheets */
  findings: number;
  corrections: number;
}

/** Nothing matches the filter: no file is written. The message says what the database does hold. */
export class NothingToExportError extends Error {
  constructor(
    readonly filter: ReportFilter,
    readonly counts: Record<ReportStatus, number>,
  ) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const hint =
      total === 0
        ? filter.year === undefined ? '数据库中还没有报告。' : `数据库中没有 ${filter.year} 年度的报告。`
        : `数据库中${filter.year === undefined ? '' : ` ${filter.year} 年度`}共有 ${total} 份报告（待审核 ${counts.pending}、已通过 ${counts.approved}、已退回 ${counts.returned}、已驳回 ${counts.rejected}）。`;
    super(`没有可导出的报告：没有${describeFilter(filter)}。${hint}`);
    this.name = 'NothingToExportError';
  }
}

const SHEET_PASSES = 7; // 汇总, 表二, 表三, 表四, 统计表, 校验问题, 修改记录

export async function exportWorkbook(db: Db, options: ExportOptions): Promise<ExportResult> {
  const filter: ReportFilter = { all: options.all, year: options.year, status: options.status };
  const snapshot = openSnapshot(db);
  // beside the target (same volume, so the rename is atomic); unique, so two exports never share it
  const tmp = `${options.out}.${process.pid}-${randomBytes(4).toString('hex')}.part`;
  let file: WriteStream | undefined;
  try {
    const selected = selectReports(snapshot.db, filter);
    if (selected.length === 0) throw new NothingToExportError(filter, countByStatus(snapshot.db, filter.year));

    options.signal?.throwIfAborted();
    const stream = (file = createWriteStream(tmp));
    // a write error (disk full, file locked) ends the export at the next page instead of going unheard
    let failure: Error | undefined;
    const failed = new Promise<never>((_, reject) => stream.on('error', (e) => reject((failure ??= e))));
    failed.catch(() => {});
    await Promise.race([new Promise((resolve) => stream.once('open', resolve)), failed]);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
    wb.creator = '年报审核台';
    wb.lastModifiedBy = '年报审核台';
    wb.title = '政府信息公开工作年度报告汇总表';
    wb.created = options.now ?? new Date();

    const total = selected.length * SHEET_PASSES;
    let done = 0;
    let sheet = '';
    const ctx: SheetContext = {
      wb,
      db: snapshot.db,
      source: new ReportSource(snapshot.db),
      reports: selected,
      pageSize: options.pageSize ?? 250,
      advance: async (n) => {
        options.signal?.throwIfAborted();
        if (failure) throw failure;
        done += n;
        options.onProgress?.({ done, total, sheet });
        // let archiver compress and the file stream write what this page produced before the next one
        await new Promise((r) => setImmediate(r));
      },
    };
    const step = <T>(name: string, write: () => Promise<T>) => {
      sheet = name;
      return write();
    };
    const reports = await step('汇总', () => writeSummarySheet(ctx));
    await step('表二', () => writeFieldTableSheet(ctx, FIELD_TABLE_SHEETS.t2));
    await step('表三', () => writeTable3Sheet(ctx, options.maxSheetRows));
    await step('表四', () => writeFieldTableSheet(ctx, FIELD_TABLE_SHEETS.t4));
    await step(FIELD_TABLE_SHEETS.stat.name, () => writeFieldTableSheet(ctx, FIELD_TABLE_SHEETS.stat));
    const findings = await step('校验问题', () => writeFindingsSheet(ctx));
    const corrections = await step('修改记录', () => writeCorrectionsSheet(ctx));
    writeAboutSheet(ctx, { filter, exportedAt: options.now ?? new Date(), reports });
    await Promise.race([wb.commit(), failed]);
    renameSync(tmp, options.out);
    return { reports, path: options.out, findings, corrections };
  } catch (e) {
    // close the half-written file before removing it (Windows cannot remove an open file)
    const f = file;
    if (f && !f.closed) {
      await new Promise<void>((resolve) => {
        f.once('close', () => resolve());
        f.destroy();
      });
    }
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    snapshot.close();
  }
}
