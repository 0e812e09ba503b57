// 统计概览: counts by status and format, the most frequent findings, and the aggregate figures of the
// imported reports (applications and outcomes, review and litigation) by year, as plain SVG bars.
import { useState } from 'react';
import { useApi, useLoad } from '../../api/context.js';
import { t } from '../../i18n/zh-CN.js';
import { BarChart, HBarChart } from './BarChart.js';

const C = ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#64748b', '#0ea5e9'];

export function Dashboard() {
  const api = useApi();
  const [scope, setScope] = useState<'all' | 'approved'>('all');
  const { data, error } = useLoad(() => api.invoke('dashboard.get', { scope }), [scope]);
  if (error) return <div className="empty">{error.message}</div>;
  if (!data) return <div className="empty">{t.common.loading}</div>;

  // years whose reports carry any of the charted figures
  const years = data.byYear
    .filter((y) => y.year !== null && Object.values(y.counts).some((n) => n > 0))
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const cats = years.map((y) => String(y.year));
  const reportYears = data.byYear.filter((y) => y.year !== null).sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const sum = (keys: string[]) => years.map((y) => keys.reduce((a, k) => a + (y.sums[k] ?? 0), 0));
  const allSum = (keys: string[]) => data.byYear.reduce((a, y) => a + keys.reduce((b, k) => b + (y.sums[k] ?? 0), 0), 0);
  const withheld = ['secret', 'law', 'safety', 'third_party', 'internal', 'process', 'enforcement', 'query'].map((x) => `t3.withheld.${x}.total`);
  const unable = ['not_held', 'create', 'unclear'].map((x) => `t3.unable.${x}.total`);
  const rejected = ['petition', 'duplicate', 'publication', 'mass', 'confirm'].map((x) => `t3.rejected.${x}.total`);
  // 2019 reports give （六）其他处理 as one row, 2021 reports as three sub-rows
  const other = ['t3.other.total', 't3.other.no_correction.total', 't3.other.no_fee.total', 't3.other.misc.total'];
  const outcomes: Array<[string, string[]]> = [
    ['予以公开', ['t3.public.total']], ['部分公开', ['t3.partial.total']], ['不予公开', withheld], ['无法提供', unable],
    ['不予处理', rejected], ['其他处理', other],
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
          <div className="kpi"><b>{data.total}</b><span>{t.dashboard.total}</span></div>
          {statuses.map((s) => <div className="kpi" key={s}><b>{data.byStatus[s] ?? 0}</b><span>{t.status[s]}</span></div>)}
          {data.byFormat.map((f) => <div className="kpi" key={String(f.format)}><b>{f.count}</b><span>{t.format[f.format ?? 'none']}</span></div>)}
        </div>
      </div>
      <div className="card">
        <h3>{t.dashboard.byStatus}</h3>
        <HBarChart color={C[0]} testId="chart-status" items={statuses.map((s, i) => ({ label: t.status[s], value: data.byStatus[s] ?? 0, color: ['#64748b', '#16a34a', '#d97706', '#dc2626'][i] }))} />
        <h3 style={{ marginTop: 12 }}>{t.dashboard.byFormat}</h3>
        <HBarChart color={C[0]} items={data.byFormat.map((f) => ({ label: t.format[f.format ?? 'none'], value: f.count }))} />
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
        <HBarChart color={C[2]} testId="chart-outcomes" items={[...outcomes.map(([label, k]) => ({ label, value: allSum(k) })), { label: '结转下年度', value: allSum(['t3.carry_forward.total']), color: '#94a3b8' }]} />
      </div>
      <div className="card">
        <h3>{t.dashboard.reportsByYear}</h3>
        {reportYears.length === 0 ? <p className="muted">{t.dashboard.noData}</p> : (
          <BarChart categories={reportYears.map((y) => String(y.year))} series={[
            { name: t.status.pending, color: '#94a3b8', values: reportYears.map((y) => y.byStatus.pending ?? 0) },
            { name: t.status.approved, color: '#16a34a', values: reportYears.map((y) => y.byStatus.approved ?? 0) },
          ]} height={190} />
        )}
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
