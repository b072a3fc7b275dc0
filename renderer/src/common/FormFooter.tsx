/** Save/close buttons of a detail form, and the "who created/changed it" line. */
import type { RecordMeta } from '../../../shared/domain/register.ts';
import { formatDateTime } from './format.ts';

export function FormFooter({ saving, onClose, isNew }: { saving: boolean; onClose: () => void; isNew: boolean }) {
  return (
    <div className="form-footer">
      <span className="muted small">Ctrl+S 저장 · Esc 닫기</span>
      <div className="spacer" />
      <button type="button" className="button" data-testid="cancel-button" onClick={onClose}>
        닫기
      </button>
      <button type="submit" className="button primary" data-testid="save-button" disabled={saving}>
        {saving ? '저장하는 중…' : isNew ? '등록' : '저장'}
      </button>
    </div>
  );
}

export function RecordMetaLine({ record }: { record: RecordMeta }) {
  return (
    <p className="record-meta muted small">
      등록 {formatDateTime(record.createdAt)} {record.createdBy} · 최종 수정 {formatDateTime(record.updatedAt)} {record.updatedBy}
    </p>
  );
}
