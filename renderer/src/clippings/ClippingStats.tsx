/**
 * 한눈에 보기 over the current list (search and filters applied): the count, 매체구분별, 논조별
 * with shares, and 월별. A bar click filters the list to it (the month into the 보도일자 range
 * filter, 매체 and 논조 into their value lists); a second click or the chip's × clears it.
 * Computed in the renderer from the rows the grid holds, with the shared statistics (statsModel.ts).
 */
import { useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Clipping } from '../../../shared/domain/clipping.ts';
import { ColumnBars, HorizontalBars } from '../common/BarChart.tsx';
import { monthRange } from '../common/filters/dateRanges.ts';
import { describeDateRange, describeValueList, isDateRangeModel, isValueListModel, type DateRangeModel, type ValueListModel } from '../common/filters/models.ts';
import { num } from '../common/format.ts';
import { computeListStats, monthLabels, shareText, type ListStats } from './statsModel.ts';
import { useChartFolded } from './useChartFolded.ts';
import './stats.css';

interface Props {
  gridApi: GridApi<Clipping> | null;
  /** Changes whenever the grid's list changed (rows, search, filters). */
  listVersion: number;
  active: boolean;
}

/** Rows above which counting waits for a pause in the changes. */
const BIG_LIST = 20_000;

const CHART_COLUMNS = [
  { colId: 'publishedOn', label: '보도일자' },
  { colId: 'mediaType', label: '매체구분' },
  { colId: 'tone', label: '논조' },
] as const;

function singleValue(model: unknown): string | null {
  return isValueListModel(model) && model.values.length === 1 ? model.values[0]! : null;
}

export function ClippingStats({ gridApi, listVersion, active }: Props) {
  const [stats, setStats] = useState<ListStats | null>(null);
  const { folded, toggle } = useChartFolded();

  useEffect(() => {
    if (!gridApi || !active || folded) return;
    // A big list is counted a moment after it last changed (typing in a filter stays smooth).
    const wait = gridApi.getDisplayedRowCount() > BIG_LIST ? 150 : 0;
    const t = window.setTimeout(() => setStats(computeListStats(gridApi)), wait);
    return () => window.clearTimeout(t);
  }, [gridApi, listVersion, active, folded]);

  const model = (colId: string): unknown => gridApi?.getColumnFilterModel(colId) ?? null;
  const setFilter = (colId: string, m: ValueListModel | DateRangeModel | null) => {
    if (!gridApi) return;
    void gridApi.setColumnFilterModel(colId, m).then(() => gridApi.onFilterChanged());
  };
  const toggleValue = (colId: string, key: string) => setFilter(colId, singleValue(model(colId)) === key ? null : { filterType: 'valueList', values: [key] });
  const dateModel = model('publishedOn');
  const toggleMonth = (month: string) => {
    const r = monthRange(month);
    const same = isDateRangeModel(dateModel) && dateModel.from === r.from && dateModel.to === r.to;
    const [y, m] = month.split('-');
    setFilter('publishedOn', same ? null : { filterType: 'dateRange', ...r, label: `${y}년 ${Number(m)}월` });
  };

  const chips = CHART_COLUMNS.flatMap((c) => {
    const m = model(c.colId);
    if (isValueListModel(m)) return [{ ...c, text: describeValueList(m) }];
    if (isDateRangeModel(m)) return [{ ...c, text: describeDateRange(m) }];
    return [];
  });
  const months = stats ? monthLabels(stats.byMonth.map((m) => m.month)) : [];

  return (
    <section className={folded ? 'summary' : 'summary open'} aria-label="한눈에 보기" data-testid="stats-panel">
      <div className="summary-head">
        <button type="button" className="summary-toggle" aria-expanded={!folded} onClick={toggle} data-testid="stats-toggle">
          {folded ? '▸ 한눈에 보기 펼치기' : '▾ 한눈에 보기 접기'}
          {stats && <span className="muted" data-testid="stats-basis"> · 현재 목록 {num(stats.total)}건 기준</span>}
        </button>
        {chips.map((c) => (
          <span key={c.colId} className="filter-chip" data-testid={`stats-chip-${c.colId}`}>
            {c.label}: {c.text}
            <button type="button" aria-label={`${c.label} 필터 해제`} title="필터 해제" onClick={() => setFilter(c.colId, null)}>
              ×
            </button>
          </span>
        ))}
      </div>
      {!folded && stats && (
        <div className="summary-body" data-testid="stats-chart">
          <div className="stat-total">
            <div className="stat-label">현재 목록</div>
            <div className="stat-number" data-testid="stats-total">
              {num(stats.total)}
              <small>건</small>
            </div>
          </div>
          <div className="stat-chart">
            <div className="stat-label">매체구분별</div>
            <HorizontalBars
              ariaLabel="매체구분별 건수 (누르면 목록을 그 매체구분으로 거릅니다)"
              testId="stats-media-chart"
              bars={stats.byMediaType.map((m) => ({ key: m.mediaType, label: m.label, value: m.count, active: singleValue(model('mediaType')) === m.mediaType }))}
              onBarClick={(k) => toggleValue('mediaType', k)}
            />
          </div>
          <div className="stat-chart">
            <div className="stat-label">논조별</div>
            <HorizontalBars
              width={230}
              labelW={40}
              ariaLabel="논조별 건수 (누르면 목록을 그 논조로 거릅니다)"
              testId="stats-tone-chart"
              bars={stats.byTone.map((t) => ({
                key: t.tone,
                label: t.tone,
                value: t.count,
                valueText: `${num(t.count)}건 (${shareText(t.share)})`,
                active: singleValue(model('tone')) === t.tone,
              }))}
              onBarClick={(k) => toggleValue('tone', k)}
            />
          </div>
          <div className="stat-chart">
            <div className="stat-label">월별 (최근 12개월)</div>
            <ColumnBars
              ariaLabel="월별 건수 (누르면 목록을 그달로 거릅니다)"
              testId="stats-month-chart"
              bars={stats.byMonth.map((m, i) => ({
                key: m.month,
                label: months[i]!.month,
                caption: months[i]!.year,
                title: months[i]!.full,
                value: m.count,
                active: isDateRangeModel(dateModel) && dateModel.from === monthRange(m.month).from && dateModel.to === monthRange(m.month).to,
              }))}
              onBarClick={toggleMonth}
            />
          </div>
        </div>
      )}
    </section>
  );
}
