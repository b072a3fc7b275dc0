/**
 * What a register page needs from the API, independent of which register it is. Each register
 * builds one of these from its typed `<register>.<op>` calls (see clippings/ops.ts).
 */
import type { BatchResult, ChangeResult, ExportedFile, FilePayload, ImportReport, SearchResult } from '../../../shared/api/contract.ts';
import type { HistoryEntry } from '../../../shared/domain/history.ts';
import type { RecordMeta, RegisterName } from '../../../shared/domain/register.ts';

export type Patch = Record<string, unknown>;

export interface RegisterOps<R extends RecordMeta> {
  register: RegisterName;
  list(): Promise<R[]>;
  search(query: string): Promise<SearchResult<R>>;
  create(values: Patch): Promise<ChangeResult<R>>;
  update(id: string, patch: Patch, expectedVersion?: number): Promise<ChangeResult<R>>;
  bulkUpdate(ids: string[], patch: Patch): Promise<BatchResult>;
  delete(ids: string[]): Promise<BatchResult>;
  history(id: string): Promise<HistoryEntry[]>;
  importPreview(file: FilePayload): Promise<ImportReport>;
  importCommit(file: FilePayload): Promise<ImportReport>;
  export(format: 'csv' | 'xlsx'): Promise<ExportedFile>;
  /** Client-side check of a partial edit; a Korean message when it is refused. */
  checkPatch(patch: Patch): string | null;
}

/** The largest result a search may return (the contract's limit). */
export const SEARCH_LIMIT = 100_000;
