/** One line per file being attached: its name, a progress bar (or the reason it was refused). */
import { formatSize } from '../base64.ts';
import type { Upload } from './useAttachmentUploads.ts';

const PHASE_TEXT: Record<Upload['phase'], string> = {
  waiting: '기다리는 중',
  reading: '읽는 중',
  sending: '올리는 중',
  done: '첨부했습니다',
  refused: '첨부하지 않음',
  failed: '첨부하지 못함',
};

export function UploadList({ uploads, onDismiss }: { uploads: Upload[]; onDismiss: (key: number) => void }) {
  if (uploads.length === 0) return null;
  return (
    <ul className="upload-list" data-testid="upload-list" aria-live="polite">
      {uploads.map((u) => {
        const problem = u.phase === 'refused' || u.phase === 'failed';
        const percent = u.progress === null ? undefined : Math.round(u.progress * 100);
        return (
          <li key={u.key} className={`upload upload-${u.phase}`} data-testid="upload" data-phase={u.phase}>
            <span className="upload-name">{u.name}</span>
            <span className="muted small">
              {formatSize(u.size)} · {PHASE_TEXT[u.phase]}
              {!problem && percent !== undefined && u.phase !== 'done' ? ` ${percent}%` : ''}
            </span>
            {problem ? (
              <>
                <span className="upload-message" role="alert" data-testid="upload-refusal">
                  {u.message}
                </span>
                <button type="button" className="icon-button" aria-label={`${u.name} 알림 닫기`} onClick={() => onDismiss(u.key)}>
                  ×
                </button>
              </>
            ) : (
              <progress
                className={percent === undefined ? 'upload-bar indeterminate' : 'upload-bar'}
                data-testid="upload-progress"
                aria-label={`${u.name} ${PHASE_TEXT[u.phase]}`}
                max={100}
                {...(percent === undefined ? {} : { value: percent })}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
