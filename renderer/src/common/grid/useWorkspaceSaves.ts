/**
 * Where a landed change goes on a register page — an inline cell edit, a form save, a side effect
 * (an attachment), an import, a bulk edit, a restore from 휴지통: into the grid, the row caches and
 * the open form, a change notice for the other pages, and an undoable toast.
 */
import type { Dispatch, SetStateAction } from 'react';
import type { CellEditRequestEvent, GridApi } from 'ag-grid-community';
import type { BatchResult, ImportReport } from '../../../../shared/api/contract.ts';
import type { RecordMeta, RegisterSpec } from '../../../../shared/domain/register.ts';
import type { ToastApi } from '../../app/toast.tsx';
import type { Patch, RegisterOps } from '../registerOps.ts';
import { withCompletedUrls } from '../webUrl.ts';
import { showRuleNotes } from '../ruleNotes.ts';
import { editPatch, sameValue, type EditParsers } from './inlineEdit.ts';
import { num, type Detail } from './registerPageConfig.ts';
import type { Done } from './useUndoable.ts';

export interface SavesOptions<R extends RecordMeta> {
  gridApi: GridApi<R> | null;
  ops: RegisterOps<R>;
  spec: RegisterSpec;
  editParsers?: EditParsers | undefined;
  toast: ToastApi;
  detail: Detail<R>;
  setDetail: Dispatch<SetStateAction<Detail<R>>>;
  rows: {
    reload: () => Promise<void>;
    applyLocal: (change: { add?: R[]; update?: R[] }) => void;
  };
  closeDialog: () => void;
  changed: () => void;
  done: (d: Done) => void;
}

export function useWorkspaceSaves<R extends RecordMeta>(o: SavesOptions<R>) {
  const { gridApi, ops, spec, toast, detail, setDetail, rows, changed, done } = o;

  const onCellEditRequest = async (e: CellEditRequestEvent<R>) => {
    const row = e.data;
    const field = e.colDef.colId ?? e.colDef.field;
    if (!row || !field) return;
    const patch = withCompletedUrls(spec, editPatch(field, e.newValue, o.editParsers));
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
      showRuleNotes(toast, res.notes);
    } catch (err) {
      e.api.applyTransaction({ update: [row] }); // put the old value back
      toast.error(err);
    }
  };

  // Range paste and fill down (useGridSheet.ts): the saved rows go where a single edit's go.
  const onSheetSaved = (records: R[]) => {
    gridApi?.applyTransaction({ update: records });
    rows.applyLocal({ update: records });
    setDetail((d) => (d?.mode === 'edit' ? { mode: 'edit', record: records.find((r) => r.id === d.record.id) ?? d.record } : d));
    changed();
  };

  const onSaved = (record: R, batchId: string, created: boolean, notes?: readonly string[]) => {
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
    showRuleNotes(toast, notes);
  };

  const onUpdated = (record: R) => {
    gridApi?.applyTransaction({ update: [record] });
    rows.applyLocal({ update: [record] });
    setDetail((d) => (d?.mode === 'edit' && d.record.id === record.id ? { mode: 'edit', record } : d));
    changed();
  };

  const onImported = async (report: ImportReport) => {
    o.closeDialog();
    await rows.reload();
    changed();
    const message = `${num(report.toAdd)}건을 가져왔습니다.`;
    if (report.batchId) done({ batchId: report.batchId, message, label: `${spec.label} ${num(report.toAdd)}건 가져오기` });
    else toast.show({ kind: 'success', message });
  };

  const applyBulk = async (patch: Patch, summary: string) => {
    const ids = gridApi?.getSelectedRows().map((r) => r.id) ?? [];
    const res = await ops.bulkUpdate(ids, patch);
    o.closeDialog();
    await rows.reload();
    changed();
    done({ batchId: res.batchId, message: `${num(res.count)}건을 수정했습니다 (${summary}).`, label: `${spec.label} ${num(res.count)}건 일괄 수정` });
  };

  const onRestored = async (res: BatchResult) => {
    o.closeDialog();
    await rows.reload();
    changed();
    done({ batchId: res.batchId, message: `${num(res.count)}건을 되살렸습니다.`, label: `${spec.label} ${num(res.count)}건 되살리기` });
  };

  const applyBulkTags = async (field: string, edit: { add?: string; remove?: string }, summary: string) => {
    const res = await ops.bulkTags(gridApi?.getSelectedRows().map((r) => r.id) ?? [], field, edit);
    o.closeDialog();
    await rows.reload();
    changed();
    done({ batchId: res.batchId, message: `${num(res.count)}건을 수정했습니다 (${summary}).`, label: `${spec.label} ${num(res.count)}건 태그 수정` });
  };

  return { onCellEditRequest, onSheetSaved, onSaved, onUpdated, onImported, applyBulk, onRestored, applyBulkTags };
}
