// The use cases behind every channel of src-main/shared/contract.ts, composed from the core modules. Both
// transports (Electron IPC in src-main/ipc, HTTP in src-main/serve) call `service.call(channel, input)`,
// which validates the input with the contract's schema and answers an ApiResult. Never imports electron.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, userInfo } from 'node:os';
import type { Db } from './db/open.js';
import { FIELDS } from './fields.js';
import { addCorrection, getReviewedFields } from './db/fields-repo.js';
import {
  decideReport, facets, findingExists, getDocument, getFindings, getReportRow, getSetting, listReports,
  reportExists, setSetting, toNormSpan,
} from './db/reports-repo.js';
import { DecisionError, decideFinding, resetFindingDecision } from './db/findings-repo.js';
import { linkReports, unlinkReports } from './agency/links.js';
import { recheckReport } from './analyze.js';
import { dashboard } from './db/dashboard-repo.js';
import { coerceFieldValue, reportView, toFieldOut, withQuotes, fieldsView } from './service/review-view.js';
import { ImportJobs } from './service/import-jobs.js';
import { importTask } from './service/import-task.js';
import { exportWorkbook, NothingToExportError } from './export/index.js';
import type { ImportOptions } from './import/import-service.js';
import {
  DASHBOARD_KEYS, ServiceError, channels, invalidInput, isChannel,
  type ApiResult, type Channel, type EventName, type EventPayload, type Output, type ParsedInput,
} from '../shared/contract.js';

export { ServiceError } from '../shared/contract.js';

export type DialogChannel = 'dialog.openFiles' | 'dialog.openFolder' | 'dialog.saveXlsx';
export type ServiceChannel = Exclude<Channel, DialogChannel>;
export type Handlers = { [C in ServiceChannel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };
export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface ServiceOptions {
  db: Db;
  dbPath: string;
  mode: 'electron' | 'browser';
  version?: string;
  /** parse workers for imports (0 = in-process) and, in Electron, the bundled worker script */
  importOptions?: Pick<ImportOptions, 'workers' | 'workerPath'>;
  /** browser mode: where export.run writes workbooks; the transport turns them into download URLs */
  exportDir?: string;
  /** browser mode: how a written workbook is offered for download (returns the URL) */
  offerDownload?: (path: string) => string;
  now?: () => string;
}

export interface Service {
  readonly handlers: Handlers;
  /** Validates `input` against the channel's schema and runs it; never throws. */
  call(channel: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: EventListener): () => void;
  /** the import jobs (tests wait on idle()) */
  readonly imports: ImportJobs;
  /** Cancels running imports (nothing is half-written) and waits for them to stop. */
  close(): Promise<void>;
}

const REVIEWER_KEY = 'reviewerName';

function defaultReviewer(): string {
  try {
    return userInfo().username || '审核员';
  } catch {
    return '审核员';
  }
}

export function createService(opts: ServiceOptions): Service {
  const { db } = opts;
  const now = opts.now ?? (() => new Date().toISOString());
  const listeners = new Set<EventListener>();
  const emit: EventListener = (event, payload) => {
    for (const l of listeners) l(event, payload);
  };
  const imports = new ImportJobs((p) => emit('import.progress', p));
  const reviewer = () => getSetting(db, REVIEWER_KEY) ?? defaultReviewer();
  const mustExist = (id: number) => {
    if (!reportExists(db, id)) throw new ServiceError('not-found', `找不到编号为 ${id} 的报告`);
  };
  const summaryOf = (id: number) => getReportRow(db, id)!;
  const dashboardCache = new Map<string, { version: string; data: Output<'dashboard.get'> }>();

  const handlers: Handlers = {
    'app.info': () => ({ mode: opts.mode, version: opts.version ?? '0.0.0', dbPath: opts.dbPath, platform: process.platform }),
    'spec.fields': () => ({ fields: FIELDS.map((f) => ({ ...f })), dashboardKeys: [...DASHBOARD_KEYS] }),

    'reports.list': (input) => listReports(db, input),
    'reports.facets': () => facets(db),
    'report.get': (input) => reportView(db, input.id, input.neighboursIn),

    'field.correct': (input) => {
      mustExist(input.id);
      const value = coerceFieldValue(input.key, input.value);
      let source = null;
      if (input.source) {
        const doc = getDocument(db, input.id)!;
        if (input.source.end > doc.text.length) throw new ServiceError('invalid-input', '所选原文超出文档范围');
        source = { ...input.source, ...toNormSpan(doc, input.source.start, input.source.end), text: doc.text.slice(input.source.start, input.source.end) };
      }
      addCorrection(db, { documentId: input.id, key: input.key, value, reviewer: reviewer(), source, at: now() });
      recheckReport(db, input.id);
      const summary = summaryOf(input.id);
      const field = toFieldOut(input.key, getReviewedFields(db, input.id).get(input.key));
      const findings = withQuotes(getFindings(db, input.id), fieldsView(db, input.id, summary.format));
      return { field, findings, summary };
    },

    'finding.decide': (input) => {
      mustExist(input.id);
      if (!findingExists(db, input.id, input.fingerprint)) throw new ServiceError('not-found', '该校验问题已不存在（可能已因更正而消失），请刷新');
      if (input.decision === 'reset') resetFindingDecision(db, { documentId: input.id, fingerprint: input.fingerprint, reviewer: reviewer(), at: now() });
      else decideFinding(db, { documentId: input.id, fingerprint: input.fingerprint, decision: input.decision, reason: input.reason, reviewer: reviewer(), at: now() });
      const summary = summaryOf(input.id);
      return { findings: withQuotes(getFindings(db, input.id), fieldsView(db, input.id, summary.format)), summary };
    },

    'report.decide': (input) => {
      mustExist(input.id);
      const before = summaryOf(input.id);
      if (input.action === 'approve' && before.openErrors > 0 && !input.force) {
        throw new ServiceError('needs-force', `该报告还有 ${before.openErrors} 个未排除的错误，确定仍要通过吗？`, { openErrors: before.openErrors });
      }
      decideReport(db, input.id, input.action, { comment: input.comment, reviewer: reviewer(), at: now() });
      return { summary: summaryOf(input.id) };
    },

    'reports.bulkApprove': (input) => {
      const approved: number[] = [];
      const skipped: { id: number; reason: string }[] = [];
      const who = reviewer();
      const at = now();
      db.transaction(() => {
        for (const id of new Set(input.ids)) {
          const row = getReportRow(db, id);
          if (!row) skipped.push({ id, reason: '报告不存在' });
          else if (row.status === 'approved') skipped.push({ id, reason: '已通过' });
          else if (row.openErrors > 0) skipped.push({ id, reason: `有 ${row.openErrors} 个未排除的错误` });
          else {
            decideReport(db, id, 'approve', { comment: input.comment, reviewer: who, at });
            approved.push(id);
          }
        }
      })();
      return { approved, skipped };
    },

    'import.start': (input) => ({ jobId: imports.start(importTask(db, { paths: input.paths }, opts.importOptions)) }),
    // Uploaded bytes go straight to the parser; the file name stands in for the path.
    'import.upload': (input) => ({
      jobId: imports.start(importTask(db, { files: input.files.map((f) => ({ name: f.name, bytes: f.data })) }, opts.importOptions)),
    }),
    'import.cancel': (input) => ({ cancelled: imports.cancel(input.jobId) }),
    'import.status': (input) => {
      const p = imports.status(input.jobId);
      if (!p) throw new ServiceError('not-found', '找不到该导入任务');
      return p;
    },

    'export.run': async (input) => {
      let out = input.out;
      if (opts.mode === 'browser' || !out) {
        const dir = opts.exportDir ?? join(tmpdir(), 'nianbao-export');
        mkdirSync(dir, { recursive: true });
        out = join(dir, `年报汇总-${now().slice(0, 19).replace(/[:T]/g, '')}.xlsx`);
      }
      if (!out.toLowerCase().endsWith('.xlsx')) out += '.xlsx';
      let res;
      try {
        res = await exportWorkbook(db, {
          out, all: input.all, year: input.year, status: input.status,
          onProgress: (p) => emit('export.progress', { done: p.done, total: p.total, finished: false }),
        });
      } catch (e) {
        if (e instanceof NothingToExportError) throw new ServiceError('not-found', e.message);
        throw e;
      }
      emit('export.progress', { done: 1, total: 1, finished: true });
      res = { path: res.path, reports: res.reports };
      return opts.mode === 'browser' && opts.offerDownload ? { ...res, downloadUrl: opts.offerDownload(res.path) } : res;
    },

    'dashboard.get': (input) => {
      // ~1 s at 50,000 reports: reuse the last answer until this connection (or another) changes the data
      const version = `${input.scope}|${db.pragma('data_version', { simple: true })}|${db.prepare('SELECT total_changes()').pluck().get()}`;
      const hit = dashboardCache.get(input.scope);
      if (hit?.version === version) return hit.data;
      const data = dashboard(db, input.scope);
      dashboardCache.set(input.scope, { version, data });
      return data;
    },

    'settings.get': () => ({ reviewerName: reviewer(), reviewerSet: getSetting(db, REVIEWER_KEY) !== undefined }),
    'settings.set': (input) => {
      setSetting(db, REVIEWER_KEY, input.reviewerName);
      return { reviewerName: input.reviewerName };
    },

    'agency.link': (input) => {
      mustExist(input.a);
      mustExist(input.b);
      db.transaction(() => {
        linkReports(db, input.a, input.b, reviewer(), now());
        // cross-report rules (carry-over, repeated text) read the same agency's reports
        recheckReport(db, input.a);
        recheckReport(db, input.b);
      })();
      return { ok: true as const };
    },
    'agency.unlink': (input) => {
      mustExist(input.a);
      mustExist(input.b);
      db.transaction(() => {
        unlinkReports(db, input.a, input.b, reviewer(), now());
        recheckReport(db, input.a);
        recheckReport(db, input.b);
      })();
      return { ok: true as const };
    },
  };

  async function call(channel: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!isChannel(channel)) return { ok: false, error: { code: 'not-found', message: `未知的接口：${channel}` } };
    const handler = (handlers as Partial<Record<Channel, (i: unknown) => unknown>>)[channel];
    if (!handler) return { ok: false, error: { code: 'unsupported', message: '此功能仅在桌面版中可用' } };
    const parsed = channels[channel].input.safeParse(input ?? undefined);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (e) {
      if (e instanceof ServiceError) return { ok: false, error: e.toApiError() };
      if (e instanceof DecisionError) return { ok: false, error: { code: 'invalid-input', message: e.message } };
      return { ok: false, error: { code: 'internal', message: `内部错误：${(e as Error).message ?? String(e)}` } };
    }
  }

  return {
    handlers,
    call,
    imports,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      imports.cancelAll();
      await imports.idle();
      listeners.clear();
    },
  };
}
