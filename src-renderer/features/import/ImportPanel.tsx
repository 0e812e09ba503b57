// Progress of an import: bar, counts (已导入/重复/不支持/失败), the file being read, per-file errors, cancel.
import { t } from '../../i18n/zh-CN.js';
import { totals, type ImportSession } from './use-import.js';

export function ImportPanel({ session, onCancel, onClose }: { session: ImportSession; onCancel: () => void; onClose: () => void }) {
  const s = totals(session);
  const running = session.phase === 'running' || session.phase === 'uploading' || session.phase === 'collecting';
  const pct = s.total > 0 ? Math.round((s.done / s.total) * 100) : running ? 0 : 100;
  const title = session.phase === 'collecting' ? t.importer.reading
    : session.phase === 'uploading' ? t.importer.uploading(session.uploaded, session.toUpload)
    : session.phase === 'cancelled' ? t.importer.cancelled
    : session.phase === 'done' ? t.importer.done : t.importer.running;
  return (
    <div className="import-panel" role="status" aria-live="polite" data-testid="import-panel" data-phase={session.phase}>
      <header>
        <span>{title}</span>
        <span className="spacer" />
        {s.total > 0 && <span className="muted">{s.done}/{s.total}</span>}
        {running ? <button onClick={onCancel}>{t.importer.cancel}</button> : <button onClick={onClose}>{t.common.close}</button>}
      </header>
      <div className="body">
        <div className={`progress${running && s.total === 0 ? ' indeterminate' : ''}`}><div style={{ width: `${running && s.total === 0 ? 30 : pct}%` }} /></div>
        <div className="counts">
          <div><b data-testid="count-imported">{s.imported}</b><span>{t.importer.imported}</span></div>
          <div><b>{s.duplicates}</b><span>{t.importer.duplicate}</span></div>
          <div><b>{s.unsupported}</b><span>{t.importer.unsupported}</span></div>
          <div><b style={s.failed.length ? { color: 'var(--err)' } : undefined}>{s.failed.length}</b><span>{t.importer.failed}</span></div>
        </div>
        {s.current && running && <div className="current" title={s.current}>{s.current}</div>}
        {session.error && <div className="errs"><div>{session.error}</div></div>}
        {s.failed.length > 0 && (
          <div className="errs">
            <div className="muted" style={{ color: 'var(--muted)' }}>{t.importer.errors}</div>
            {s.failed.map((f, i) => (
              <div key={i} title={f.file}>{f.file ? `${f.file.split(/[\\/]/).pop()}：` : ''}{f.error}</div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
