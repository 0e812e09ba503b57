import { t } from '../i18n/zh-CN.js';

export function SeverityBadges({ errors, warnings, infos }: { errors: number; warnings: number; infos: number }) {
  const one = (n: number, sev: 'error' | 'warning' | 'info') => (
    <span className={`badge ${n > 0 ? sev : 'zero'}`} title={`${t.severity[sev]} ${n}`}>{n}</span>
  );
  return (
    <span>
      {one(errors, 'error')}
      {one(warnings, 'warning')}
      {one(infos, 'info')}
    </span>
  );
}

export function StatusTag({ status }: { status: string }) {
  return <span className={`status ${status}`}>{t.status[status] ?? status}</span>;
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
