// The reports list: filters, full-text search, sortable headers, a virtualised body paged through the
// contract, multi-select and 批量通过. Keyboard: ↑/↓ move, Enter opens, Space selects, / searches.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Output } from '../../../src-main/shared/contract.js';
import { useApi, useLoad } from '../../api/context.js';
import { t } from '../../i18n/zh-CN.js';
import { SeverityBadges, StatusTag, formatTime } from '../../components/Badges.js';
import { Modal, modalOpen, typingTarget } from '../../components/Modal.js';
import { useToast } from '../../components/Toast.js';
import { usePagedRows, type ListFilters, type ReportRow } from './paged-rows.js';

type SortColumn = NonNullable<ListFilters['sort']>['column'];

const COLUMNS: Array<{ id: string; label: string; sort?: SortColumn }> = [
  { id: 'sel', label: '' },
  { id: 'agency', label: t.list.agency, sort: 'agency' },
  { id: 'year', label: t.list.year, sort: 'year' },
  { id: 'format', label: t.list.format, sort: 'format' },
  { id: 'status', label: t.list.status, sort: 'status' },
  { id: 'findings', label: t.list.findings, sort: 'errors' },
  { id: 'importedAt', label: t.list.importedAt, sort: 'importedAt' },
  { id: 'fileName', label: t.list.fileName, sort: 'fileName' },
];

const ROW_H = 30;

export interface ReportListProps {
  /** false while another view covers the list: its shortcuts rest */
  active: boolean;
  filters: ListFilters;
  setFilters: (f: ListFilters) => void;
  onOpen: (id: number) => void;
  tick: number;
  cursorId: number | null;
  setCursorId: (id: number | null) => void;
  onImportClick: () => void;
}

export function ReportList(p: ReportListProps) {
  const api = useApi();
  const toast = useToast();
  const [localTick, setLocalTick] = useState(0);
  const rows = usePagedRows(api, p.filters, p.tick + localTick);
  const facets = useLoad(() => api.invoke('reports.facets', {}), [p.tick, localTick]);
  const [query, setQuery] = useState(p.filters.query ?? '');
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [bulk, setBulk] = useState<Output<'reports.bulkApprove'> | null>(null);
  const [confirmBulk, setConfirmBulk] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // debounced full-text search (the latest props are read when the timer fires)
  const latest = useRef(p);
  latest.current = p;
  useEffect(() => {
    const q = query.trim();
    if ((latest.current.filters.query ?? '') === q) return;
    const h = setTimeout(() => latest.current.setFilters({ ...latest.current.filters, query: q || undefined }), 300);
    return () => clearTimeout(h);
  }, [query]);

  const total = rows.total ?? 0;
  const virt = useVirtualizer({ count: total, getScrollElement: () => bodyRef.current, estimateSize: () => ROW_H, overscan: 12 });
  const items = virt.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    rows.ensure(first, last + 50);
  }, [first, last, rows]);

  // come back to the report the reviewer had open (N/P in the review screen move it)
  useEffect(() => {
    if (!p.active || p.cursorId == null || rows.total === undefined) return;
    const i = rows.indexOf(p.cursorId);
    if (i >= 0) {
      setCursor(i);
      virt.scrollToIndex(i, { align: 'auto' });
    }
  }, [p.active, rows.total]);

  const setSort = (col?: SortColumn) => {
    if (!col) return;
    const cur = p.filters.sort;
    const dir = cur?.column === col && cur.dir === 'asc' ? 'desc' : 'asc';
    p.setFilters({ ...p.filters, sort: { column: col, dir } });
  };
  const one = <T,>(v: T | '' | undefined): T[] | undefined => (v === '' || v === undefined ? undefined : [v as T]);

  const toggle = (r: ReportRow, i: number, range: boolean) => {
    const next = new Set(selected);
    if (range && anchor !== null) {
      const [a, b] = anchor < i ? [anchor, i] : [i, anchor];
      for (let k = a; k <= b; k++) {
        const row = rows.row(k);
        if (row) next.add(row.id);
      }
    } else if (next.has(r.id)) next.delete(r.id);
    else next.add(r.id);
    setAnchor(i);
    setSelected(next);
  };

  const moveCursor = (i: number) => {
    const c = Math.max(0, Math.min(total - 1, i));
    setCursor(c);
    virt.scrollToIndex(c, { align: 'auto' });
    const r = rows.row(c);
    if (r) p.setCursorId(r.id);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (modalOpen() || !p.active) return;
      if (e.key === '/' && !typingTarget(e)) {
        e.preventDefault();
        searchRef.current?.focus();
        return;
      }
      if (typingTarget(e)) {
        if (e.key === 'ArrowDown' && e.target === searchRef.current) bodyRef.current?.focus();
        return;
      }
      // a focused button or link handles its own Enter/Space
      const tag = (e.target as HTMLElement | null)?.tagName;
      if ((tag === 'BUTTON' || tag === 'A' || tag === 'INPUT') && (e.key === 'Enter' || e.key === ' ')) return;
      if (e.key === 'ArrowDown' || e.key === 'j') moveCursor(cursor + 1);
      else if (e.key === 'ArrowUp' || e.key === 'k') moveCursor(cursor - 1);
      else if (e.key === 'PageDown') moveCursor(cursor + 20);
      else if (e.key === 'PageUp') moveCursor(cursor - 20);
      else if (e.key === 'Home') moveCursor(0);
      else if (e.key === 'End') moveCursor(total - 1);
      else if (e.key === 'Enter') {
        const r = rows.row(cursor);
        if (r) p.onOpen(r.id);
      } else if (e.key === ' ') {
        const r = rows.row(cursor);
        if (r) toggle(r, cursor, e.shiftKey);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  /** every report matching the filters, fetched in pages of 1,000 ids */
  const [selectingAll, setSelectingAll] = useState(false);
  const selectAllMatching = async () => {
    setSelectingAll(true);
    try {
      const ids = new Set<number>();
      for (let offset = 0; ; offset += 1000) {
        const res = await api.invoke('reports.list', { ...p.filters, offset, limit: 1000 });
        for (const r of res.rows) ids.add(r.id);
        if (res.rows.length < 1000 || offset + 1000 >= res.total) break;
      }
      setSelected(ids);
    } catch (e) {
      toast((e as Error).message, true);
    } finally {
      setSelectingAll(false);
    }
  };

  const [bulkBusy, setBulkBusy] = useState(false);
  const runBulk = async () => {
    setConfirmBulk(false);
    setBulkBusy(true);
    try {
      const res = await api.invoke('reports.bulkApprove', { ids: [...selected] });
      setBulk(res);
      setSelected(new Set());
      setLocalTick((x) => x + 1);
    } catch (e) {
      toast((e as Error).message, true);
    } finally {
      setBulkBusy(false);
    }
  };

  const years = facets.data?.years ?? [];
  const formats = facets.data?.formats ?? [];
  const sort = p.filters.sort;
  const empty = rows.total === 0 && !p.filters.query && !p.filters.status && !p.filters.year && !p.filters.format && !p.filters.severity;

  const skippedByReason = useMemo(() => {
    const m = new Map<string, number>();
    // reasons carry per-report counts ("有 3 个未排除的错误"): group them without the number
    for (const s of bulk?.skipped ?? []) {
      const reason = t.list.skippedReason[s.reason] ?? s.reason.replace(/\s*\d+\s*个?\s*/g, '');
      m.set(reason, (m.get(reason) ?? 0) + 1);
    }
    return [...m];
  }, [bulk]);

  return (
    <>
      <div className="list-tools">
        <input ref={searchRef} type="search" placeholder={t.list.search} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t.list.search} />
        <label>
          {t.list.filterStatus}
          <select aria-label={t.list.filterStatus} value={p.filters.status?.[0] ?? ''} onChange={(e) => p.setFilters({ ...p.filters, status: one(e.target.value as ReportRow['status'] | '') })}>
            <option value="">{t.common.all}</option>
            {(['pending', 'approved', 'returned', 'rejected'] as const).map((s) => (
              <option key={s} value={s}>{t.status[s]}{facets.data ? ` (${facets.data.statuses[s] ?? 0})` : ''}</option>
            ))}
          </select>
        </label>
        <label>
          {t.list.filterYear}
          <select aria-label={t.list.filterYear} value={p.filters.year?.[0] === undefined ? '' : String(p.filters.year[0])}
            onChange={(e) => p.setFilters({ ...p.filters, year: e.target.value === '' ? undefined : [e.target.value === 'null' ? null : Number(e.target.value)] })}>
            <option value="">{t.common.all}</option>
            {years.map((y) => (
              <option key={String(y.year)} value={String(y.year)}>{y.year ?? t.common.unknown} ({y.count})</option>
            ))}
          </select>
        </label>
        <label>
          {t.list.filterFormat}
          <select aria-label={t.list.filterFormat} value={p.filters.format?.[0] === undefined ? '' : String(p.filters.format[0])}
            onChange={(e) => p.setFilters({ ...p.filters, format: e.target.value === '' ? undefined : [e.target.value === 'null' ? null : (e.target.value as '2021')] })}>
            <option value="">{t.common.all}</option>
            {formats.map((f) => (
              <option key={String(f.format)} value={String(f.format)}>{t.format[f.format ?? 'none']} ({f.count})</option>
            ))}
          </select>
        </label>
        <label>
          {t.list.filterSeverity}
          <select aria-label={t.list.filterSeverity} value={p.filters.severity?.[0] ?? ''} onChange={(e) => p.setFilters({ ...p.filters, severity: one(e.target.value as 'error' | '') })}>
            <option value="">{t.common.all}</option>
            {(['error', 'warning', 'info'] as const).map((s) => (
              <option key={s} value={s}>{t.list.hasSeverity(t.severity[s])}</option>
            ))}
          </select>
        </label>
        <span className="count" data-testid="list-count">{rows.total === undefined ? t.common.loading : t.list.count(rows.total)}</span>
      </div>
      {selected.size > 0 && (
        <div className="bulkbar">
          <span>{t.list.selected(selected.size)}</span>
          {rows.total !== undefined && selected.size < rows.total && (
            <button className="link" onClick={() => void selectAllMatching()} disabled={selectingAll}>{t.list.selectAllMatching(rows.total)}</button>
          )}
          <button className="ok" onClick={() => setConfirmBulk(true)}>{t.list.approveSelected}</button>
          <button onClick={() => setSelected(new Set())}>{t.list.clearSelection}</button>
        </div>
      )}
      <div className="grid-wrap">
        <div className="grid-head" role="row">
          {COLUMNS.map((c) => (
            <div key={c.id} className={c.sort ? 'sortable' : ''} onClick={() => setSort(c.sort)} role="columnheader"
              aria-sort={sort && sort.column === c.sort ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
              {c.id === 'sel' ? (
                <input type="checkbox" aria-label={t.list.selectAll} checked={selected.size > 0 && rows.loaded().every((r) => selected.has(r.id))}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.loaded().map((r) => r.id)) : new Set())} />
              ) : (
                <>
                  {c.label}
                  {sort && sort.column === c.sort ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </>
              )}
            </div>
          ))}
        </div>
        {empty ? (
          <div className="empty">
            <h2>{t.list.emptyTitle}</h2>
            <p>{t.list.emptyHint}</p>
            <button className="primary" onClick={p.onImportClick}>{t.importer.button}</button>
          </div>
        ) : rows.total === 0 ? (
          <div className="empty">{t.list.noMatch}</div>
        ) : (
          <div className="grid-body" ref={bodyRef} tabIndex={0} role="grid" aria-rowcount={total} data-testid="report-grid">
            <div style={{ height: virt.getTotalSize(), position: 'relative' }}>
              {items.map((v) => {
                const r = rows.row(v.index);
                const cls = `grid-row${v.index === cursor ? ' cursor' : ''}${r && selected.has(r.id) ? ' selected' : ''}${r ? '' : ' loading'}`;
                if (!r) {
                  return (
                    <div key={v.key} className={cls} style={{ top: v.start }}>
                      <div /><div>{t.common.loading}</div>
                    </div>
                  );
                }
                return (
                  <div key={v.key} className={cls} style={{ top: v.start }} role="row" data-id={r.id}
                    onClick={(e) => {
                      bodyRef.current?.focus({ preventScroll: true });
                      setCursor(v.index);
                      p.setCursorId(r.id);
                      if (e.shiftKey || e.ctrlKey || e.metaKey) toggle(r, v.index, e.shiftKey);
                    }}
                    onDoubleClick={() => p.onOpen(r.id)}>
                    <div onClick={(e) => e.stopPropagation()}>
                      <input type="checkbox" aria-label={r.fileName} checked={selected.has(r.id)} onChange={(e) => toggle(r, v.index, (e.nativeEvent as MouseEvent).shiftKey)} />
                    </div>
                    <div title={r.agency ?? ''}>
                      <a href={`#/review/${r.id}`} onClick={(e) => { e.preventDefault(); p.onOpen(r.id); }}>{r.agency ?? <span className="muted">{t.common.unknown}</span>}</a>
                    </div>
                    <div>{r.year ?? <span className="muted">—</span>}</div>
                    <div>{t.format[r.format ?? 'none']}</div>
                    <div><StatusTag status={r.status} /></div>
                    <div><SeverityBadges errors={r.errors} warnings={r.warnings} infos={r.infos} /></div>
                    <div className="muted">{formatTime(r.importedAt)}</div>
                    <div className="muted" title={r.fileName}>{r.fileName}</div>
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </div>
      {confirmBulk && (
        <Modal title={t.list.approveSelected} onCancel={() => setConfirmBulk(false)} onConfirm={runBulk} confirmClass="ok" confirmText={t.review.approve}>
          {t.list.selected(selected.size)}。没有未处理错误的报告将被通过，其余的会跳过。
        </Modal>
      )}
      {bulkBusy && (
        <Modal title={t.list.approveSelected} onCancel={() => {}} cancelText={null}>
          {t.list.bulkRunning(selected.size)}
          <div className="progress indeterminate"><div style={{ width: '30%' }} /></div>
        </Modal>
      )}
      {bulk && (
        <Modal title={t.list.approveSelected} onCancel={() => setBulk(null)} cancelText={null} onConfirm={() => setBulk(null)} testId="bulk-result">
          <p>{t.list.batchResult(bulk.approved.length, bulk.skipped.length)}</p>
          {skippedByReason.length > 0 && (
            <ul>
              {skippedByReason.map(([reason, n]) => (
                <li key={reason}>{reason}：{n} 份</li>
              ))}
            </ul>
          )}
        </Modal>
      )}
    </>
  );
}
