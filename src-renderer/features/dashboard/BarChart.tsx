// A small grouped bar chart in SVG: categories along x, one bar per series, value labels on top.
export interface Series {
  name: string;
  color: string;
  values: number[];
}

export function BarChart({ categories, series, height = 200, testId }: { categories: string[]; series: Series[]; height?: number; testId?: string }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const left = 44;
  const bottom = 34;
  const top = 14;
  const groupW = Math.max(36, Math.min(120, 640 / Math.max(1, categories.length)));
  const barW = Math.max(6, Math.min(26, (groupW - 10) / Math.max(1, series.length)));
  const width = left + categories.length * groupW + 10;
  const plotH = height - bottom - top;
  const ticks = niceTicks(max);
  const y = (v: number) => top + plotH - (v / ticks[ticks.length - 1]) * plotH;
  return (
    <div>
      <svg className="chart" width="100%" viewBox={`0 0 ${width} ${height}`} style={{ maxHeight: height }} role="img" data-testid={testId}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={width - 4} y1={y(v)} y2={y(v)} stroke="#eef0f3" />
            <text x={left - 6} y={y(v) + 4} textAnchor="end">{v.toLocaleString('zh-CN')}</text>
          </g>
        ))}
        <line className="axis" x1={left} x2={width - 4} y1={y(0)} y2={y(0)} />
        {categories.map((c, i) => {
          const gx = left + i * groupW + (groupW - barW * series.length) / 2;
          return (
            <g key={c}>
              {series.map((s, j) => {
                const v = s.values[i] ?? 0;
                return (
                  <g key={s.name}>
                    <rect x={gx + j * barW} y={y(v)} width={barW - 2} height={Math.max(0, y(0) - y(v))} fill={s.color}><title>{`${c} ${s.name}：${v}`}</title></rect>
                    {v > 0 && <text x={gx + j * barW + (barW - 2) / 2} y={y(v) - 3} textAnchor="middle" style={{ fontSize: 10 }}>{v}</text>}
                  </g>
                );
              })}
              <text x={left + i * groupW + groupW / 2} y={height - bottom + 16} textAnchor="middle">{c}</text>
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <div className="legend">
          {series.map((s) => <span key={s.name}><i style={{ background: s.color }} />{s.name}</span>)}
        </div>
      )}
    </div>
  );
}

/** Round axis ticks: 0 and four steps of 1, 2 or 5 × 10^n covering max. */
export function niceTicks(max: number): number[] {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const n = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: n + 1 }, (_, i) => i * step);
}
