// Other reports of the same agency (found by agency key or linked by a reviewer). Cross-year checks
// (上年结转 vs last year's 结转下年度, 年年雷同) use these links, so the reviewer can fix them here.
import { useEffect, useState } from 'react';
import { useApi } from '../../api/context.js';
import { Modal } from '../../components/Modal.js';
import { useToast } from '../../components/Toast.js';
import { t } from '../../i18n/zh-CN.js';
import type { ReportData } from './field-model.js';
import type { ReportRow } from '../reports/paged-rows.js';

function LinkDialog({ id, onClose, onLinked }: { id: number; onClose: () => void; onLinked: () => void }) {
  const api = useApi();
  const toast = useToast();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<ReportRow[]>([]);
  useEffect(() => {
    const h = setTimeout(() => {
      api.invoke('reports.list', { query: q.trim() || undefined, limit: 20, sort: { column: 'agency', dir: 'asc' } }).then(
        (r) => setRows(r.rows.filter((x) => x.id !== id)),
        () => setRows([]),
      );
    }, 250);
    return () => clearTimeout(h);
  }, [api, q, id]);
  const link = async (b: number) => {
    try {
      await api.invoke('agency.link', { a: id, b });
      onLinked();
      onClose();
    } catch (e) {
      toast((e as Error).message, true);
    }
  };
  return (
    <Modal title={t.review.linkTitle} onCancel={onClose} wide>
      <input type="text" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t.list.search} aria-label={t.list.search} />
      <table className="plain" style={{ marginTop: 8 }}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.agency ?? t.common.unknown}</td>
              <td>{r.year ?? '—'}</td>
              <td className="muted">{r.fileName}</td>
              <td><button onClick={() => link(r.id)}>{t.review.link}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}

export function RelatedReports({ data, onOpen, onChanged }: { data: ReportData; onOpen: (id: number) => void; onChanged: () => void }) {
  const api = useApi();
  const toast = useToast();
  const [linking, setLinking] = useState(false);
  const unlink = async (b: number) => {
    try {
      await api.invoke('agency.unlink', { a: data.summary.id, b });
      onChanged();
    } catch (e) {
      toast((e as Error).message, true);
    }
  };
  return (
    <div className="sec">
      <h3>
        {t.review.related}
        <button className="link" onClick={() => setLinking(true)}>{t.review.linkOther}</button>
      </h3>
      {data.related.length === 0 ? <p className="muted">{t.common.none}</p> : (
        <ul className="history">
          {data.related.map((r) => (
            <li key={r.id}>
              <span className="when">{r.year ?? '—'}</span>
              <a href={`#/review/${r.id}`} onClick={(e) => { e.preventDefault(); onOpen(r.id); }}>{r.agency ?? t.common.unknown}</a>
              <span className="muted">{r.link === 'auto' ? t.review.relatedAuto : t.review.relatedLinked}</span>
              <button className="link" onClick={() => unlink(r.id)} title={t.review.unlinkHint}>{t.review.unlink}</button>
            </li>
          ))}
        </ul>
      )}
      {linking && <LinkDialog id={data.summary.id} onClose={() => setLinking(false)} onLinked={onChanged} />}
    </div>
  );
}
