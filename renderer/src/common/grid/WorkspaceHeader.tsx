/** A register page's title line: its name, how many rows the list holds and shows, 가져오기, 내보내기. */
import type { GridApi } from 'ag-grid-community';
import type { RecordMeta, RegisterSpec } from '../../../../shared/domain/register.ts';
import { ExportButtons } from '../ExportButtons.tsx';
import type { RegisterOps } from '../registerOps.ts';
import { num } from './registerPageConfig.ts';
import type { SearchState } from './useRegisterRows.ts';

interface Props<R extends RecordMeta> {
  spec: RegisterSpec;
  ops: RegisterOps<R>;
  gridApi: GridApi<R> | null;
  rows: { search: SearchState | null; total: number; loadingRest: boolean };
  displayed: number;
  onImport: () => void;
}

export function WorkspaceHeader<R extends RecordMeta>({ spec, ops, gridApi, rows, displayed, onImport }: Props<R>) {
  const countText = rows.search
    ? `검색 결과 ${num(rows.search.total)}건${rows.search.total > rows.search.shown ? ` (${num(rows.search.shown)}건 표시)` : ''}`
    : `전체 ${num(rows.total)}건`;
  const filtered = !rows.loadingRest && rowsShownDiffer(displayed, rows.search ? rows.search.shown : rows.total);
  return (
    <div className="page-header">
      <h1>{spec.label}</h1>
      <span className="page-count" data-testid="row-count">
        {countText}
        {filtered && ` · 필터 적용 ${num(displayed)}건`}
        {rows.loadingRest && !rows.search && ` · 최근 ${num(displayed)}건 표시, 나머지 불러오는 중…`}
      </span>
      <div className="spacer" />
      <button type="button" className="button" data-testid="import-button" onClick={onImport}>
        가져오기
      </button>
      <ExportButtons gridApi={gridApi} ops={ops} spec={spec} search={rows.search?.query ?? null} total={rows.total} />
    </div>
  );
}

function rowsShownDiffer(displayed: number, loaded: number): boolean {
  return displayed !== loaded && loaded > 0;
}
