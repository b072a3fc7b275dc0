/**
 * What a register page hands the generic workspace: its operations, definition, columns, form and
 * the registers it depends on. Everything else (grid, selection, undo, export…) is generic.
 */
import type { ReactNode } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';
import type { RecordMeta, RegisterName, RegisterSpec } from '../../../../shared/domain/register.ts';
import type { BulkField } from '../BulkEditDialog.tsx';
import type { RegisterOps } from '../registerOps.ts';
import type { EditParsers } from './inlineEdit.ts';

export interface DetailProps<R> {
  /** null: a new record. */
  record: R | null;
  onClose: () => void;
  /** `notes`: what the register's rules said about the write (shown as toasts). */
  onSaved: (record: R, batchId: string, created: boolean, notes?: readonly string[]) => void;
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

/** The detail side panel's content: nothing, a new record's form, or one record's form. */
export type Detail<R> = { mode: 'new' } | { mode: 'edit'; record: R } | null;

export const num = (n: number) => n.toLocaleString('ko-KR');
