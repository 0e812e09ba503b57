// 导出: scope (仅已通过 / 全部) and year, then a save dialog (Electron) or a download (browser mode).
import { useEffect, useState } from 'react';
import { useApi, useLoad } from '../../api/context.js';
import { Modal } from '../../components/Modal.js';
import { t } from '../../i18n/zh-CN.js';

export function ExportDialog({ onClose, onDone }: { onClose: () => void; onDone: (msg: string) => void }) {
  const api = useApi();
  const facets = useLoad(() => api.invoke('reports.facets', {}), []);
  const [all, setAll] = useState(false);
  const [year, setYear] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => api.on('export.progress', (p) => setProgress({ done: p.done, total: p.total })), [api]);

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      let out: string | undefined;
      if (api.mode === 'electron') {
        const stamp = new Date().toISOString().slice(0, 10);
        const r = await api.invoke('dialog.saveXlsx', { defaultName: `年报汇总${year ? `-${year}` : ''}-${stamp}.xlsx` });
        if (!r.path) return setBusy(false);
        out = r.path;
      }
      const res = await api.invoke('export.run', { out, all, year: year ? Number(year) : undefined });
      if (res.downloadUrl) {
        const a = document.createElement('a');
        a.href = res.downloadUrl;
        a.download = res.path.split(/[\\/]/).pop() || 'export.xlsx';
        document.body.appendChild(a);
        a.click();
        a.remove();
        onDone(`${t.exporter.done(res.reports)}，${t.exporter.downloaded}`);
      } else onDone(`${t.exporter.done(res.reports)}，${t.exporter.saved(res.path)}`);
      onClose();
    } catch (e) {
      setError(`${t.exporter.failed}：${(e as Error).message}`);
      setBusy(false);
    }
  };

  return (
    <Modal title={t.exporter.title} onCancel={onClose} onConfirm={busy ? undefined : run} confirmText={t.exporter.start} testId="export-dialog">
      <div style={{ display: 'grid', gridTemplateColumns: '60px 1fr', gap: 10, alignItems: 'center' }}>
        <span className="muted">{t.exporter.scope}</span>
        <span>
          <label><input type="radio" name="scope" checked={!all} onChange={() => setAll(false)} /> {t.exporter.approvedOnly}{facets.data ? `（${facets.data.statuses.approved ?? 0}）` : ''}</label>
          {'　'}
          <label><input type="radio" name="scope" checked={all} onChange={() => setAll(true)} /> {t.exporter.all}{facets.data ? `（${facets.data.total}）` : ''}</label>
        </span>
        <span className="muted">{t.exporter.year}</span>
        <select value={year} onChange={(e) => setYear(e.target.value)} aria-label={t.exporter.year}>
          <option value="">{t.exporter.allYears}</option>
          {(facets.data?.years ?? []).filter((y) => y.year !== null).map((y) => (
            <option key={y.year} value={String(y.year)}>{y.year}（{y.count}）</option>
          ))}
        </select>
      </div>
      {busy && (
        <div style={{ marginTop: 12 }}>
          {t.exporter.running} {progress ? `${progress.done}/${progress.total}` : ''}
          <div className="progress"><div style={{ width: `${progress && progress.total ? (progress.done / progress.total) * 100 : 5}%` }} /></div>
        </div>
      )}
      {error && <div className="err">{error}</div>}
    </Modal>
  );
}
