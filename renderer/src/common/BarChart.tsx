/**
 * Small SVG bar charts (no chart library): horizontal bars for categories, vertical columns for
 * months. Each bar carries a <title> so hovering shows the exact count.
 */
import { num } from './format.ts';

export interface Bar {
  label: string;
  /** Longer text for the tooltip; defaults to label. */
  title?: string;
  value: number;
}

export function HorizontalBars({ bars, width = 300, testId }: { bars: Bar[]; width?: number; testId?: string }) {
  const row = 20;
  const labelW = 76;
  const valueW = 52;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barW = width - labelW - valueW;
  const height = Math.max(row, bars.length * row);
  return (
    <svg className="chart" data-testid={testId} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="매체구분별 건수">
      {bars.map((b, i) => {
        const w = Math.max(b.value > 0 ? 2 : 0, (b.value / max) * barW);
        const y = i * row;
        return (
          <g key={b.label}>
            <title>{`${b.title ?? b.label}: ${num(b.value)}건`}</title>
            <text x={labelW - 6} y={y + 14} textAnchor="end" className="chart-label">
              {b.label || '(미지정)'}
            </text>
            <rect x={labelW} y={y + 4} width={w} height={row - 8} className="chart-bar" rx={1} />
            <text x={labelW + w + 4} y={y + 14} className="chart-value">
              {num(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ColumnBars({ bars, width = 420, height = 130, testId }: { bars: Bar[]; width?: number; height?: number; testId?: string }) {
  const top = 14;
  const bottom = 18;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = bars.length > 0 ? width / bars.length : width;
  const colW = Math.min(28, slot * 0.6);
  const plotH = height - top - bottom;
  return (
    <svg className="chart" data-testid={testId} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="월별 건수">
      <line x1={0} x2={width} y1={top + plotH} y2={top + plotH} className="chart-axis" />
      {bars.map((b, i) => {
        const h = Math.max(b.value > 0 ? 2 : 0, (b.value / max) * plotH);
        const x = i * slot + (slot - colW) / 2;
        return (
          <g key={b.label + i}>
            <title>{`${b.title ?? b.label}: ${num(b.value)}건`}</title>
            <rect x={x} y={top + plotH - h} width={colW} height={h} className="chart-bar" rx={1} />
            <text x={x + colW / 2} y={top + plotH - h - 3} textAnchor="middle" className="chart-value small">
              {num(b.value)}
            </text>
            <text x={x + colW / 2} y={height - 4} textAnchor="middle" className="chart-label small">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
