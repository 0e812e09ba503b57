// Rows of the reports list fetched page by page as the user scrolls, so 50,000 reports cost a few
// requests, not one huge answer. A change of filters starts a new generation and drops old pages.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { listFilters, reportRow } from '../../../src-main/shared/contract.js';
import type { RendererApi } from '../../api/client.js';

export type ListFilters = z.input<typeof listFilters>;
export type ReportRow = z.output<typeof reportRow>;

export const PAGE = 200;

export interface PagedRows {
  total: number | undefined;
  row(i: number): ReportRow | undefined;
  /** asks for the pages covering rows [from, to] */
  ensure(from: number, to: number): void;
  /** every row loaded so far */
  loaded(): ReportRow[];
  /** list position of a loaded row, or -1 */
  indexOf(id: number): number;
  error: Error | undefined;
}

export function usePagedRows(api: RendererApi, filters: ListFilters, tick: number): PagedRows {
  const pages = useRef(new Map<number, ReportRow[]>());
  const pending = useRef(new Set<number>());
  const gen = useRef(0);
  const [total, setTotal] = useState<number>();
  const [error, setError] = useState<Error>();
  const [, setVersion] = useState(0);
  const key = JSON.stringify(filters);

  const fetchPage = useCallback(
    (p: number, g: number) => {
      if (pending.current.has(p)) return;
      pending.current.add(p);
      api.invoke('reports.list', { ...filters, offset: p * PAGE, limit: PAGE }).then(
        (res) => {
          if (g !== gen.current) return;
          pending.current.delete(p);
          pages.current.set(p, res.rows);
          setTotal(res.total);
          setError(undefined);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (g !== gen.current) return;
          pending.current.delete(p);
          setError(e instanceof Error ? e : new Error(String(e)));
        },
      );
    },
    [api, key],
  );

  // New filters: forget everything. A refresh (tick) keeps the rows on screen until fresh ones arrive.
  useEffect(() => {
    pages.current = new Map();
    pending.current = new Set();
    setTotal(undefined);
  }, [key]);

  const visible = useRef<[number, number]>([0, PAGE]);
  useEffect(() => {
    const g = ++gen.current;
    pending.current = new Set();
    const [from, to] = visible.current;
    for (let p = Math.floor(from / PAGE); p <= Math.floor(to / PAGE); p++) fetchPage(p, g);
    // pages outside the view are stale after a refresh: drop them so they are fetched again when seen
    for (const p of [...pages.current.keys()]) if (p < Math.floor(from / PAGE) || p > Math.floor(to / PAGE)) pages.current.delete(p);
  }, [fetchPage, tick]);

  const ensure = useCallback(
    (from: number, to: number) => {
      visible.current = [from, to];
      for (let p = Math.floor(from / PAGE); p <= Math.floor(Math.max(from, to) / PAGE); p++) {
        if (!pages.current.has(p)) fetchPage(p, gen.current);
      }
    },
    [fetchPage],
  );

  return {
    total,
    error,
    row: (i) => pages.current.get(Math.floor(i / PAGE))?.[i % PAGE],
    ensure,
    loaded: () => [...pages.current.values()].flat(),
    indexOf: (id) => {
      for (const [p, list] of pages.current) {
        const i = list.findIndex((r) => r.id === id);
        if (i >= 0) return p * PAGE + i;
      }
      return -1;
    },
  };
}
