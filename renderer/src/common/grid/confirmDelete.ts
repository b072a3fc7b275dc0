/**
 * Deleting more than one record asks first, naming the count; with sync on it also says that
 * the deletion reaches every PC of the department. One record (the Delete key on a row) is
 * deleted at once: the toast's 실행 취소, Ctrl+Z and the 휴지통 bring it back.
 */
import { api } from '../../api/client.ts';
import { askConfirm } from '../ask.tsx';
import { num } from '../format.ts';

export async function confirmDelete(count: number, registerLabel: string): Promise<boolean> {
  if (count <= 1) return true;
  let synced = false;
  try {
    synced = (await api.invoke('sync.status', {})).loggedIn;
  } catch {
    // Not knowing whether sync is on does not stop the question.
  }
  const lines = [`선택한 ${num(count)}건을 삭제할까요? 삭제한 기록은 휴지통에서 되살릴 수 있습니다.`];
  if (synced) lines.push('중앙 서버와 동기화하고 있어, 삭제하면 부서의 모든 PC에서도 지워집니다.');
  return askConfirm({ title: `${registerLabel} 삭제`, message: lines.join('\n'), confirmLabel: '삭제', danger: true, testId: 'delete-dialog' });
}
