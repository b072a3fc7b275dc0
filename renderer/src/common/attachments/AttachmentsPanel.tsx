/**
 * The files of one record (a clipping's scans, a release's HWP/HWPX/PDF): attach them by the
 * picker, by dropping them anywhere on the detail panel or by pasting a screenshot (kept mounted
 * as a hidden tab, it then comes to the front), each with its progress;
 * open one (images and PDFs shown here), download it (내려받기) or delete it.
 */
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Attachment, AttachmentOwner } from '../../../../shared/api/contract.ts';
import { objectParticle } from '../../../../shared/attachments/messages.ts';
import { MAX_ATTACHMENT_MB } from '../../../../shared/domain/attachments.ts';
import { api, errorMessage } from '../../api/client.ts';
import { useToast } from '../../app/toast.tsx';
import { formatSize } from '../base64.ts';
import { DetailTabContext } from '../DetailFrame.tsx';
import { Dialog } from '../Dialog.tsx';
import { base64ToBlob, downloadBlob } from '../files.ts';
import { formatDateTime } from '../format.ts';
import { AttachmentPreview, type Preview } from './AttachmentPreview.tsx';
import { ATTACHMENT_ACCEPT } from './checks.ts';
import { UploadList } from './UploadList.tsx';
import { useAttachmentUploads } from './useAttachmentUploads.ts';
import { useFileDropAndPaste } from './useFileDropAndPaste.ts';
import './attachments.css';

const KINDS: Record<AttachmentOwner['register'], { button: string; empty: string }> = {
  clippings: { button: '파일 첨부 (이미지·PDF)', empty: '첨부된 파일이 없습니다. 기사 스크랩 이미지나 PDF를 첨부하세요.' },
  releases: { button: '파일 첨부 (HWP·HWPX·PDF)', empty: '첨부된 파일이 없습니다. 보도자료 원문(HWP, HWPX, PDF)을 첨부하세요.' },
};

export function AttachmentsPanel({ owner, onChanged }: { owner: AttachmentOwner; onChanged?: () => void }) {
  const toast = useToast();
  const [items, setItems] = useState<Attachment[] | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState('');
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const zone = useRef<HTMLDivElement>(null);
  const { register, id } = owner;
  const stableOwner = useMemo(() => ({ register, id }), [register, id]);

  const load = useCallback(async () => {
    try {
      setItems(await api.invoke('attachments.list', { owner: stableOwner }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [stableOwner]);
  useEffect(() => void load(), [load]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  const attached = useCallback(
    (count: number) => {
      toast.show({ kind: 'success', message: `${count}개 파일을 첨부했습니다.` });
      void load();
      onChanged?.();
    },
    [toast, load, onChanged],
  );
  const uploads = useAttachmentUploads(stableOwner, attached);
  const tab = useContext(DetailTabContext);
  const { add } = uploads;
  // A file dropped on another tab shows this one, so its checks and progress are in view.
  const arrived = useCallback(
    (files: File[]) => {
      tab?.show();
      add(files);
    },
    [tab, add],
  );
  const dropping = useFileDropAndPaste(zone, arrived);

  const open = async (a: Attachment, download: boolean) => {
    try {
      const full = await api.invoke('attachments.get', { id: a.id });
      const blob = base64ToBlob(full.data, full.mimeType);
      if (download) return downloadBlob(blob, full.fileName);
      setPreview({ id: a.id, url: URL.createObjectURL(blob), mimeType: full.mimeType, fileName: full.fileName, blob });
    } catch (e) {
      toast.error(e);
    }
  };

  const remove = async (a: Attachment) => {
    setDeleting(null);
    try {
      await api.invoke('attachments.delete', { id: a.id });
      if (preview?.id === a.id) setPreview(null);
      toast.show({ kind: 'success', message: `'${a.fileName}'${objectParticle(a.fileName)} 삭제했습니다.` });
      await load();
      onChanged?.();
    } catch (e) {
      toast.error(e);
    }
  };

  return (
    <div className={dropping ? 'attachments dropping' : 'attachments'} ref={zone} data-testid="attachments-panel">
      <div className="attachment-drop" data-testid="attachment-drop">
        <label className="button file-button">
          {KINDS[register].button}
          <input
            type="file"
            data-testid="attachment-file"
            accept={ATTACHMENT_ACCEPT}
            multiple
            onChange={(e) => {
              uploads.add(Array.from(e.target.files ?? []));
              e.target.value = '';
            }}
          />
        </label>
        <span className="muted small attachment-hint">
          {dropping ? '여기에 놓으면 첨부합니다.' : `파일을 상세 창 어디에나 끌어다 놓거나, 캡처한 화면을 Ctrl+V로 붙여 넣어도 됩니다. 한 파일에 ${MAX_ATTACHMENT_MB}MB까지.`}
        </span>
      </div>
      <UploadList uploads={uploads.uploads} onDismiss={uploads.dismiss} />
      {error && (
        <div className="form-error" role="alert" data-testid="attachment-error">
          {error}
        </div>
      )}
      {items === null ? (
        <p className="muted">불러오는 중…</p>
      ) : items.length === 0 ? (
        <p className="muted">{KINDS[register].empty}</p>
      ) : (
        <ul className="attachment-list" data-testid="attachment-list">
          {items.map((a) => (
            <li key={a.id} className={preview?.id === a.id ? 'selected' : undefined}>
              <button type="button" className="link-button attachment-name" data-testid="attachment-open" onClick={() => void open(a, false)}>
                {a.fileName}
              </button>
              <span className="muted small">
                {formatSize(a.size)} · {formatDateTime(a.createdAt)} · {a.createdBy}
              </span>
              {!a.fileReceived && (
                <span className="muted small" data-testid="attachment-not-received" title="다른 PC에서 첨부한 파일은 동기화할 때 받아 옵니다.">
                  · 파일을 아직 받지 못했습니다
                </span>
              )}
              <span className="attachment-actions">
                <button type="button" className="button small" data-testid="attachment-download" onClick={() => void open(a, true)}>
                  내려받기
                </button>
                <button type="button" className="button small danger" data-testid="attachment-delete" onClick={() => setDeleting(a)}>
                  삭제
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {preview && <AttachmentPreview preview={preview} />}
      {deleting && (
        <Dialog
          title="첨부파일 삭제"
          testId="attachment-delete-dialog"
          onClose={() => setDeleting(null)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setDeleting(null)}>
                취소
              </button>
              <button type="button" className="button danger" data-testid="attachment-delete-confirm" onClick={() => void remove(deleting)}>
                삭제
              </button>
            </>
          }
        >
          <p className="wrap-korean">
            첨부파일 &apos;{deleting.fileName}&apos;{objectParticle(deleting.fileName)} 삭제할까요? 다른 PC에서도 사라집니다.
          </p>
        </Dialog>
      )}
    </div>
  );
}
