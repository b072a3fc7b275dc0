/** Change history shown under a record: who changed which field from what to what, when. */
export type HistoryAction = 'create' | 'update' | 'delete' | 'restore';

export const HISTORY_ACTION_LABELS: Record<HistoryAction, string> = {
  create: '등록',
  update: '수정',
  delete: '삭제',
  restore: '복원',
};

export interface HistoryEntry {
  at: string;
  by: string;
  action: HistoryAction;
  /** Field key for 'update'; '' for the other actions. */
  field: string;
  /** Korean label of the field. */
  fieldLabel: string;
  oldValue: string | null;
  newValue: string | null;
  /** Changes made by one user action share a batch; undo reverts a whole batch. */
  batchId: string;
}
