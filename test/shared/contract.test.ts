import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHANNELS, EVENT_NAMES, HTTP_STATUS, apiErrorCode, channels, events, invalidInput, isChannel, type Input,
} from '../../src-main/shared/contract.js';
import { CHANNEL_NAMES, EVENT_NAMES_LIST } from '../../src-main/shared/channel-names.js';
import { PROJECT_DIR } from '../helpers/corpus.js';

const valid = <C extends keyof typeof channels>(c: C, input: Input<C>) => channels[c].input.safeParse(input).success;
const invalid = (c: keyof typeof channels, input: unknown) => !channels[c].input.safeParse(input).success;

describe('contract', () => {
  it('has no node: or electron imports (it runs in the renderer too)', () => {
    for (const f of ['contract.ts', 'channel-names.ts', 'csp.ts']) {
      const src = readFileSync(join(PROJECT_DIR, 'src-main', 'shared', f), 'utf8');
      expect(src).not.toMatch(/from ['"](node:|electron)/);
    }
  });

  it('keeps the preload lists equal to the contract keys', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
    expect([...EVENT_NAMES_LIST].sort()).toEqual([...EVENT_NAMES].sort());
    expect(Object.isFrozen(CHANNELS)).toBe(true);
    expect(Object.isFrozen(CHANNEL_NAMES)).toBe(true);
    expect(isChannel('reports.list')).toBe(true);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
  });

  it('reports.list fills paging defaults and accepts every filter', () => {
    expect(channels['reports.list'].input.parse({})).toEqual({ offset: 0, limit: 100 });
    expect(valid('reports.list', {
      status: ['pending', 'approved'], year: [2021, null], format: ['2021', null], severity: ['error'], unresolved: true,
      query: '信息公开', sort: { column: 'agency', dir: 'asc' }, offset: 200, limit: 50,
    })).toBe(true);
  });

  it('reports.list rejects bad filters', () => {
    expect(invalid('reports.list', { status: ['done'] })).toBe(true);
    expect(invalid('reports.list', { limit: 0 })).toBe(true);
    expect(invalid('reports.list', { limit: 5000 })).toBe(true);
    expect(invalid('reports.list', { offset: -1 })).toBe(true);
    expect(invalid('reports.list', { sort: { column: 'normalized_text', dir: 'asc' } })).toBe(true);
    expect(invalid('reports.list', { year: ['2021'] })).toBe(true);
    expect(invalid('reports.list', { query: 'x'.repeat(201) })).toBe(true);
  });

  it('report.decide needs a comment to return a report', () => {
    expect(invalid('report.decide', { id: 1, action: 'return' })).toBe(true);
    expect(invalid('report.decide', { id: 1, action: 'return', comment: '  ' })).toBe(true);
    expect(valid('report.decide', { id: 1, action: 'return', comment: '表三数字有误' })).toBe(true);
    expect(valid('report.decide', { id: 1, action: 'approve', force: true })).toBe(true);
    expect(invalid('report.decide', { id: 1, action: 'publish' })).toBe(true);
    expect(invalid('report.decide', { id: 0, action: 'approve' })).toBe(true);
  });

  it('finding.decide needs a reason to dismiss', () => {
    expect(invalid('finding.decide', { id: 1, fingerprint: 'T3-BALANCE:a', decision: 'dismissed' })).toBe(true);
    expect(valid('finding.decide', { id: 1, fingerprint: 'T3-BALANCE:a', decision: 'dismissed', reason: '原表如此' })).toBe(true);
    expect(valid('finding.decide', { id: 1, fingerprint: 'T3-BALANCE:a', decision: 'reset' })).toBe(true);
  });

  it('field.correct takes numbers, strings or null and a text selection', () => {
    expect(valid('field.correct', { id: 3, key: 't3.new.total', value: 12 })).toBe(true);
    expect(valid('field.correct', { id: 3, key: 'agency', value: '某某局', source: { start: 10, end: 14 } })).toBe(true);
    expect(valid('field.correct', { id: 3, key: 't3.new.total', value: null })).toBe(true);
    expect(invalid('field.correct', { id: 3, key: 't3.new.total', value: { n: 1 } })).toBe(true);
    expect(invalid('field.correct', { id: 3, key: 't3.new.total', value: 1, source: { start: 9, end: 2 } })).toBe(true);
    expect(invalid('field.correct', { id: 3, key: '', value: 1 })).toBe(true);
  });

  it('uploads carry bytes; imports need paths; settings need a name', () => {
    expect(valid('import.upload', { files: [{ name: 'a.txt', data: new Uint8Array([1, 2]) }] })).toBe(true);
    expect(invalid('import.upload', { files: [{ name: 'a.txt', data: 'AQI=' }] })).toBe(true);
    expect(invalid('import.start', { paths: [] })).toBe(true);
    expect(invalid('settings.set', { reviewerName: '   ' })).toBe(true);
    expect(channels['settings.set'].input.parse({ reviewerName: ' 张三 ' })).toEqual({ reviewerName: '张三' });
    expect(invalid('agency.link', { a: 2, b: 2 })).toBe(true);
    expect(invalid('reports.bulkApprove', { ids: [] })).toBe(true);
  });

  it('channels without input accept nothing at all', () => {
    for (const c of ['app.info', 'reports.facets', 'settings.get', 'dialog.openFiles', 'dashboard.get', 'dialog.saveXlsx'] as const) {
      expect(channels[c].input.safeParse(undefined).success).toBe(true);
    }
    expect(channels['dashboard.get'].input.parse(undefined)).toEqual({ scope: 'all' });
  });

  it('event payloads validate', () => {
    const p = { jobId: 'j', done: 1, total: 2, current: 'a.txt', imported: 1, duplicates: 0, unsupported: 0, failed: [{ file: 'b.doc', error: '不支持' }], finished: false, cancelled: false };
    expect(events['import.progress'].safeParse(p).success).toBe(true);
    expect(events['import.progress'].safeParse({ ...p, failed: 1 }).success).toBe(false);
    expect(events['app.menu'].safeParse({ command: 'import-files' }).success).toBe(true);
    expect(events['app.menu'].safeParse({ command: 'rm -rf' }).success).toBe(false);
  });

  it('maps every error code to an HTTP status and explains zod failures in Chinese', () => {
    for (const code of apiErrorCode.options) expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
    const r = channels['reports.list'].input.safeParse({ limit: 0 });
    expect(r.success).toBe(false);
    const e = invalidInput(r.error!);
    expect(e.code).toBe('invalid-input');
    expect(e.message).toMatch(/请求参数不正确（limit）/);
  });

  it('output schemas reject malformed answers', () => {
    const ok = { total: 1, years: [{ year: 2021, count: 1 }], formats: [{ format: '2021', count: 1 }], statuses: { pending: 1, approved: 0, returned: 0, rejected: 0 } };
    expect(channels['reports.facets'].output.safeParse(ok).success).toBe(true);
    expect(channels['reports.facets'].output.safeParse({ ...ok, statuses: { pending: 1 } }).success).toBe(false);
  });
});
