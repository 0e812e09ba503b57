import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDb, tempDir } from '../helpers/temp-db.js';
import { DOCS_DIR } from '../helpers/corpus.js';
import type { Db } from '../../src-main/core/db/open.js';
import { createService, type Service } from '../../src-main/core/service.js';
import { channels, type ApiResult, type Channel, type EventName, type Input, type Output } from '../../src-main/shared/contract.js';

let db: Db;
let cleanup: () => void;
let service: Service;
let out: { dir: string; cleanup: () => void };
const events: { event: EventName; payload: unknown }[] = [];

async function call<C extends Channel>(c: C, input?: Input<C>): Promise<Output<C>> {
  const r = (await service.call(c, input)) as ApiResult<Output<C>>;
  if (!r.ok) throw new Error(`${c}: ${r.error.code} ${r.error.message}`);
  expect(channels[c].output.safeParse(r.data).success).toBe(true);
  return r.data;
}
async function fail(c: Channel | string, input: unknown) {
  const r = await service.call(c, input);
  expect(r.ok).toBe(false);
  return (r as { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } }).error;
}

beforeAll(async () => {
  const t = tempDb();
  db = t.db;
  cleanup = t.cleanup;
  out = tempDir();
  service = createService({ db, dbPath: t.path, mode: 'electron', version: '9.9.9', importOptions: { workers: 0 }, exportDir: out.dir });
  service.subscribe((event, payload) => events.push({ event, payload }));
  const { jobId } = await call('import.start', { paths: [DOCS_DIR] });
  await service.imports.idle();
  const done = await call('import.status', { jobId });
  expect(done).toMatchObject({ finished: true, cancelled: false });
  expect(done.imported).toBeGreaterThan(50);
  const before = await call('settings.get');
  expect(before.reviewerSet).toBe(false);
  expect(before.reviewerName.length).toBeGreaterThan(0);
  await call('settings.set', { reviewerName: '审核员甲' });
});
afterAll(async () => {
  await service.close();
  cleanup();
  out.cleanup();
});

/** a 2019/2021-format report whose table 三 balances, so changing one total must raise T3-BALANCE */
async function balancedReport(): Promise<number> {
  const { rows } = await call('reports.list', { format: ['2021', '2019'], limit: 1000, sort: { column: 'id', dir: 'asc' } });
  for (const r of rows) {
    const v = await call('report.get', { id: r.id });
    const val = (k: string) => v.fields.find((f) => f.key === k)?.value;
    if (['t3.new.total', 't3.carried.total', 't3.total.total', 't3.carry_forward.total'].every((k) => typeof val(k) === 'number')
      && !v.findings.some((f) => f.ruleId === 'T3-BALANCE')) return r.id;
  }
  throw new Error('no balanced report in the corpus');
}

describe('service', () => {
  it('reports progress events for the import, ending with a finished one', () => {
    const progress = events.filter((e) => e.event === 'import.progress').map((e) => e.payload as Output<'import.status'>);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]).toMatchObject({ finished: true, current: null });
    expect(progress.filter((p) => p.finished)).toHaveLength(1);
  });

  it('answers invalid input, unknown channels and missing reports with typed errors', async () => {
    expect((await fail('reports.list', { limit: 'many' })).code).toBe('invalid-input');
    expect((await fail('no.such.channel', {})).code).toBe('not-found');
    expect((await fail('report.get', { id: 999_999 })).code).toBe('not-found');
    expect((await fail('field.correct', { id: 1, key: 'no.such.key', value: 1 })).code).toBe('invalid-input');
    expect((await fail('field.correct', { id: 1, key: 't3.new.total', value: 1.5 })).message).toMatch(/整数/);
    expect((await fail('dialog.openFiles', {})).code).toBe('unsupported');
  });

  it('report.get gives the document, every field of the format and the import in the history', async () => {
    const { rows } = await call('reports.list', { format: ['2021'], limit: 1 });
    const v = await call('report.get', { id: rows[0].id });
    expect(v.document.text.length).toBeGreaterThan(100);
    expect(v.fields.some((f) => f.key === 't3.new.total')).toBe(true);
    expect(v.fields.some((f) => f.key.startsWith('stat.'))).toBe(false);
    expect(v.history[0]).toMatchObject({ kind: 'import', detail: v.document.fileName });
    for (const s of v.sections) expect(s.end).toBeGreaterThanOrEqual(s.start);
  });

  it('field.correct records the reviewer, re-runs the checks at once, and the finding can be dismissed', async () => {
    const id = await balancedReport();
    const before = await call('report.get', { id });
    const total = before.fields.find((f) => f.key === 't3.new.total')!;
    const r = await call('field.correct', { id, key: 't3.new.total', value: (total.value as number) + 7 });
    expect(r.field).toMatchObject({ key: 't3.new.total', value: (total.value as number) + 7, corrected: true });
    expect(r.field.correction).toMatchObject({ reviewer: '审核员甲', oldValue: total.value });
    const balance = r.findings.find((f) => f.ruleId === 'T3-BALANCE');
    expect(balance).toBeDefined();
    expect(r.summary.openErrors).toBeGreaterThan(before.summary.openErrors);

    // approving now needs force
    const e = await fail('report.decide', { id, action: 'approve' });
    expect(e.code).toBe('needs-force');
    expect(e.details?.openErrors).toBe(r.summary.openErrors);

    // dismissing needs a reason; with one it lowers the open errors and shows in the history
    expect((await fail('finding.decide', { id, fingerprint: balance!.fingerprint, decision: 'dismissed' })).code).toBe('invalid-input');
    const d = await call('finding.decide', { id, fingerprint: balance!.fingerprint, decision: 'dismissed', reason: '原表如此' });
    expect(d.summary.openErrors).toBe(r.summary.openErrors - 1);
    expect(d.findings.find((f) => f.fingerprint === balance!.fingerprint)!.decision).toMatchObject({ decision: 'dismissed', reason: '原表如此', reviewer: '审核员甲' });

    // putting the value back removes the finding
    const back = await call('field.correct', { id, key: 't3.new.total', value: total.value });
    expect(back.findings.some((f) => f.ruleId === 'T3-BALANCE')).toBe(false);
    const h = (await call('report.get', { id })).history;
    expect(h.filter((x) => x.kind === 'correction')).toHaveLength(2);
    expect(h.find((x) => x.kind === 'finding-dismiss')).toMatchObject({ fingerprint: balance!.fingerprint, detail: '原表如此', reviewer: '审核员甲' });
  });

  it('field.correct from a text selection stores the selected span', async () => {
    const { rows } = await call('reports.list', { format: ['2021'], limit: 1 });
    const v = await call('report.get', { id: rows[0].id });
    const start = v.document.text.indexOf(v.summary.agency ?? '局');
    const name = v.document.text.slice(start, start + 4);
    const r = await call('field.correct', { id: rows[0].id, key: 'agency', value: name, source: { start, end: start + 4 } });
    expect(r.field.correction!.source).toMatchObject({ start, end: start + 4, text: name });
    expect(r.summary.agency).toBe(name);
    expect((await fail('field.correct', { id: rows[0].id, key: 'agency', value: 'x', source: { start: 0, end: 10_000_000 } })).code).toBe('invalid-input');
  });

  it('report.decide: return needs a comment, approve with force records the reviewer, reopen goes back to pending', async () => {
    const { rows } = await call('reports.list', { unresolved: true, limit: 1 });
    const id = rows[0].id;
    expect((await fail('report.decide', { id, action: 'return' })).code).toBe('invalid-input');
    const ret = await call('report.decide', { id, action: 'return', comment: '请补充表四' });
    expect(ret.summary).toMatchObject({ status: 'returned', decidedBy: '审核员甲' });
    const ok = await call('report.decide', { id, action: 'approve', force: true });
    expect(ok.summary.status).toBe('approved');
    const re = await call('report.decide', { id, action: 'reopen' });
    expect(re.summary).toMatchObject({ status: 'pending', decidedBy: null });
    const kinds = (await call('report.get', { id })).history.map((h) => h.kind);
    expect(kinds.slice(-3)).toEqual(['return', 'approve', 'reopen']);
  });

  it('bulkApprove approves only reports without open errors', async () => {
    const { rows } = await call('reports.list', { status: ['pending'], limit: 1000 });
    const ids = rows.slice(0, 30).map((r) => r.id);
    const res = await call('reports.bulkApprove', { ids: [...ids, 999_999] });
    const open = new Set(rows.filter((r) => r.openErrors > 0).map((r) => r.id));
    expect(res.approved.sort()).toEqual(ids.filter((i) => !open.has(i)).sort());
    expect(res.skipped.map((s) => s.id).sort()).toEqual([...ids.filter((i) => open.has(i)), 999_999].sort());
    const after = await call('reports.list', { status: ['approved'], limit: 1000 });
    expect(after.rows.every((r) => r.decidedBy === '审核员甲')).toBe(true);
  });

  it('dashboard and facets agree with the list, and the dashboard follows changes', async () => {
    const d = await call('dashboard.get');
    const f = await call('reports.facets');
    expect(d.total).toBe(f.total);
    expect(d.byStatus).toEqual(f.statuses);
    expect(d.topFindings.length).toBeGreaterThan(0);
    expect(await call('dashboard.get')).toEqual(d);
    const { rows } = await call('reports.list', { status: ['pending'], limit: 1 });
    await call('report.decide', { id: rows[0].id, action: 'reject' });
    const after = await call('dashboard.get');
    expect(after.byStatus.rejected).toBe(d.byStatus.rejected + 1);
    await call('report.decide', { id: rows[0].id, action: 'reopen' });
    expect((await call('dashboard.get')).byStatus).toEqual(d.byStatus);
  });

  it('exports the approved reports to an .xlsx with progress events; nothing to export is a not-found error', async () => {
    const target = join(out.dir, 'summary.xlsx');
    const r = await call('export.run', { out: target });
    expect(r.path).toBe(target);
    expect(r.reports).toBe((await call('reports.facets')).statuses.approved);
    expect(existsSync(target)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(target) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(3);
    expect(events.some((e) => e.event === 'export.progress' && (e.payload as { finished: boolean }).finished)).toBe(true);
    expect((await fail('export.run', { year: 1900 })).code).toBe('not-found');
  });

  it('links two reports, showing each in the other\'s related list, and unlinks them', async () => {
    const { rows } = await call('reports.list', { sort: { column: 'id', dir: 'asc' }, limit: 2 });
    const [a, b] = rows.map((r) => r.id);
    await call('agency.link', { a, b });
    expect((await call('report.get', { id: a })).related).toContainEqual(expect.objectContaining({ id: b, link: 'linked' }));
    await call('agency.unlink', { a, b });
    expect((await call('report.get', { id: a })).related.some((r) => r.id === b)).toBe(false);
    expect((await call('report.get', { id: b })).history.filter((h) => h.kind.startsWith('agency-')).map((h) => h.otherId)).toEqual([a, a]);
  });

  it('cancels an import job', async () => {
    const { jobId } = await call('import.start', { paths: [DOCS_DIR] });
    expect((await call('import.cancel', { jobId })).cancelled).toBe(true);
    await service.imports.idle();
    expect(await call('import.status', { jobId })).toMatchObject({ finished: true, cancelled: true });
    expect((await fail('import.status', { jobId: 'nope' })).code).toBe('not-found');
  });

  it('reports the mode and the reviewer setting', async () => {
    expect(await call('app.info')).toMatchObject({ mode: 'electron', version: '9.9.9' });
    expect(await call('settings.get')).toEqual({ reviewerName: '审核员甲', reviewerSet: true });
    expect((await call('spec.fields')).fields.length).toBeGreaterThan(100);
  });
});
