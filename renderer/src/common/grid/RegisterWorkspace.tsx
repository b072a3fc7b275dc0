/**
 * One register's working area — the same for 언론보도 and 보도자료: search, grid with inline edit,
 * selection, bulk edit, delete with undo, saved views, column chooser, import, export and a
 * detail side panel. Register specifics (columns, form, bulk fields) come in through `config`;
 * the pieces live beside it (useWorkspace*.ts, Workspace*.tsx), one idea each.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GetRowIdParams, GridApi, GridReadyEvent, RowDoubleClickedEvent, RowSelectionOptions } from 'ag-grid-community';
import type { RecordMeta } from '../../../../shared/domain/register.ts';
import { notifyChanged, subscribeChanges } from '../../app/dataBus.ts';
import { useToast } from '../../app/toast.tsx';
import { BulkEditDialog } from '../BulkEditDialog.tsx';
import { ImportDialog } from '../ImportDialog.tsx';
import { TrashDialog } from '../TrashDialog.tsx';
import { useTrashCount } from './useTrashCount.ts';
import { RegisterToolbar } from './RegisterToolbar.tsx';
import { gridTheme, localeText } from './gridSetup.ts';
import { refreshRowNumbers, rowNumberColumn } from './rowNumberColumn.ts';
import { useGridSheet } from './useGridSheet.ts';
import { useRegisterRows } from './useRegisterRows.ts';
import { useSearchExplain } from './useSearchExplain.ts';
import { EmptyResult, useFilterCount } from './EmptyResult.tsx';
import { useRememberedGrid } from '../layout/useRememberedGrid.ts';
import { useOpenRequest } from './useOpenRequest.ts';
import { withSuggestEditors } from './SuggestCellEditor.tsx';
import type { RegisterPageConfig } from './registerPageConfig.ts';
import { useWorkspaceDetail } from './useWorkspaceDetail.ts';
import { useWorkspaceUndo } from './useWorkspaceUndo.ts';
import { useWorkspaceDelete } from './useWorkspaceDelete.ts';
import { useWorkspaceSaves } from './useWorkspaceSaves.ts';
import { useWorkspaceKeys } from './useWorkspaceKeys.ts';
import { WorkspaceHeader } from './WorkspaceHeader.tsx';
import { WorkspaceDetailPanel } from './WorkspaceDetailPanel.tsx';
import { WorkspaceContextMenu } from './WorkspaceContextMenu.tsx';
import { useGridReveal } from '../../personal/useGridReveal.tsx';

export type { DetailProps, RegisterPageConfig } from './registerPageConfig.ts';

const rowSelection: RowSelectionOptions = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: true,
  selectAll: 'filtered',
  enableClickSelection: false,
};
const selectionColumnDef = { pinned: 'left' as const, width: 44, suppressHeaderMenuButton: true };
function getRowId<T extends { id: string }>(p: GetRowIdParams<T>): string {
  return p.data.id;
}

export function RegisterWorkspace<R extends RecordMeta>({ config, active }: { config: RegisterPageConfig<R>; active: boolean }) {
  const { ops, spec } = config;
  const toast = useToast();
  const [gridApi, setGridApi] = useState<GridApi<R> | null>(null);
  const rows = useRegisterRows(ops, toast.error);
  const [selected, setSelected] = useState(0);
  const [displayed, setDisplayed] = useState(0);
  const [listVersion, setListVersion] = useState(0);
  const [dialog, setDialog] = useState<'' | 'import' | 'bulk' | 'trash'>('');
  const { detail, setDetail, detailGuard, openDetail, openNew, closeDetail } = useWorkspaceDetail(ops, gridApi, toast.error);
  const trashCount = useTrashCount(ops.register, active);
  const searchRef = useRef<HTMLInputElement>(null);
  const stale = useRef(true);
  const activeRef = useRef(active);
  activeRef.current = active;
  const changed = useCallback(() => notifyChanged([ops.register, ...config.affects], ops.register), [ops.register, config.affects]);
  const editableColumns = useMemo(() => withSuggestEditors(config.columnDefs, spec, ops), [config.columnDefs, spec, ops]);
  const explain = useSearchExplain(gridApi, ops, spec, editableColumns, rows.search?.query ?? '');
  useRememberedGrid(gridApi as GridApi | null, `grid:${ops.register}`);
  const filters = useFilterCount(gridApi as GridApi | null);
  const [searchReset, setSearchReset] = useState(0);
  const clearSearchAndFilters = () => {
    setSearchReset((n) => n + 1);
    gridApi?.setFilterModel(null);
    void rows.searchFor('');
  };

  // Load on first show; reload when another page (or seeding) changed what this page shows.
  useEffect(() => {
    if (active && stale.current) {
      stale.current = false;
      void rows.reload();
    }
  }, [active, rows.reload]);
  useEffect(
    () =>
      subscribeChanges((e) => {
        if (e.source === ops.register || !e.registers.some((r) => config.dependsOn.includes(r))) return;
        if (activeRef.current) void rows.reload();
        else stale.current = true;
      }),
    [ops.register, config.dependsOn, rows.reload],
  );

  const done = useWorkspaceUndo<R>({ register: ops.register, affects: config.affects, toast, reload: rows.reload, isDirty: detailGuard.isDirty, setDetail });
  const closeDialog = () => setDialog('');
  const saves = useWorkspaceSaves<R>({ gridApi, ops, spec, editParsers: config.editParsers, toast, detail, setDetail, rows, closeDialog, changed, done });
  const deleteRows = useWorkspaceDelete<R>({ gridApi, ops, spec, toast, detail, setDetail, removeLocal: (ids) => rows.applyLocal({ remove: ids }), changed, done });
  const sheet = useGridSheet<R>({ api: gridApi, ops, parsers: config.editParsers, toast, done, onSaved: saves.onSheetSaved });
  const reveal = useGridReveal<R>(spec, gridApi);
  const columnDefs = useMemo(() => [rowNumberColumn<R>(), ...explain.columns], [explain.columns]);

  useOpenRequest<R>({
    register: ops.register,
    active,
    api: gridApi,
    settled: rows.rowData !== null && !rows.loading && !rows.loadingRest,
    narrowed: rows.search !== null || filters > 0,
    clearNarrowing: clearSearchAndFilters,
    open: openDetail,
  });

  const focusedRow = () => {
    const f = gridApi?.getFocusedCell();
    return f ? gridApi?.getDisplayedRowAtIndex(f.rowIndex)?.data : undefined;
  };
  const colDefDefaults = useWorkspaceKeys<R>({ openDetail, deleteRows, openNew, sheetKey: sheet.onKey }, sheet.cellClassRules, active, searchRef);

  return (
    <div className="register">
      <WorkspaceHeader spec={spec} ops={ops} gridApi={gridApi} rows={rows} displayed={displayed} onImport={() => setDialog('import')} />
      {config.summary}
      {config.renderSummary?.({ gridApi, listVersion })}
      <RegisterToolbar
        register={ops.register}
        gridApi={gridApi as GridApi | null}
        searchRef={searchRef}
        searchPlaceholder={config.searchPlaceholder}
        searchReset={searchReset}
        onSearch={(q) => void rows.searchFor(q)}
        searchTotal={rows.search ? rows.search.total : null}
        newLabel={config.newLabel}
        selected={selected}
        trashCount={trashCount ?? 0}
        onNew={() => void openNew()}
        onOpen={() => {
          const f = gridApi?.getFocusedCell();
          const sel = gridApi?.getSelectedRows()[0];
          void openDetail(sel ?? (f ? gridApi?.getDisplayedRowAtIndex(f.rowIndex)?.data : undefined));
        }}
        onBulkEdit={() => setDialog('bulk')}
        onDelete={() => void deleteRows()}
        onTrash={() => setDialog('trash')}
      />
      <div className="register-body">
        <div className="grid-wrap" data-testid={`grid-${ops.register}`} {...sheet.wrapperEvents}>
          <AgGridReact<R>
            theme={gridTheme}
            localeText={localeText}
            rowData={rows.rowData ?? undefined}
            loading={rows.loading || rows.rowData === null}
            columnDefs={columnDefs}
            context={explain.context}
            defaultColDef={colDefDefaults}
            getRowId={getRowId<R>}
            rowSelection={rowSelection as RowSelectionOptions<R>}
            selectionColumnDef={selectionColumnDef}
            readOnlyEdit
            enableFilterHandlers
            stopEditingWhenCellsLoseFocus
            animateRows={false}
            // A register has a dozen columns: drawing all of them costs little, and with 연번 and the
            // key columns pinned a row's right-hand cells (보도자료, 첨부) still exist when scrolled off.
            suppressColumnVirtualisation
            tooltipShowDelay={500}
            onGridReady={(e: GridReadyEvent<R>) => setGridApi(e.api)}
            onCellEditRequest={(e) => void saves.onCellEditRequest(e)}
            onSelectionChanged={(e) => setSelected(e.api.getSelectedNodes().length)}
            onModelUpdated={(e) => {
              setDisplayed(e.api.getDisplayedRowCount());
              setListVersion((v) => v + 1);
              refreshRowNumbers(e.api);
            }}
            {...sheet.gridEvents}
            preventDefaultOnContextMenu
            onSortChanged={sheet.resetRange}
            onFilterChanged={sheet.resetRange}
            onRowDoubleClicked={(e: RowDoubleClickedEvent<R>) => {
              if (!e.api.getEditingCells().length) void openDetail(e.data);
            }}
          />
          {rows.rowData !== null && !rows.loading && displayed === 0 && (rows.search || filters > 0) && (
            <EmptyResult query={rows.search?.query ?? ''} searchTotal={rows.search?.total ?? 0} filters={filters} onClear={clearSearchAndFilters} />
          )}
        </div>
        <WorkspaceDetailPanel
          detail={detail}
          guard={detailGuard.guard}
          renderDetail={config.renderDetail}
          onClose={() => void closeDetail()}
          onSaved={saves.onSaved}
          onUpdated={saves.onUpdated}
        />
      </div>
      <WorkspaceContextMenu sheet={sheet} selected={selected} onOpen={() => void openDetail(focusedRow())} onDelete={() => void deleteRows()} extra={reveal.menuItems} />
      {reveal.dialog}
      {dialog === 'import' && <ImportDialog spec={spec} ops={ops} onClose={closeDialog} onCommitted={(r) => void saves.onImported(r)} />}
      {dialog === 'trash' && <TrashDialog register={ops.register} spec={spec} onClose={closeDialog} onRestored={(r) => void saves.onRestored(r)} />}
      {dialog === 'bulk' && (
        <BulkEditDialog count={selected} fields={config.bulkFields} check={ops.checkPatch} onClose={closeDialog} onApply={saves.applyBulk} onApplyTags={saves.applyBulkTags} />
      )}
    </div>
  );
}
