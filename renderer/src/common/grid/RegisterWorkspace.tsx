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
import type { ImportReport } from '../../../../shared/api/contract.ts';
import type { RecordMeta, RegisterName, RegisterSpec } from '../../../../shared/domain/register.ts';
import { api } from '../../api/client.ts';
import { notifyChanged, subscribeChanges } from '../../app/dataBus.ts';
import { useToast } from '../../app/toast.tsx';
import { BulkEditDialog, type BulkField } from '../BulkEditDialog.tsx';
import { ExportButtons } from '../ExportButtons.tsx';
import { ImportDialog } from '../ImportDialog.tsx';
import type { Patch, RegisterOps } from '../registerOps.ts';
import { SearchBox } from '../SearchBox.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { defaultColDef, gridTheme, localeText } from './gridSetup.ts';
import { editPatch, sameValue, type EditParsers } from './inlineEdit.ts';
import { SavedViews } from './SavedViews.tsx';
import { GridContextMenu } from './GridContextMenu.tsx';
import { refreshRowNumbers, rowNumberColumn } from './rowNumberColumn.ts';
import { useGridSheet } from './useGridSheet.ts';
import { useRegisterRows } from './useRegisterRows.ts';

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
  const [detail, setDetail] = useState<Detail<R>>(null);
  const [dialog, setDialog] = useState<'' | 'import' | 'bulk'>('');
  const searchRef = useRef<HTMLInputElement>(null);
  const stale = useRef(true);
  const activeRef = useRef(active);
  activeRef.current = active;
  const changed = useCallback(() => notifyChanged([ops.register, ...config.affects], ops.register), [ops.register, config.affects]);

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
        setDetail(null);
        await rows.reload();
        notifyChanged([ops.register, ...config.affects], 'app');
        toast.show({ kind: 'success', message: `실행 취소했습니다 (${num(res.count)}건).` });
      } catch (e) {
        toast.error(e);
      }
    },
    [rows.reload, ops.register, config.affects, toast],
  );
  const undoAction = (batchId: string) => ({ label: '실행 취소', run: () => undo(batchId) });

  // Range, copy, paste, fill down (useGridSheet.ts): the saved rows go where a single edit's go.
  const sheet = useGridSheet<R>({
    api: gridApi, ops, parsers: config.editParsers, toast, undoAction,
    onSaved: (records) => {
      gridApi?.applyTransaction({ update: records });
      rows.applyLocal({ update: records });
      setDetail((d) => (d?.mode === 'edit' ? { mode: 'edit', record: records.find((r) => r.id === d.record.id) ?? d.record } : d));
      changed();
    },
  });
  const columnDefs = useMemo(() => [rowNumberColumn<R>(), ...config.columnDefs], [config.columnDefs]);

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
    try {
      const res = await ops.delete(ids);
      gridApi?.applyTransaction({ remove: ids.map((id) => ({ id }) as R) });
      rows.applyLocal({ remove: ids });
      if (detail?.mode === 'edit' && ids.includes(detail.record.id)) setDetail(null);
      changed();
      toast.show({ message: `${num(res.count)}건을 삭제했습니다.`, action: undoAction(res.batchId) });
    } catch (e) {
      toast.error(e);
    }
  };

  // Grid rows are compact (요약 shortened, no creation stamp): the form edits the whole record.
  const openDetail = (record: R | undefined) => {
    if (!record) return;
    ops.get(record.id).then(
      (full) => setDetail({ mode: 'edit', record: full }),
      (e: unknown) => toast.error(e),
    );
  };
  const openNew = () => setDetail({ mode: 'new' });
  const focusedRow = () => {
    const f = gridApi?.getFocusedCell();
    return f ? gridApi?.getDisplayedRowAtIndex(f.rowIndex)?.data : undefined;
  };

  // Keyboard: the grid keeps its own navigation; Enter opens the row, Delete deletes with undo.
  const keys = useRef({ openDetail, deleteRows, sheetKey: sheet.onKey });
  keys.current = { openDetail, deleteRows, sheetKey: sheet.onKey };
  const colDefDefaults = useMemo<ColDef<R>>(
    () => ({
      ...(defaultColDef as ColDef<R>),
      cellClassRules: sheet.cellClassRules,
      suppressKeyboardEvent: (p: SuppressKeyboardEventParams<R>) => {
        if (keys.current.sheetKey(p)) return true;
        const e = p.event;
        if (p.editing || e.type !== 'keydown' || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return false;
        if (e.key === 'Enter' && !e.shiftKey) {
          keys.current.openDetail(p.node.data);
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
        openNew();
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
    toast.show({ kind: 'success', message: created ? '등록했습니다.' : '저장했습니다.', action: undoAction(batchId) });
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
    toast.show({
      kind: 'success',
      message: `${num(report.toAdd)}건을 가져왔습니다.`,
      ...(report.batchId ? { action: undoAction(report.batchId) } : {}),
    });
  };

  const applyBulk = async (patch: Patch, summary: string) => {
    const ids = gridApi?.getSelectedRows().map((r) => r.id) ?? [];
    const res = await ops.bulkUpdate(ids, patch);
    setDialog('');
    await rows.reload();
    changed();
    toast.show({ kind: 'success', message: `${num(res.count)}건을 수정했습니다 (${summary}).`, action: undoAction(res.batchId) });
  };

  const closeDetail = () => {
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
        <ExportButtons run={ops.export} />
      </div>
      {config.summary}
      <div className="toolbar">
        <SearchBox ref={searchRef} placeholder={config.searchPlaceholder} onSearch={(q) => void rows.searchFor(q)} />
        {rows.search && (
          <span className="search-count" data-testid="search-count">
            검색 결과 {num(rows.search.total)}건
          </span>
        )}
        <span className="toolbar-sep" />
        <button type="button" className="button primary" data-testid="add-button" title="Ctrl+N" onClick={openNew}>
          + {config.newLabel}
        </button>
        <button
          type="button"
          className="button"
          data-testid="open-detail"
          title="Enter"
          onClick={() => {
            const f = gridApi?.getFocusedCell();
            const sel = gridApi?.getSelectedRows()[0];
            openDetail(sel ?? (f ? gridApi?.getDisplayedRowAtIndex(f.rowIndex)?.data : undefined));
          }}
        >
          상세
        </button>
        <button type="button" className="button" data-testid="bulk-edit-button" disabled={selected === 0} onClick={() => setDialog('bulk')}>
          일괄 수정{selected > 0 ? ` (${num(selected)})` : ''}
        </button>
        <button type="button" className="button danger" data-testid="delete-button" title="Delete" disabled={selected === 0} onClick={() => void deleteRows()}>
          삭제{selected > 0 ? ` (${num(selected)})` : ''}
        </button>
        <div className="spacer" />
        <SavedViews grid={ops.register} api={gridApi as GridApi | null} />
        <ColumnChooser api={gridApi as GridApi | null} />
      </div>
      <div className="register-body">
        <div className="grid-wrap" data-testid={`grid-${ops.register}`} {...sheet.wrapperEvents}>
          <AgGridReact<R>
            theme={gridTheme}
            localeText={localeText}
            rowData={rows.rowData ?? undefined}
            loading={rows.loading || rows.rowData === null}
            columnDefs={columnDefs}
            defaultColDef={colDefDefaults}
            getRowId={getRowId<R>}
            rowSelection={rowSelection as RowSelectionOptions<R>}
            selectionColumnDef={selectionColumnDef}
            readOnlyEdit
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
              refreshRowNumbers(e.api);
            }}
            {...sheet.gridEvents}
            preventDefaultOnContextMenu
            onSortChanged={sheet.resetRange}
            onFilterChanged={sheet.resetRange}
            onRowDoubleClicked={(e: RowDoubleClickedEvent<R>) => {
              if (!e.api.getEditingCells().length) openDetail(e.data);
            }}
          />
        </div>
        {detail && (
          <aside className="detail-panel" data-testid="detail-panel">
            <Fragment key={detail.mode === 'edit' ? detail.record.id : 'new'}>
              {config.renderDetail({ record: detail.mode === 'edit' ? detail.record : null, onClose: closeDetail, onSaved, onUpdated })}
            </Fragment>
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
      {dialog === 'bulk' && (
        <BulkEditDialog count={selected} fields={config.bulkFields} check={ops.checkPatch} onClose={() => setDialog('')} onApply={applyBulk} />
      )}
    </div>
  );
}

function rowsShownDiffer(displayed: number, loaded: number): boolean {
  return displayed !== loaded && loaded > 0;
}
