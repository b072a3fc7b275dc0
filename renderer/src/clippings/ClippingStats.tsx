/** 한눈에 보기: total, counts by 매체구분 and by month (clippings.stats), folded away on demand. */
import { useEffect, useState } from 'react';
import type { ClippingStats as Stats } from '../../../shared/api/contract.ts';
import { api } from '../api/client.ts';
import { useChangeCounter } from '../app/dataBus.ts';
import { ColumnBars, HorizontalBars } from '../common/BarChart.tsx';
import { formatMonth, num } from '../common/format.ts';

const OPEN_KEY = 'gudesk.clippings.statsOpen';

export function ClippingStats({ active }: { active: boolean }) {
  const [stats, setStats] = useState<Stats | null>(null);
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) !== '0');
  const version = useChangeCounter(['clippings']);
  const [shownVersion, setShownVersion] = useState(-1);

  useEffect(() => {
    if (!active || !open || shownVersion === version) return;
    // Several quick edits (typing in cells) cost one stats query.
    const t = window.setTimeout(() => {
      setShownVersion(version);
      api.invoke('clippings.stats', {}).then(setStats, () => setStats(null));
    }, shownVersion < 0 ? 0 : 600);
    return () => window.clearTimeout(t);
  }, [active, open, version, shownVersion]);

  const toggle = () => {
    localStorage.setItem(OPEN_KEY, open ? '0' : '1');
    setOpen(!open);
  };

  return (
    <section className={open ? 'summary open' : 'summary'} aria-label="한눈에 보기">
      <button type="button" className="summary-toggle" aria-expanded={open} onClick={toggle} data-testid="stats-toggle">
        {open ? '▾' : '▸'} 한눈에 보기
        {stats && <span className="muted"> · 총 {num(stats.total)}건</span>}
      </button>
      {open && stats && (
        <div className="summary-body" data-testid="stats-chart">
          <div className="stat-total">
            <div className="stat-label">전체 보도</div>
            <div className="stat-number" data-testid="stats-total">
              {num(stats.total)}
              <small>건</small>
            </div>
          </div>
          <div className="stat-chart">
            <div className="stat-label">매체구분별</div>
            <HorizontalBars bars={stats.byMediaType.map((m) => ({ label: m.mediaType, value: m.count }))} testId="stats-media-chart" />
          </div>
          <div className="stat-chart">
            <div className="stat-label">월별 (최근 12개월)</div>
            <ColumnBars
              bars={stats.byMonth.map((m) => ({ label: formatMonth(m.month).short, title: formatMonth(m.month).full, value: m.count }))}
              testId="stats-month-chart"
            />
          </div>
        </div>
      )}
    </section>
  );
}
