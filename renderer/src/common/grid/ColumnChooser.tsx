/** Show or hide grid columns with checkboxes (ag-grid's own tool panel is enterprise-only). */
import { useEffect, useState } from 'react';
import { SELECTION_COLUMN_ID, type GridApi } from 'ag-grid-community';
import { Popover } from '../Popover.tsx';
import { MATCH_COLUMN_ID } from './matchColumn.ts';

interface ColumnEntry {
  id: string;
  label: string;
  visible: boolean;
}

function readColumns(api: GridApi): ColumnEntry[] {
  return (api.getColumns() ?? [])
    .filter((c) => c.getColId() !== SELECTION_COLUMN_ID && c.getColId() !== MATCH_COLUMN_ID)
    .map((c) => ({ id: c.getColId(), label: c.getColDef().headerName ?? c.getColId(), visible: c.isVisible() }));
}

export function ColumnChooser({ api }: { api: GridApi | null }) {
  const [cols, setCols] = useState<ColumnEntry[]>([]);
  useEffect(() => {
    if (!api) return;
    const refresh = () => setCols(readColumns(api));
    refresh();
    api.addEventListener('columnVisible', refresh);
    api.addEventListener('columnMoved', refresh);
    api.addEventListener('newColumnsLoaded', refresh);
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('columnVisible', refresh);
      api.removeEventListener('columnMoved', refresh);
      api.removeEventListener('newColumnsLoaded', refresh);
    };
  }, [api]);
  const visibleCount = cols.filter((c) => c.visible).length;
  return (
    <Popover label="열 선택" testId="column-chooser" title="표시할 열을 고릅니다" align="right">
      {() => (
        <div className="column-chooser" data-testid="column-chooser-panel">
          <div className="popover-title">표시할 열</div>
          {cols.map((c) => (
            <label key={c.id} className="checkbox-row">
              <input
                type="checkbox"
                data-testid={`column-toggle-${c.id}`}
                checked={c.visible}
                // Keep at least one data column, or the grid would be blank.
                disabled={c.visible && visibleCount <= 1}
                onChange={(e) => api?.setColumnsVisible([c.id], e.target.checked)}
              />
              {c.label}
            </label>
          ))}
          <div className="popover-footer">
            <button type="button" className="link-button" onClick={() => api?.setColumnsVisible(cols.map((c) => c.id), true)}>
              모두 표시
            </button>
          </div>
        </div>
      )}
    </Popover>
  );
}
