// Adapts the import service (core/import/import-service.ts) to an import job: its progress carries a count
// of failures, the UI wants the failures themselves, so new rows of import_errors are read as they appear.
import type { Db } from '../db/open.js';
import { importBuffers, importPaths, type ImportOptions, type ImportSummary, type UploadedFile } from '../import/import-service.js';
import type { ImportTask, RunnerProgress } from './import-jobs.js';

export type ImportSource = { paths: string[] } | { files: UploadedFile[] };

export function importTask(db: Db, source: ImportSource, base: Pick<ImportOptions, 'workers' | 'workerPath'> = {}): ImportTask {
  return async ({ signal, onProgress }) => {
    const firstError = (db.prepare('SELECT coalesce(max(id), 0) AS m FROM import_errors').get() as { m: number }).m;
    const failed: RunnerProgress['failed'] = [];
    const readFailures = (count: number) => {
      if (count <= failed.length) return;
      const rows = db.prepare('SELECT path AS file, error FROM import_errors WHERE id > ? ORDER BY id').all(firstError) as RunnerProgress['failed'];
      failed.splice(0, failed.length, ...rows.slice(0, count));
    };
    const opts: ImportOptions = {
      ...base,
      signal,
      onProgress: (p) => {
        readFailures(p.failed);
        onProgress({ done: p.done, total: p.total, current: p.current, imported: p.imported, duplicates: p.duplicates, unsupported: p.unsupported, failed: [...failed] });
      },
    };
    const summary: ImportSummary = 'paths' in source ? await importPaths(db, source.paths, opts) : await importBuffers(db, source.files, opts);
    onProgress({
      done: summary.imported + summary.duplicates + summary.unsupported.length + summary.failed.length,
      total: summary.imported + summary.duplicates + summary.unsupported.length + summary.failed.length,
      current: null,
      imported: summary.imported,
      duplicates: summary.duplicates,
      unsupported: summary.unsupported.length,
      failed: summary.failed,
    });
  };
}
