/**
 * Small SVG bar charts (no chart library): horizontal bars for categories, vertical columns for
 * months. Each bar carries a <title> so hovering shows the exact count. With `onBarClick` a bar
 * is a button (click, or Enter/Space when focused): the charts filter the list.
 */
import type { KeyboardEvent } from 'react';
import { num } from './format.ts';
import { EMPTY_LABEL } from './emptyLabel.ts';

export interface Bar {
  /** What a click reports; defaults to label. */
  key?: string;
  label: string;
  /** A second, smaller label line above the label (the year under a month column). */
  caption?: string;
  /** Longer text for the tooltip; defaults to label. */
  title?: string;
  value: number;
  /** Text after the bar; defaults to the count. */
  valueText?: string;
  /** Drawn highlighted: the list is filtered to this bar. */
  active?: boolean;
}

interface ChartProps {
  bars: Bar[];
  testId?: string;
  ariaLabel: string;
  onBarClick?: (key: string) => void;
}

function clickable(b: Bar, onBarClick: ChartProps['onBarClick']) {
  if (!onBarClick) return {};
  const key = b.key ?? b.label;
  return {
    role: 'button',
    tabIndex: 0,
    'aria-pressed': !!b.active,
    'data-key': key,
    className: b.active ? 'chart-hit active' : 'chart-hit',
    onClick: () => onBarClick(key),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onBarClick(key);
      }
    },
  };
}

export function HorizontalBars({ bars, width = 300, testId, ariaLabel, onBarClick, labelW = 76 }: ChartProps & { width?: number; labelW?: number }) {
  const row = 20;
  const valueW = 64;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barW = width - labelW - valueW;
  const height = Math.max(row, bars.length * row);
  return (
    <svg className="chart" data-testid={testId} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={ariaLabel}>
      {bars.map((b, i) => {
        const w = Math.max(b.value > 0 ? 2 : 0, (b.value / max) * barW);
        const y = i * row;
        return (
          <g key={b.key ?? b.label} {...clickable(b, onBarClick)} aria-label={`${b.title ?? (b.label || EMPTY_LABEL)} ${num(b.value)}건`}>
            <title>{`${b.title ?? (b.label || EMPTY_LABEL)}: ${b.valueText ?? `${num(b.value)}건`}`}</title>
            <rect x={0} y={y} width={width} height={row} className="chart-hit-area" />
            <text x={labelW - 6} y={y + 14} textAnchor="end" className="chart-label">
              {b.label || EMPTY_LABEL}
            </text>
            <rect x={labelW} y={y + 4} width={w} height={row - 8} className={b.active ? 'chart-bar active' : 'chart-bar'} rx={1} />
            <text x={labelW + w + 4} y={y + 14} className="chart-value">
              {b.valueText ?? num(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function ColumnBars({ bars, width = 420, height = 130, testId, ariaLabel, onBarClick }: ChartProps & { width?: number; height?: number }) {
  const top = 14;
  const bottom = bars.some((b) => b.caption) ? 30 : 18;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = bars.length > 0 ? width / bars.length : width;
  const colW = Math.min(28, slot * 0.6);
  const plotH = height - top - bottom;
  return (
    <svg className="chart" data-testid={testId} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={ariaLabel}>
      <line x1={0} x2={width} y1={top + plotH} y2={top + plotH} className="chart-axis" />
      {bars.map((b, i) => {
        const h = Math.max(b.value > 0 ? 2 : 0, (b.value / max) * plotH);
        const x = i * slot + (slot - colW) / 2;
        return (
          <g key={(b.key ?? b.label) + i} {...clickable(b, onBarClick)} aria-label={`${b.title ?? b.label} ${num(b.value)}건`}>
            <title>{`${b.title ?? b.label}: ${b.valueText ?? `${num(b.value)}건`}`}</title>
            <rect x={i * slot} y={0} width={slot} height={height} className="chart-hit-area" />
            <rect x={x} y={top + plotH - h} width={colW} height={h} className={b.active ? 'chart-bar active' : 'chart-bar'} rx={1} />
            <text x={x + colW / 2} y={top + plotH - h - 3} textAnchor="middle" className="chart-value small">
              {num(b.value)}
            </text>
            <text x={x + colW / 2} y={top + plotH + 13} textAnchor="middle" className="chart-label small">
              {b.label}
            </text>
            {b.caption && (
              <text x={x + colW / 2} y={top + plotH + 26} textAnchor="middle" className="chart-label small chart-caption">
                {b.caption}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
