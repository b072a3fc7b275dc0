/**
 * What a register page needs from the API, independent of which register it is. Each register
 * builds one of these from its typed `<register>.<op>` calls (see clippings/ops.ts).
 */
import type { BatchResult, ChangeResult, ExportedFile, ExportScope, FilePayload, ImportReport, MatchNote, SearchResult, UpdateManyResult } from '../../../shared/api/contract.ts';
import type { HistoryEntry } from '../../../shared/domain/history.ts';
import type { RecordMeta, RegisterName } from '../../../shared/domain/register.ts';

export type Patch = Record<string, unknown>;

export interface ExportChoice {
  ids?: string[];
  fields?: string[];
  scope?: ExportScope;
  /** Why personal data leaves GuDesk (개인정보 대장: required, written to the access log). */
  reason?: string;
}

export interface RegisterOps<R extends RecordMeta> {
  register: RegisterName;
  /** Every live row, newest first; `onFirstPage` gets the first screenful before the rest arrive. */
  list(onFirstPage?: (rows: R[], total: number) => void): Promise<R[]>;
  /** The whole record (grid rows carry a shortened 요약). */
  get(id: string): Promise<R>;
  search(query: string): Promise<SearchResult<R>>;
  /** Ids of every match, for filtering rows the grid already holds. */
  searchIds(query: string): Promise<{ ids: string[]; total: number }>;
  create(values: Patch): Promise<ChangeResult<R>>;
  update(id: string, patch: Patch, expectedVersion?: number): Promise<ChangeResult<R>>;
  bulkUpdate(ids: string[], patch: Patch): Promise<BatchResult>;
  /** A different patch per record (paste, fill down): one batch, bad records refused alone. */
  updateMany(changes: Array<{ id: string; patch: Patch; expectedVersion?: number }>): Promise<UpdateManyResult<R>>;
  delete(ids: string[]): Promise<BatchResult>;
  history(id: string): Promise<HistoryEntry[]>;
  importPreview(file: FilePayload): Promise<ImportReport>;
  importCommit(file: FilePayload): Promise<ImportReport>;
  /** The whole register without `choice`; else the given rows (in order) and columns. */
  export(format: 'csv' | 'xlsx', choice?: ExportChoice): Promise<ExportedFile>;
  /** Where a search matched in each of these rows (the grid's 찾은 곳). */
  matchNotes(query: string, ids: string[]): Promise<Record<string, MatchNote[]>>;
  /** What the office already typed in a field flagged `suggest`, most used first. */
  suggest(field: string, query: string): Promise<string[]>;
  /** One tag added and/or removed on every record, their other tags kept. */
  bulkTags(ids: string[], field: string, edit: { add?: string; remove?: string }): Promise<BatchResult>;
  /** Client-side check of a partial edit; a Korean message when it is refused. */
  checkPatch(patch: Patch): string | null;
}

/** Rows a search returns while the full list is still loading (then ids filter the full list). */
export const SEARCH_LIMIT = 1000;
