// A small grouped bar chart in SVG: categories along x, one bar per series, value labels on top. It draws
// at the pixel width of its box (measured), so text stays readable at every window size.
import { useEffect, useRef, useState } from 'react';

export interface Series {
  name: string;
  color: string;
  values: number[];
}

function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [w, setW] = useState(400);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setW(Math.max(200, Math.floor(e.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, w];
}

export function BarChart({ categories, series, height = 200, testId }: { categories: string[]; series: Series[]; height?: number; testId?: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max);
  const left = 8 + 7 * String(ticks[ticks.length - 1].toLocaleString('zh-CN')).length;
  const bottom = 22;
  const top = 16;
  const plotW = width - left - 6;
  const groupW = plotW / Math.max(1, categories.length);
  const barW = Math.max(3, Math.min(28, (groupW * 0.8) / Math.max(1, series.length)));
  const plotH = height - bottom - top;
  const y = (v: number) => top + plotH - (v / ticks[ticks.length - 1]) * plotH;
  // label every category if there is room, else every second or third
  const labelEvery = Math.max(1, Math.ceil((Math.max(0, ...categories.map(textWidth)) + 8) / groupW));
  return (
    <div ref={ref}>
      <svg className="chart" width={width} height={height} role="img" data-testid={testId}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={width - 4} y1={y(v)} y2={y(v)} stroke="#eef0f3" />
            <text x={left - 5} y={y(v) + 4} textAnchor="end">{v.toLocaleString('zh-CN')}</text>
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
                    <rect x={gx + j * barW} y={y(v)} width={Math.max(1, barW - 2)} height={Math.max(0, y(0) - y(v))} fill={s.color} rx={1}>
                      <title>{`${c} ${s.name}：${v.toLocaleString('zh-CN')}`}</title>
                    </rect>
                    {v > 0 && barW >= 12 && (
                      <text x={gx + j * barW + (barW - 2) / 2} y={y(v) - 3} textAnchor="middle" style={{ fontSize: 10 }}>{v.toLocaleString('zh-CN')}</text>
                    )}
                  </g>
                );
              })}
              {i % labelEvery === 0 && <text x={left + i * groupW + groupW / 2} y={height - 6} textAnchor="middle">{c}</text>}
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

/** Round axis ticks: 0 and steps of 1, 2 or 5 × 10^n covering max. */
export function niceTicks(max: number): number[] {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const n = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: n + 1 }, (_, i) => i * step);
}

/** Horizontal bars for a few named categories (labels on the left, value at the bar's end). */
export function HBarChart({ items, color, testId }: { items: Array<{ label: string; value: number; color?: string }>; color: string; testId?: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const rowH = 24;
  const labelW = 12 + Math.max(...items.map((i) => textWidth(i.label)), 20);
  const max = Math.max(1, ...items.map((i) => i.value));
  const plotW = width - labelW - 56;
  return (
    <div ref={ref}>
      <svg className="chart" width={width} height={items.length * rowH + 4} role="img" data-testid={testId}>
        {items.map((it, i) => {
          const w = (it.value / max) * plotW;
          const y = i * rowH + 4;
          return (
            <g key={it.label}>
              <text x={labelW - 8} y={y + 13} textAnchor="end">{it.label}</text>
              <rect x={labelW} y={y} width={Math.max(it.value > 0 ? 2 : 0, w)} height={rowH - 8} fill={it.color ?? color} rx={2}>
                <title>{`${it.label}：${it.value.toLocaleString('zh-CN')}`}</title>
              </rect>
              <text x={labelW + w + 6} y={y + 13}>{it.value.toLocaleString('zh-CN')}</text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** Rough width of a label at 11px: CJK characters are square, others about half as wide. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFFF]/.test(ch) ? 11 : 6.5;
  return w;
}
