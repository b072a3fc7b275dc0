/**
 * 내보내기 (a dialog asks what and in which format) and 인쇄 (the current list as a PDF), saved
 * through a blob link with the core's file name (Electron turns it into its save dialog).
 */
import { useState } from 'react';
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { ExportScope } from '../../../shared/api/contract.ts';
import { PRINT_MAX_ROWS } from '../../../shared/print/limits.ts';
import { holdsPersonalData } from '../../../shared/personal/personal-record.ts';
import type { RecordMeta, RegisterSpec } from '../../../shared/domain/register.ts';
import { api as core } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { ExportDialog, type ScopeCounts } from './ExportDialog.tsx';
import { PrintReasonDialog } from './PrintReasonDialog.tsx';
import { downloadExport } from './files.ts';
import { num } from './format.ts';
import { describeList, displayedNodes, listTexts, visibleColumns } from './grid/currentList.ts';
import type { RegisterOps } from './registerOps.ts';


interface Props<R extends RecordMeta> {
  gridApi: GridApi<R> | null;
  ops: RegisterOps<R>;
  spec: RegisterSpec;
  /** The search the grid shows, for the print title. */
  search: string | null;
  total: number;
}

/** Selected rows in the grid's order (those a filter hides now come last). */
function selectedNodes<R>(api: GridApi<R>): IRowNode<R>[] {
  const order = (n: IRowNode<R>) => (n.rowIndex === null ? Number.MAX_SAFE_INTEGER : n.rowIndex);
  return api.getSelectedNodes().filter((n) => n.data).sort((a, b) => order(a) - order(b));
}

/** Grid columns → register fields (a column named after a field's label counts: 보도자료). */
function exportFields<R>(api: GridApi<R>, spec: RegisterSpec): string[] {
  return visibleColumns(api as GridApi)
    .map((c) => spec.fields.find((f) => f.key === c.getColId() || f.label === c.getColDef().headerName)?.key)
    .filter((k): k is string => !!k);
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}년 ${d.getMonth() + 1}월 ${d.getDate()}일`;
};

export function ExportButtons<R extends RecordMeta>({ gridApi, ops, spec, search, total }: Props<R>) {
  const toast = useToast();
  const [counts, setCounts] = useState<ScopeCounts | null>(null);
  const [printing, setPrinting] = useState(false);
  const [askPrintReason, setAskPrintReason] = useState(false);

  const open = () => {
    if (!gridApi) return;
    setCounts({ list: gridApi.getDisplayedRowCount(), selected: gridApi.getSelectedNodes().length, all: total });
  };

  // A register holding personal data asks why the file is made, by the rule the core refuses by.
  const personal = holdsPersonalData(spec);
  const runExport = async (scope: ExportScope, format: 'csv' | 'xlsx', reason?: string) => {
    if (!gridApi) return;
    try {
      const ids = scope === 'list' ? displayedNodes(gridApi).map((n) => n.data!.id) : scope === 'selected' ? selectedNodes(gridApi).map((n) => n.data!.id) : undefined;
      const because = personal && reason ? { reason } : {};
      const file = await ops.export(format, scope === 'all' ? { scope, ...because } : { scope, ids: ids ?? [], fields: exportFields(gridApi, spec), ...because });
      downloadExport(file);
      setCounts(null);
      toast.show({ kind: 'success', message: `${file.fileName} 파일로 ${num(file.rowCount)}건을 내보냈습니다.` });
    } catch (e) {
      toast.error(e);
    }
  };

  // A register holding personal data prints only with a reason (asked first, logged by the core).
  const print = async (reason?: string) => {
    if (!gridApi) return;
    if (personal && reason === undefined) return setAskPrintReason(true);
    const nodes = displayedNodes(gridApi);
    if (nodes.length === 0) return toast.show({ message: '인쇄할 행이 없습니다. 검색어나 필터를 확인하세요.' });
    if (nodes.length > PRINT_MAX_ROWS) {
      return toast.show({ kind: 'error', message: `현재 목록이 ${num(nodes.length)}건입니다. 한 번에 ${num(PRINT_MAX_ROWS)}건까지 인쇄할 수 있으니 필터로 목록을 줄이세요.` });
    }
    setPrinting(true);
    try {
      const columns = visibleColumns(gridApi as GridApi);
      const file = await core.invoke('print.list', {
        title: `${spec.label} 목록`,
        description: describeList(gridApi as GridApi, search),
        columns: columns.map((c) => ({ label: c.getColDef().headerName ?? c.getColId(), width: Math.max(1, c.getActualWidth()) })),
        rows: listTexts(gridApi as GridApi, nodes as IRowNode[], columns),
        fileStem: `${spec.label}_인쇄_${today()}`,
        register: spec.name,
        ...(reason !== undefined && { reason }),
      });
      downloadExport(file);
      setAskPrintReason(false);
      toast.show({ kind: 'success', message: `${num(file.rowCount)}건을 PDF(${file.fileName})로 만들었습니다. 파일을 열어 인쇄하세요.` });
    } catch (e) {
      toast.error(e);
    } finally {
      setPrinting(false);
    }
  };

  return (
    <div className="button-group" role="group" aria-label="내보내기와 인쇄">
      <button type="button" className="button" data-testid="export-button" disabled={!gridApi} onClick={open}>
        내보내기
      </button>
      <button type="button" className="button" data-testid="print-button" disabled={!gridApi || printing} onClick={() => void print()}>
        {printing ? 'PDF 만드는 중…' : '인쇄 (PDF)'}
      </button>
      {askPrintReason && (
        <PrintReasonDialog
          title="인쇄"
          hint="개인정보가 든 대장입니다. 사유와 건수는 접속기록에 남고, 이름과 연락처는 화면처럼 가린 채로 인쇄합니다."
          needsReason
          goLabel="PDF 만들기"
          onClose={() => setAskPrintReason(false)}
          onPrint={(reason) => print(reason ?? '')}
        />
      )}
      {counts && <ExportDialog counts={counts} askReason={personal} onClose={() => setCounts(null)} onExport={runExport} />}
    </div>
  );
}
