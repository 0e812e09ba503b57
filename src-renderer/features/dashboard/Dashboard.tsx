// 统计概览: counts by status and format, the most frequent findings, and the aggregate figures of the
// imported reports (applications and outcomes, review and litigation) by year, as plain SVG bars.
import { useState } from 'react';
import { useApi, useLoad } from '../../api/context.js';
import { t } from '../../i18n/zh-CN.js';
import { BarChart } from './BarChart.js';

const C = ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#64748b', '#0ea5e9'];

export function Dashboard() {
  const api = useApi();
  const [scope, setScope] = useState<'all' | 'approved'>('all');
  const { data, error } = useLoad(() => api.invoke('dashboard.get', { scope }), [scope]);
  if (error) return <div className="empty">{error.message}</div>;
  if (!data) return <div className="empty">{t.common.loading}</div>;

  const years = data.byYear.filter((y) => y.year !== null).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const cats = years.map((y) => String(y.year));
  const sum = (keys: string[]) => years.map((y) => keys.reduce((a, k) => a + (y.sums[k] ?? 0), 0));
  const allSum = (keys: string[]) => data.byYear.reduce((a, y) => a + keys.reduce((b, k) => b + (y.sums[k] ?? 0), 0), 0);
  const withheld = ['secret', 'law', 'safety', 'third_party', 'internal', 'process', 'enforcement', 'query'].map((x) => `t3.withheld.${x}.total`);
  const unable = ['not_held', 'create', 'unclear'].map((x) => `t3.unable.${x}.total`);
  const outcomes: Array<[string, string[]]> = [
    ['予以公开', ['t3.public.total']], ['部分公开', ['t3.partial.total']], ['不予公开', withheld], ['无法提供', unable],
    ['其他处理', ['t3.other.total']], ['结转下年度', ['t3.carry_forward.total']],
  ];
  const statuses = ['pending', 'approved', 'returned', 'rejected'] as const;

  return (
    <div className="dash" data-testid="dashboard">
      <div className="card wide">
        <h3 style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
          {t.dashboard.title}
          <select value={scope} onChange={(e) => setScope(e.target.value as 'all')} aria-label={t.exporter.scope} style={{ fontWeight: 400 }}>
            <option value="all">{t.exporter.all}</option>
            <option value="approved">{t.exporter.approvedOnly}</option>
          </select>
        </h3>
        <div className="kpis">
          <div className="kpi"><b>{data.total}</b><span>{t.common.all}{t.dashboard.reports}</span></div>
          {statuses.map((s) => <div className="kpi" key={s}><b>{data.byStatus[s] ?? 0}</b><span>{t.status[s]}</span></div>)}
          {data.byFormat.map((f) => <div className="kpi" key={String(f.format)}><b>{f.count}</b><span>{t.format[f.format ?? 'none']}</span></div>)}
        </div>
      </div>
      <div className="card">
        <h3>{t.dashboard.byStatus} / {t.dashboard.byFormat}</h3>
        <BarChart categories={[...statuses.map((s) => t.status[s]), ...data.byFormat.map((f) => t.format[f.format ?? 'none'])]}
          series={[{ name: t.dashboard.reports, color: C[0], values: [...statuses.map((s) => data.byStatus[s] ?? 0), ...data.byFormat.map((f) => f.count)] }]} height={190} />
      </div>
      <div className="card">
        <h3>{t.dashboard.topFindings}</h3>
        {data.topFindings.length === 0 ? <p className="muted">{t.dashboard.noData}</p> : (
          <table className="plain">
            <tbody>
              {data.topFindings.slice(0, 8).map((f) => (
                <tr key={f.ruleId}>
                  <td><span className={`badge ${f.severity}`}>{t.severity[f.severity]}</span> {t.rules[f.ruleId] ?? f.ruleId}</td>
                  <td className="muted">{f.ruleId}</td>
                  <td className="n">{t.dashboard.ruleCount(f.count)}</td>
                  <td className="n muted">{f.reports} {t.dashboard.reports}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="card">
        <h3>{t.dashboard.applications}</h3>
        {cats.length === 0 ? <p className="muted">{t.dashboard.noData}</p> : (
          <BarChart testId="chart-applications" categories={cats} series={[
            { name: t.dashboard.received, color: C[0], values: sum(['t3.new.total', 'stat.apply.received']) },
            { name: t.dashboard.carried, color: C[1], values: sum(['t3.carried.total']) },
            { name: t.dashboard.carryForward, color: C[5], values: sum(['t3.carry_forward.total']) },
          ]} />
        )}
      </div>
      <div className="card">
        <h3>{t.dashboard.outcomes}</h3>
        <BarChart categories={outcomes.map(([n]) => n)} series={[{ name: t.dashboard.outcomes, color: C[2], values: outcomes.map(([, k]) => allSum(k)) }]} />
      </div>
      <div className="card">
        <h3>{t.dashboard.reviewLitigation}</h3>
        {cats.length === 0 ? <p className="muted">{t.dashboard.noData}</p> : (
          <BarChart categories={cats} series={[
            { name: '行政复议', color: C[4], values: sum(['t4.review.total', 'stat.review.total']) },
            { name: '行政诉讼', color: C[3], values: sum(['t4.suit_direct.total', 't4.suit_after.total', 'stat.suit.total']) },
          ]} />
        )}
        <p className="muted" style={{ fontSize: 12, margin: '4px 0 0' }}>{t.dashboard.includes(data.total)}</p>
      </div>
    </div>
  );
}
