// The one API between the UI and the back end: every channel's input and output as zod schemas, every event's
// payload, and the result envelope. Electron (ipc/ + preload) and browser mode (serve/) both validate requests
// with these same schemas and both call core/service.ts. Runs anywhere: no node:, no electron imports.
//
// How a call travels:
//   Electron:  window.api.invoke(channel, input) → Promise<ApiResult<Output<channel>>>   (never rejects for API errors)
//   Browser:   POST /api/<channel> with JSON input → HTTP status + JSON ApiResult      (see src-main/serve/index.ts)
// Events:
//   Electron:  window.api.on(event, cb) → unsubscribe()
//   Browser:   EventSource('/api/events?token=…'), one SSE `event:` per EventName, `data:` = JSON payload
import { z } from 'zod';

// ───────────────────────────── shared vocabulary ─────────────────────────────

export const reportStatus = z.enum(['pending', 'approved', 'returned', 'rejected']);
export const reportFormat = z.enum(['2021', '2019', 'pre2019']);
export const severity = z.enum(['error', 'warning', 'info']);
export const sourceKind = z.enum(['docx', 'html', 'txt']);
export const fieldValue = z.union([z.number(), z.string(), z.null()]);
export const fieldType = z.enum(['text', 'int', 'signed_int', 'decimal', 'date', 'enum']);
const id = z.number().int().positive();
const isoTime = z.string();

/** Where a value came from. norm* index the normalised text; start/end index document.text. */
export const sourceRef = z.object({
  normStart: z.number().int(),
  normEnd: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  block: z.number().int().optional(),
  row: z.number().int().optional(),
  col: z.number().int().optional(),
});

const paragraphBlock = z.object({
  type: z.literal('paragraph'),
  index: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  heading: z.boolean().optional(),
});
const tableCell = z.object({
  row: z.number().int(),
  col: z.number().int(),
  rowSpan: z.number().int(),
  colSpan: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
const tableBlock = z.object({
  type: z.literal('table'),
  index: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  rowCount: z.number().int(),
  colCount: z.number().int(),
  cells: z.array(tableCell),
  /** grid[r][c] = index into cells of the cell covering that position, or -1 */
  grid: z.array(z.array(z.number().int())),
});
export const block = z.discriminatedUnion('type', [paragraphBlock, tableBlock]);

/** Columns the list can sort by. */
export const sortColumn = z.enum([
  'id', 'agency', 'year', 'format', 'status', 'errors', 'warnings', 'infos', 'openErrors', 'importedAt', 'fileName', 'decidedAt',
]);

/** The filters of the reports list (also used to find a report's neighbours in that same order). */
export const listFilters = z.object({
  status: z.array(reportStatus).optional(),
  /** null = year unknown */
  year: z.array(z.number().int().nullable()).optional(),
  /** null = format not detected */
  format: z.array(reportFormat.nullable()).optional(),
  /** reports having at least one finding of any of these severities */
  severity: z.array(severity).optional(),
  /** only reports whose errors are not all dismissed (openErrors > 0) */
  unresolved: z.boolean().optional(),
  /** full text (document text, agency, file name); ≥3 chars uses the trigram index, shorter ones a scan */
  query: z.string().max(200).optional(),
  sort: z.object({ column: sortColumn, dir: z.enum(['asc', 'desc']) }).optional(),
});

/** One row of the reports list (also the head of report.get). */
export const reportRow = z.object({
  id,
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  format: reportFormat.nullable(),
  published: z.string().nullable(),
  status: reportStatus,
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  /** error findings not dismissed by a reviewer: approving needs force while > 0 */
  openErrors: z.number().int(),
  importedAt: isoTime,
  fileName: z.string(),
  decidedAt: isoTime.nullable(),
  decidedBy: z.string().nullable(),
});

export const fieldSpec = z.object({
  key: z.string(),
  label: z.string(),
  type: fieldType,
  formats: z.array(reportFormat),
  unit: z.string().optional(),
});

export const extractedInfo = z.object({
  value: fieldValue,
  approx: z.boolean(),
  method: z.enum(['table-cell', 'flattened-row', 'narrative', 'metadata']),
  confidence: z.number(),
  source: sourceRef.nullable(),
});

export const correctionInfo = z.object({
  id,
  value: fieldValue,
  oldValue: fieldValue,
  /** what extraction gave at the time (absent when extraction had no value for the key) */
  extractedValue: fieldValue.optional(),
  source: sourceRef.nullable(),
  reviewer: z.string(),
  at: isoTime,
});

/** A field as the reviewer sees it: the correction wins over extraction. Expected keys of the report's
 *  format are always listed (value null, extracted null when extraction found nothing). */
export const reviewedField = z.object({
  key: z.string(),
  label: z.string(),
  type: fieldType,
  unit: z.string().optional(),
  value: fieldValue,
  approx: z.boolean(),
  corrected: z.boolean(),
  extracted: extractedInfo.nullable(),
  correction: correctionInfo.nullable(),
});

export const findingDecisionKind = z.enum(['confirmed', 'dismissed']);
export const finding = z.object({
  id,
  ruleId: z.string(),
  severity,
  keys: z.array(z.string()),
  numbers: z.record(z.string(), z.union([z.number(), z.null()])),
  message: z.string(),
  /** the document text the finding is about (first involved field's source), for the findings list */
  quote: z.string().nullable(),
  /** rule id + sorted keys: what a decision attaches to; survives re-checks */
  fingerprint: z.string(),
  decision: z
    .object({ decision: findingDecisionKind, reason: z.string().nullable(), reviewer: z.string(), at: isoTime })
    .nullable(),
});

export const historyEntry = z.object({
  kind: z.enum([
    'import', 'correction', 'approve', 'return', 'reject', 'reopen', 'finding-confirm', 'finding-dismiss', 'finding-reset',
    'agency-link', 'agency-unlink',
  ]),
  /** comment, reason or finding fingerprint; null when none */
  detail: z.string().nullable(),
  reviewer: z.string(),
  at: isoTime,
  key: z.string().optional(),
  /** finding events: which finding */
  fingerprint: z.string().optional(),
  /** agency-link events: the other report */
  otherId: z.number().int().optional(),
  old: fieldValue.optional(),
  new: fieldValue.optional(),
});

export const importFailure = z.object({ file: z.string(), error: z.string() });
export const importProgress = z.object({
  jobId: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  /** file being processed, null when idle/finished */
  current: z.string().nullable(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  unsupported: z.number().int(),
  failed: z.array(importFailure),
  finished: z.boolean(),
  cancelled: z.boolean(),
});

export const exportProgress = z.object({
  done: z.number().int(),
  total: z.number().int(),
  finished: z.boolean(),
});

export const reviewAction = z.enum(['approve', 'return', 'reject', 'reopen']);

/** Field keys summed by the dashboard, per year (reviewed values: corrections win). */
export const DASHBOARD_KEYS = [
  't3.new.total', 't3.carried.total', 't3.public.total', 't3.partial.total',
  't3.withheld.secret.total', 't3.withheld.law.total', 't3.withheld.safety.total', 't3.withheld.third_party.total',
  't3.withheld.internal.total', 't3.withheld.process.total', 't3.withheld.enforcement.total', 't3.withheld.query.total',
  't3.unable.not_held.total', 't3.unable.create.total', 't3.unable.unclear.total',
  't3.rejected.petition.total', 't3.rejected.duplicate.total', 't3.rejected.publication.total',
  't3.rejected.mass.total', 't3.rejected.confirm.total',
  't3.other.total', 't3.other.no_correction.total', 't3.other.no_fee.total', 't3.other.misc.total',
  't3.total.total', 't3.carry_forward.total',
  't4.review.total', 't4.suit_direct.total', 't4.suit_after.total',
  'stat.apply.received', 'stat.apply.completed', 'stat.review.total', 'stat.suit.total',
] as const;

const empty = z.object({}).default({});
const ok = z.object({ ok: z.literal(true) });

// ───────────────────────────── channels ─────────────────────────────

export const channels = {
  'app.info': {
    input: empty,
    output: z.object({ mode: z.enum(['electron', 'browser']), version: z.string(), dbPath: z.string(), platform: z.string() }),
  },
  'spec.fields': {
    input: empty,
    output: z.object({ fields: z.array(fieldSpec), dashboardKeys: z.array(z.string()) }),
  },

  'reports.list': {
    input: listFilters.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    output: z.object({ total: z.number().int(), rows: z.array(reportRow) }),
  },
  'reports.facets': {
    input: empty,
    output: z.object({
      total: z.number().int(),
      years: z.array(z.object({ year: z.number().int().nullable(), count: z.number().int() })),
      formats: z.array(z.object({ format: reportFormat.nullable(), count: z.number().int() })),
      statuses: z.record(reportStatus, z.number().int()),
    }),
  },
  'report.get': {
    input: z.object({
      id,
      /** the list's current filters/sort, so neighbours follow what the reviewer sees; default: by id */
      neighboursIn: listFilters.optional(),
    }),
    output: z.object({
      summary: reportRow,
      document: z.object({
        id,
        fileName: z.string(),
        kind: sourceKind,
        text: z.string(),
        blocks: z.array(block),
        notes: z.array(z.string()),
        encoding: z.string(),
        encodingConfidence: z.number(),
        htmlTitle: z.string().nullable(),
        paths: z.array(z.string()),
        sha256: z.string(),
        size: z.number().int(),
        importedAt: isoTime,
      }),
      fields: z.array(reviewedField),
      findings: z.array(finding),
      extractionNotes: z.array(z.object({ keys: z.array(z.string()), message: z.string() })),
      /** section spans in the normalised text and (start/end) in document.text */
      sections: z.array(z.object({
        no: z.number().int(), title: z.string(), normStart: z.number().int(), normEnd: z.number().int(),
        start: z.number().int(), end: z.number().int(),
      })),
      status: reportStatus,
      decision: z.object({ at: isoTime.nullable(), by: z.string().nullable(), comment: z.string().nullable() }),
      /** corrections and review events merged, oldest first */
      history: z.array(historyEntry),
      neighbours: z.object({ prevId: id.nullable(), nextId: id.nullable() }),
      /** other reports of the same agency (same agency key or linked by a reviewer) */
      related: z.array(z.object({ id, year: z.number().int().nullable(), agency: z.string().nullable(), link: z.enum(['auto', 'linked']) })),
    }),
  },

  'field.correct': {
    input: z.object({
      id,
      key: z.string().min(1),
      value: fieldValue,
      /** a selection in document.text the value was taken from; the service fills text and norm offsets */
      source: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).refine((s) => s.end >= s.start, 'end < start').optional(),
    }),
    output: z.object({ field: reviewedField, findings: z.array(finding), summary: reportRow }),
  },
  'finding.decide': {
    input: z
      .object({ id, fingerprint: z.string().min(1), decision: z.enum(['confirmed', 'dismissed', 'reset']), reason: z.string().max(2000).optional() })
      .refine((v) => v.decision !== 'dismissed' || !!v.reason?.trim(), { message: '排除问题须填写理由', path: ['reason'] }),
    output: z.object({ findings: z.array(finding), summary: reportRow }),
  },
  'report.decide': {
    input: z
      .object({ id, action: reviewAction, comment: z.string().max(4000).optional(), force: z.boolean().optional() })
      .refine((v) => v.action !== 'return' || !!v.comment?.trim(), { message: '退回报告须填写意见', path: ['comment'] }),
    /** approve with openErrors > 0 and no force → error code 'needs-force' (details.openErrors) */
    output: z.object({ summary: reportRow }),
  },
  'reports.bulkApprove': {
    input: z.object({ ids: z.array(id).min(1).max(100_000), comment: z.string().max(4000).optional() }),
    output: z.object({ approved: z.array(id), skipped: z.array(z.object({ id: z.number().int(), reason: z.string() })) }),
  },

  'import.start': {
    input: z.object({ paths: z.array(z.string().min(1)).min(1) }),
    output: z.object({ jobId: z.string() }),
  },
  /** browser mode sends files as multipart or raw bytes (see serve/index.ts); Electron may send bytes too */
  'import.upload': {
    input: z.object({ files: z.array(z.object({ name: z.string().min(1), data: z.instanceof(Uint8Array) })).min(1) }),
    output: z.object({ jobId: z.string() }),
  },
  'import.cancel': {
    input: z.object({ jobId: z.string() }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** the latest progress of a job (for a UI that (re)subscribes late); not-found when unknown */
  'import.status': {
    input: z.object({ jobId: z.string() }),
    output: importProgress,
  },

  'export.run': {
    input: z.object({
      /** Electron: the path dialog.saveXlsx returned (any other path is refused); ignored in browser mode (a download URL is returned) */
      out: z.string().min(1).optional(),
      /** include reports not approved yet */
      all: z.boolean().optional(),
      year: z.number().int().optional(),
      status: reportStatus.optional(),
    }),
    output: z.object({
      path: z.string(),
      reports: z.number().int(),
      /** browser mode: GET this (already carries the token) to download the workbook */
      downloadUrl: z.string().optional(),
    }),
  },

  'dashboard.get': {
    input: z.object({ scope: z.enum(['all', 'approved']).default('all') }).default({ scope: 'all' }),
    output: z.object({
      total: z.number().int(),
      byStatus: z.record(reportStatus, z.number().int()),
      byFormat: z.array(z.object({ format: reportFormat.nullable(), count: z.number().int() })),
      topFindings: z.array(z.object({ ruleId: z.string(), severity, count: z.number().int(), reports: z.number().int() })),
      byYear: z.array(z.object({
        year: z.number().int().nullable(),
        reports: z.number().int(),
        byStatus: z.record(reportStatus, z.number().int()),
        /** DASHBOARD_KEYS → sum of reviewed values, and how many reports gave the key */
        sums: z.record(z.string(), z.number()),
        counts: z.record(z.string(), z.number().int()),
      })),
    }),
  },

  'settings.get': {
    input: empty,
    /** reviewerSet: false until a name was saved (the UI then asks for it once; reviewerName is a default) */
    output: z.object({ reviewerName: z.string(), reviewerSet: z.boolean() }),
  },
  'settings.set': {
    input: z.object({ reviewerName: z.string().trim().min(1).max(100) }),
    output: z.object({ reviewerName: z.string() }),
  },

  'agency.link': { input: z.object({ a: id, b: id }).refine((v) => v.a !== v.b, '不能与自身关联'), output: ok },
  'agency.unlink': { input: z.object({ a: id, b: id }).refine((v) => v.a !== v.b, '不能与自身关联'), output: ok },

  // Electron only (browser mode answers 'unsupported'): native dialogs. Cancelled → empty / null.
  'dialog.openFiles': { input: empty, output: z.object({ paths: z.array(z.string()) }) },
  'dialog.openFolder': { input: empty, output: z.object({ paths: z.array(z.string()) }) },
  'dialog.saveXlsx': { input: z.object({ defaultName: z.string().optional() }).default({}), output: z.object({ path: z.string().nullable() }) },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Channel = keyof typeof channels;
/** What a caller passes (defaults may be omitted). */
export type Input<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof channels)[C]['output']>;

export const CHANNELS: readonly Channel[] = Object.freeze(Object.keys(channels) as Channel[]);
export const ELECTRON_ONLY_CHANNELS: readonly Channel[] = Object.freeze(['dialog.openFiles', 'dialog.openFolder', 'dialog.saveXlsx'] as Channel[]);

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

// ───────────────────────────── events ─────────────────────────────

export const events = {
  'import.progress': importProgress,
  'export.progress': exportProgress,
  /** Electron's application menu asks the UI to do something (the UI opens the dialogs itself) */
  'app.menu': z.object({ command: z.enum(['import-files', 'import-folder', 'export', 'shortcuts', 'about']) }),
} as const satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES: readonly EventName[] = Object.freeze(Object.keys(events) as EventName[]);

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

// ───────────────────────────── results and errors ─────────────────────────────

export const apiErrorCode = z.enum([
  'invalid-input',  // the payload failed the schema or a business check (message says which, in Chinese)
  'not-found',      // the report / job / finding does not exist
  'needs-force',    // approve with open errors: ask the reviewer, then resend with force: true
  'conflict',       // e.g. an import is already running on the same paths
  'unsupported',    // channel not available in this mode (dialogs in browser mode)
  'unauthorized',   // browser mode: missing or wrong token
  'internal',       // anything else; message is safe to show
]);
export type ApiErrorCode = z.infer<typeof apiErrorCode>;

export const apiError = z.object({
  code: apiErrorCode,
  /** Chinese, shown to the reviewer */
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiError = z.infer<typeof apiError>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** HTTP status browser mode uses for each error code. */
export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  'not-found': 404,
  'needs-force': 409,
  conflict: 409,
  unsupported: 501,
  internal: 500,
};

/** Thrown by core/service.ts; both transports turn it into { ok: false, error }. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** A zod failure as a Chinese invalid-input error naming the first bad path. */
export function invalidInput(error: z.ZodError): ApiError {
  const first = error.issues[0];
  const where = first && first.path.length ? `（${first.path.join('.')}）` : '';
  return {
    code: 'invalid-input',
    message: `请求参数不正确${where}：${first?.message ?? '格式错误'}`,
    details: { issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
  };
}

// ───────────────────────────── the bridge ─────────────────────────────

/** What the preload exposes as window.api (Electron). The renderer's client unwraps ApiResult. */
export interface PreloadBridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<ApiResult<Output<C>>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
  /** the file system path of a dropped/selected File (webUtils.getPathForFile); '' when it has none */
  getPathForFile(file: File): string;
  readonly platform: string;
}

/** The typed client both renderer transports implement (throws ApiClientError on { ok: false }). */
export interface ApiClient {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
}

export { IPC_EVENT as IPC_EVENT_CHANNEL, ipcChannel as ipcChannelName } from './channel-names.js';
