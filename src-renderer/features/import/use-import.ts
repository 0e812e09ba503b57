// One import session (one or more jobs: browser uploads go in batches) with summed progress. Progress
// arrives as import.progress events; import.status is polled too, so a missed event never freezes the bar.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../../src-main/shared/contract.js';
import type { PickedFile, RendererApi } from '../../api/client.js';

type Progress = EventPayload<'import.progress'>;

export interface ImportSession {
  phase: 'collecting' | 'uploading' | 'running' | 'done' | 'cancelled';
  uploaded: number;
  toUpload: number;
  jobs: string[];
  progress: Record<string, Progress>;
  error?: string;
}

export interface ImportTotals {
  done: number;
  total: number;
  imported: number;
  duplicates: number;
  unsupported: number;
  failed: Array<{ file: string; error: string }>;
  current: string | null;
}

export function totals(s: ImportSession): ImportTotals {
  const ps = Object.values(s.progress);
  return {
    done: ps.reduce((a, p) => a + p.done, 0),
    total: Math.max(ps.reduce((a, p) => a + p.total, 0), s.phase === 'uploading' ? s.toUpload : 0),
    imported: ps.reduce((a, p) => a + p.imported, 0),
    duplicates: ps.reduce((a, p) => a + p.duplicates, 0),
    unsupported: ps.reduce((a, p) => a + p.unsupported, 0),
    failed: ps.flatMap((p) => p.failed),
    current: ps.find((p) => !p.finished)?.current ?? null,
  };
}

export function useImport(api: RendererApi, onChange: () => void) {
  const [session, setSession] = useState<ImportSession | null>(null);
  const ref = useRef<ImportSession | null>(null);
  const cancelFlag = useRef({ cancelled: false });
  const update = useCallback((fn: (s: ImportSession) => ImportSession) => {
    if (!ref.current) return;
    ref.current = fn(ref.current);
    setSession(ref.current);
  }, []);

  const finishedCheck = useCallback(() => {
    const s = ref.current;
    if (!s || s.phase !== 'running') return;
    if (s.jobs.every((j) => s.progress[j]?.finished)) {
      update((x) => ({ ...x, phase: Object.values(x.progress).some((p) => p.cancelled) ? 'cancelled' : 'done' }));
      onChange();
    }
  }, [update, onChange]);

  const onProgress = useCallback(
    (p: Progress) => {
      if (!ref.current || !ref.current.jobs.includes(p.jobId)) return;
      update((s) => ({ ...s, progress: { ...s.progress, [p.jobId]: p } }));
      finishedCheck();
    },
    [update, finishedCheck],
  );

  useEffect(() => api.on('import.progress', onProgress), [api, onProgress]);

  // the list fills while the import runs; polling also covers a dropped event stream
  const active = session?.phase === 'running' || session?.phase === 'uploading';
  useEffect(() => {
    if (!active) return;
    const h = setInterval(() => {
      onChange();
      for (const j of ref.current?.jobs ?? []) {
        if (ref.current?.progress[j]?.finished) continue;
        api.invoke('import.status', { jobId: j }).then(onProgress, () => {});
      }
    }, 1200);
    return () => clearInterval(h);
  }, [active, api, onChange, onProgress]);

  const begin = (phase: ImportSession['phase'], toUpload = 0) => {
    cancelFlag.current = { cancelled: false };
    ref.current = { phase, uploaded: 0, toUpload, jobs: [], progress: {} };
    setSession(ref.current);
  };
  const fail = (e: unknown) => update((s) => ({ ...s, phase: 'done', error: (e as Error).message }));

  const startPaths = async (paths: string[]) => {
    if (paths.length === 0) return;
    begin('running');
    try {
      const { jobId } = await api.invoke('import.start', { paths });
      update((s) => ({ ...s, jobs: [...s.jobs, jobId] }));
    } catch (e) {
      fail(e);
    }
  };

  const startFiles = async (files: PickedFile[]) => {
    if (files.length === 0) return;
    begin('uploading', files.length);
    try {
      await api.upload(files, (jobId, sent) => update((s) => ({ ...s, uploaded: sent, jobs: [...s.jobs, jobId] })), cancelFlag.current);
      update((s) => ({ ...s, phase: 'running' }));
      finishedCheck();
    } catch (e) {
      fail(e);
    }
  };

  const cancel = async () => {
    cancelFlag.current.cancelled = true;
    for (const j of ref.current?.jobs ?? []) await api.invoke('import.cancel', { jobId: j }).catch(() => {});
    if (ref.current?.jobs.length === 0) update((s) => ({ ...s, phase: 'cancelled' }));
  };

  const close = () => {
    ref.current = null;
    setSession(null);
  };

  return { session, startPaths, startFiles, cancel, close, begin };
}
