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
import {
  block, exportProgress, fieldSpec, fieldValue, finding, historyEntry, id, importProgress, isoTime, listFilters,
  reportFormat, reportRow, reportStatus, reviewAction, reviewedField, severity, sourceKind,
} from './contract-entities.js';

export * from './contract-entities.js';

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
