/**
 * One register's working area — the same for 언론보도 and 보도자료: search, grid with inline edit,
 * selection, bulk edit, delete with undo, saved views, column chooser, import, export and a
 * detail side panel. Register specifics (columns, form, bulk fields) come in through `config`.
 */
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellEditRequestEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowDoubleClickedEvent,
  RowSelectionOptions,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import type { BatchResult, ImportReport } from '../../../../shared/api/contract.ts';
import type { RecordMeta, RegisterName, RegisterSpec } from '../../../../shared/domain/register.ts';
import { api } from '../../api/client.ts';
import { notifyChanged, subscribeChanges } from '../../app/dataBus.ts';
import { useToast } from '../../app/toast.tsx';
import { BulkEditDialog, type BulkField } from '../BulkEditDialog.tsx';
import { ExportButtons } from '../ExportButtons.tsx';
import { ImportDialog } from '../ImportDialog.tsx';
import type { Patch, RegisterOps } from '../registerOps.ts';
import { DetailGuardContext, useDetailGuard } from '../formGuard.ts';
import { TrashDialog } from '../TrashDialog.tsx';
import { forgetUndo, subscribeUndone } from '../undoStack.ts';
import { confirmDelete } from './confirmDelete.ts';
import { useTrashCount } from './useTrashCount.ts';
import { useUndoable } from './useUndoable.ts';
import { RegisterToolbar } from './RegisterToolbar.tsx';
import { defaultColDef, gridTheme, localeText } from './gridSetup.ts';
import { editPatch, sameValue, type EditParsers } from './inlineEdit.ts';
import { GridContextMenu } from './GridContextMenu.tsx';
import { refreshRowNumbers, rowNumberColumn } from './rowNumberColumn.ts';
import { useGridSheet } from './useGridSheet.ts';
import { useRegisterRows } from './useRegisterRows.ts';
import { useSearchExplain } from './useSearchExplain.ts';
import { EmptyResult, useFilterCount } from './EmptyResult.tsx';
import { useRememberedGrid } from '../layout/useRememberedGrid.ts';
import { useOpenRequest } from './useOpenRequest.ts';
import { suggestListKeys, withSuggestEditors } from './SuggestCellEditor.tsx';

export interface DetailProps<R> {
  /** null: a new record. */
  record: R | null;
  onClose: () => void;
  onSaved: (record: R, batchId: string, created: boolean) => void;
  /** The record changed as a side effect (e.g. an attachment added): refresh its row quietly. */
  onUpdated: (record: R) => void;
}

export interface RegisterPageConfig<R extends RecordMeta> {
  ops: RegisterOps<R>;
  spec: RegisterSpec;
  columnDefs: ColDef<R>[];
  bulkFields: BulkField[];
  /** Registers whose changes elsewhere make these rows stale (own register included). */
  dependsOn: RegisterName[];
  /** Registers whose shown data changes when this one does. */
  affects: RegisterName[];
  searchPlaceholder: string;
  newLabel: string;
  editParsers?: EditParsers;
  renderDetail: (p: DetailProps<R>) => ReactNode;
  /** Shown above the toolbar (e.g. the 언론보도 at-a-glance chart). */
  summary?: ReactNode;
  /** Like `summary`, computed from the grid's current list; `listVersion` changes with it. */
  renderSummary?: (p: { gridApi: GridApi<R> | null; listVersion: number }) => ReactNode;
}

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
const num = (n: number) => n.toLocaleString('ko-KR');

type Detail<R> = { mode: 'new' } | { mode: 'edit'; record: R } | null;

export function RegisterWorkspace<R extends RecordMeta>({ config, active }: { config: RegisterPageConfig<R>; active: boolean }) {
  const { ops, spec } = config;
  const toast = useToast();
  const [gridApi, setGridApi] = useState<GridApi<R> | null>(null);
  const rows = useRegisterRows(ops, toast.error);
  const [selected, setSelected] = useState(0);
  const [displayed, setDisplayed] = useState(0);
  const [listVersion, setListVersion] = useState(0);
  const [detail, setDetail] = useState<Detail<R>>(null);
  const [dialog, setDialog] = useState<'' | 'import' | 'bulk' | 'trash'>('');
  const detailGuard = useDetailGuard();
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

  const undo = useCallback(
    async (batchId: string) => {
      try {
        const res = await api.invoke('history.undo', { batchId });
        forgetUndo(batchId);
        if (!detailGuard.isDirty()) setDetail(null);
        await rows.reload();
        notifyChanged([ops.register, ...config.affects], 'app');
        toast.show({ kind: 'success', message: `실행 취소했습니다 (${num(res.count)}건).` });
      } catch (e) {
        toast.error(e);
      }
    },
    [rows.reload, ops.register, config.affects, toast],
  );
  const done = useUndoable([ops.register, ...config.affects], toast.show, undo);
  // After Ctrl+Z the open form may show what was undone: close it unless it holds unsaved typing.
  useEffect(() => subscribeUndone(() => (detailGuard.isDirty() ? undefined : setDetail(null))), [detailGuard]);

  // Range, copy, paste, fill down (useGridSheet.ts): the saved rows go where a single edit's go.
  const sheet = useGridSheet<R>({
    api: gridApi, ops, parsers: config.editParsers, toast, done,
    onSaved: (records) => {
      gridApi?.applyTransaction({ update: records });
      rows.applyLocal({ update: records });
      setDetail((d) => (d?.mode === 'edit' ? { mode: 'edit', record: records.find((r) => r.id === d.record.id) ?? d.record } : d));
      changed();
    },
  });
  const columnDefs = useMemo(() => [rowNumberColumn<R>(), ...explain.columns], [explain.columns]);

  const selectedIds = (): string[] => {
    if (!gridApi) return [];
    const ids = gridApi.getSelectedRows().map((r) => r.id);
    if (ids.length > 0) return ids;
    const focused = gridApi.getFocusedCell();
    const node = focused ? gridApi.getDisplayedRowAtIndex(focused.rowIndex) : undefined;
    return node?.data ? [node.data.id] : [];
  };

  const deleteRows = async () => {
    const ids = selectedIds();
    if (ids.length === 0) return toast.show({ message: '삭제할 행을 선택하세요.' });
    if (!(await confirmDelete(ids.length, spec.label))) return;
    try {
      const res = await ops.delete(ids);
      gridApi?.applyTransaction({ remove: ids.map((id) => ({ id }) as R) });
      rows.applyLocal({ remove: ids });
      if (detail?.mode === 'edit' && ids.includes(detail.record.id)) setDetail(null);
      changed();
      done({ kind: 'info', batchId: res.batchId, message: `${num(res.count)}건을 삭제했습니다.`, label: `${spec.label} ${num(res.count)}건 삭제` });
    } catch (e) {
      toast.error(e);
    }
  };

  // Grid rows are compact (요약 shortened, no creation stamp): the form edits the whole record.
  const openDetail = async (record: R | undefined) => {
    if (!record) return;
    if (!(detail?.mode === 'edit' && detail.record.id === record.id) && !(await detailGuard.confirmLeave())) return;
    ops.get(record.id).then(
      (full) => setDetail({ mode: 'edit', record: full }),
      (e: unknown) => toast.error(e),
    );
  };
  // A half-filled new record stays as it is (Ctrl+N again does not wipe it).
  const openNew = async () => {
    if (detail?.mode === 'new' || (await detailGuard.confirmLeave())) setDetail({ mode: 'new' });
  };
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

  // Keyboard: the grid keeps its own navigation; Enter opens the row, Delete deletes with undo.
  const keys = useRef({ openDetail, deleteRows, openNew, sheetKey: sheet.onKey });
  keys.current = { openDetail, deleteRows, openNew, sheetKey: sheet.onKey };
  const colDefDefaults = useMemo<ColDef<R>>(
    () => ({
      ...(defaultColDef as ColDef<R>),
      cellClassRules: sheet.cellClassRules,
      suppressKeyboardEvent: (p: SuppressKeyboardEventParams<R>) => {
        if (keys.current.sheetKey(p)) return true;
        const e = p.event;
        if (p.editing) return suggestListKeys(p);
        if (e.type !== 'keydown' || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return false;
        if (e.key === 'Enter' && !e.shiftKey) {
          void keys.current.openDetail(p.node.data);
          return true;
        }
        if (e.key === 'Delete') {
          void keys.current.deleteRows();
          return true;
        }
        return false;
      },
    }),
    [sheet.cellClassRules],
  );

  // Ctrl+F → search box, Ctrl+N → new record (only on the visible page, not under a dialog).
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || document.querySelector('dialog[open]')) return;
      const k = e.key.toLowerCase();
      if (k === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (k === 'n') {
        e.preventDefault();
        void keys.current.openNew();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);

  const onCellEditRequest = async (e: CellEditRequestEvent<R>) => {
    const row = e.data;
    const field = e.colDef.colId ?? e.colDef.field;
    if (!row || !field) return;
    const patch = editPatch(field, e.newValue, config.editParsers);
    if (sameValue((row as Record<string, unknown>)[field], patch[field])) return;
    const problem = ops.checkPatch(patch);
    if (problem) return toast.show({ kind: 'error', message: problem });
    e.api.applyTransaction({ update: [{ ...row, ...patch }] });
    try {
      const res = await ops.update(row.id, patch, row.version);
      e.api.applyTransaction({ update: [res.record] });
      rows.applyLocal({ update: [res.record] });
      if (detail?.mode === 'edit' && detail.record.id === row.id) setDetail({ mode: 'edit', record: res.record });
      changed();
      const label = spec.fields.find((f) => f.key === field)?.label ?? e.colDef.headerName ?? field;
      done({ batchId: res.batchId, message: `저장했습니다 · ${label}`, label: `${spec.label} ${label} 수정` });
    } catch (err) {
      e.api.applyTransaction({ update: [row] }); // put the old value back
      toast.error(err);
    }
  };

  const onSaved = (record: R, batchId: string, created: boolean) => {
    if (gridApi) {
      gridApi.applyTransaction(created ? { add: [record], addIndex: 0 } : { update: [record] });
      const node = gridApi.getRowNode(record.id);
      if (node) {
        // Show the clerk where the saved row sits (the grid may sort it far from the top).
        gridApi.ensureNodeVisible(node, 'middle');
        gridApi.flashCells({ rowNodes: [node] });
      }
    }
    rows.applyLocal(created ? { add: [record] } : { update: [record] });
    setDetail({ mode: 'edit', record });
    changed();
    done({ batchId, message: created ? '등록했습니다.' : '저장했습니다.', label: `${spec.label} ${created ? '등록' : '저장'}` });
  };

  const onUpdated = (record: R) => {
    gridApi?.applyTransaction({ update: [record] });
    rows.applyLocal({ update: [record] });
    setDetail((d) => (d?.mode === 'edit' && d.record.id === record.id ? { mode: 'edit', record } : d));
    changed();
  };

  const onImported = async (report: ImportReport) => {
    setDialog('');
    await rows.reload();
    changed();
    const message = `${num(report.toAdd)}건을 가져왔습니다.`;
    if (report.batchId) done({ batchId: report.batchId, message, label: `${spec.label} ${num(report.toAdd)}건 가져오기` });
    else toast.show({ kind: 'success', message });
  };

  const applyBulk = async (patch: Patch, summary: string) => {
    const ids = gridApi?.getSelectedRows().map((r) => r.id) ?? [];
    const res = await ops.bulkUpdate(ids, patch);
    setDialog('');
    await rows.reload();
    changed();
    done({ batchId: res.batchId, message: `${num(res.count)}건을 수정했습니다 (${summary}).`, label: `${spec.label} ${num(res.count)}건 일괄 수정` });
  };

  const onRestored = async (res: BatchResult) => {
    setDialog('');
    await rows.reload();
    changed();
    done({ batchId: res.batchId, message: `${num(res.count)}건을 되살렸습니다.`, label: `${spec.label} ${num(res.count)}건 되살리기` });
  };

  const applyBulkTags = async (field: string, edit: { add?: string; remove?: string }, summary: string) => {
    const res = await ops.bulkTags(gridApi?.getSelectedRows().map((r) => r.id) ?? [], field, edit);
    setDialog('');
    await rows.reload();
    changed();
    done({ batchId: res.batchId, message: `${num(res.count)}건을 수정했습니다 (${summary}).`, label: `${spec.label} ${num(res.count)}건 태그 수정` });
  };

  const closeDetail = async () => {
    if (!(await detailGuard.confirmLeave())) return;
    const focused = gridApi?.getFocusedCell();
    setDetail(null);
    if (gridApi && focused) window.setTimeout(() => gridApi.setFocusedCell(focused.rowIndex, focused.column), 0);
  };

  const countText = rows.search
    ? `검색 결과 ${num(rows.search.total)}건${rows.search.total > rows.search.shown ? ` (${num(rows.search.shown)}건 표시)` : ''}`
    : `전체 ${num(rows.total)}건`;
  const filtered = !rows.loadingRest && rowsShownDiffer(displayed, rows.search ? rows.search.shown : rows.total);

  return (
    <div className="register">
      <div className="page-header">
        <h1>{spec.label}</h1>
        <span className="page-count" data-testid="row-count">
          {countText}
          {filtered && ` · 필터 적용 ${num(displayed)}건`}
          {rows.loadingRest && !rows.search && ` · 최근 ${num(displayed)}건 표시, 나머지 불러오는 중…`}
        </span>
        <div className="spacer" />
        <button type="button" className="button" data-testid="import-button" onClick={() => setDialog('import')}>
          가져오기
        </button>
        <ExportButtons gridApi={gridApi} ops={ops} spec={spec} search={rows.search?.query ?? null} total={rows.total} />
      </div>
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
            onCellEditRequest={(e) => void onCellEditRequest(e)}
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
        {detail && (
          <aside className="detail-panel" data-testid="detail-panel">
            <DetailGuardContext.Provider value={detailGuard.guard}>
              <Fragment key={detail.mode === 'edit' ? detail.record.id : 'new'}>
                {config.renderDetail({ record: detail.mode === 'edit' ? detail.record : null, onClose: () => void closeDetail(), onSaved, onUpdated })}
              </Fragment>
            </DetailGuardContext.Provider>
          </aside>
        )}
      </div>
      {sheet.menu && (
        <GridContextMenu
          x={sheet.menu.x}
          y={sheet.menu.y}
          onClose={sheet.closeMenu}
          items={[
            { id: 'copy', label: '복사', shortcut: 'Ctrl+C', run: () => void sheet.copy() },
            { id: 'paste', label: '붙여넣기', shortcut: 'Ctrl+V', run: () => void sheet.pasteFromClipboard() },
            { id: 'fill', label: '아래로 채우기', shortcut: 'Ctrl+D', disabled: !sheet.canFillDown(), run: () => void sheet.fillDown() },
            { id: 'open', label: '상세 열기', shortcut: 'Enter', run: () => openDetail(focusedRow()) },
            { id: 'delete', label: selected > 0 ? `삭제 (${num(selected)}건)` : '삭제', shortcut: 'Delete', danger: true, run: () => void deleteRows() },
          ]}
        />
      )}
      {dialog === 'import' && <ImportDialog spec={spec} ops={ops} onClose={() => setDialog('')} onCommitted={(r) => void onImported(r)} />}
      {dialog === 'trash' && <TrashDialog register={ops.register} spec={spec} onClose={() => setDialog('')} onRestored={(r) => void onRestored(r)} />}
      {dialog === 'bulk' && (
        <BulkEditDialog count={selected} fields={config.bulkFields} check={ops.checkPatch} onClose={() => setDialog('')} onApply={applyBulk} onApplyTags={applyBulkTags} />
      )}
    </div>
  );
}

function rowsShownDiffer(displayed: number, loaded: number): boolean {
  return displayed !== loaded && loaded > 0;
}
