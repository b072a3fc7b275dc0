/**
 * A clipping's scans: upload an image or PDF, preview it (image inline, PDF in a frame from a
 * blob: URL), save a copy, or delete it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/api/contract.ts';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from '../../../shared/domain/attachments.ts';
import { api, errorMessage } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { formatSize } from '../common/base64.ts';
import { base64ToBlob, downloadBlob, readFilePayload } from '../common/files.ts';
import { formatDateTime } from '../common/format.ts';

interface Preview {
  id: string;
  url: string;
  mimeType: string;
  fileName: string;
  blob: Blob;
}

const MAX_BYTES = MAX_ATTACHMENT_BYTES;

export function AttachmentsPanel({ clippingId, onChanged }: { clippingId: string; onChanged: () => void }) {
  const toast = useToast();
  const [items, setItems] = useState<Attachment[] | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      setItems(await api.invoke('attachments.list', { owner: { register: 'clippings', id: clippingId } }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [clippingId]);
  useEffect(() => void load(), [load]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  // If the page's security policy does not allow blob: frames, say so instead of a blank box.
  const [frameBlocked, setFrameBlocked] = useState(false);
  useEffect(() => {
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.blockedURI.startsWith('blob') && /frame|child|default/.test(e.effectiveDirective)) setFrameBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);

  const upload = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setError('');
    setBusy(true);
    try {
      for (const f of Array.from(files)) {
        if (f.size > MAX_BYTES) throw new Error(`${f.name}: 파일이 너무 큽니다. 첨부 파일은 ${MAX_ATTACHMENT_MB}MB 이하만 올릴 수 있습니다.`);
        if (!/^image\//.test(f.type) && f.type !== 'application/pdf' && !/\.(pdf|png|jpe?g|gif|bmp|tiff?|webp)$/i.test(f.name)) {
          throw new Error(`${f.name}: 이미지 또는 PDF 파일만 첨부할 수 있습니다.`);
        }
        await api.invoke('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: await readFilePayload(f) });
      }
      toast.show({ kind: 'success', message: `${files.length}개 파일을 첨부했습니다.` });
      await load();
      onChanged();
    } catch (e) {
      setError(e instanceof Error && !(e as { code?: string }).code ? e.message : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const open = async (a: Attachment, save: boolean) => {
    try {
      const full = await api.invoke('attachments.get', { id: a.id });
      const blob = base64ToBlob(full.data, full.mimeType);
      if (save) return downloadBlob(blob, full.fileName);
      setPreview({ id: a.id, url: URL.createObjectURL(blob), mimeType: full.mimeType, fileName: full.fileName, blob });
    } catch (e) {
      toast.error(e);
    }
  };

  const remove = async (a: Attachment) => {
    if (!window.confirm(`첨부파일 '${a.fileName}'을(를) 삭제할까요?`)) return;
    try {
      await api.invoke('attachments.delete', { id: a.id });
      if (preview?.id === a.id) setPreview(null);
      await load();
      onChanged();
    } catch (e) {
      toast.error(e);
    }
  };

  return (
    <div className="attachments">
      <label className="button file-button">
        {busy ? '올리는 중…' : '파일 첨부 (이미지·PDF)'}
        <input type="file" data-testid="attachment-file" accept="image/*,application/pdf,.pdf" multiple disabled={busy} onChange={(e) => void upload(e.target.files).then(() => (e.target.value = ''))} />
      </label>
      {error && (
        <div className="form-error" role="alert" data-testid="attachment-error">
          {error}
        </div>
      )}
      {items === null ? (
        <p className="muted">불러오는 중…</p>
      ) : items.length === 0 ? (
        <p className="muted">첨부된 파일이 없습니다. 기사 스크랩 이미지나 PDF를 첨부하세요.</p>
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
                <button type="button" className="button small" onClick={() => void open(a, true)}>
                  저장
                </button>
                <button type="button" className="button small danger" data-testid="attachment-delete" onClick={() => void remove(a)}>
                  삭제
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {preview && (
        <div className="attachment-preview" data-testid="attachment-preview">
          {preview.mimeType.startsWith('image/') ? (
            <img src={preview.url} alt={preview.fileName} />
          ) : preview.mimeType === 'application/pdf' && !frameBlocked ? (
            <iframe src={preview.url} title={preview.fileName} />
          ) : preview.mimeType === 'application/pdf' ? (
            <p className="muted preview-note">
              이 화면에서는 PDF를 미리 볼 수 없습니다.{' '}
              <button type="button" className="link-button" onClick={() => downloadBlob(preview.blob, preview.fileName)}>
                저장
              </button>
              해서 여세요.
            </p>
          ) : (
            <p className="muted preview-note">이 형식은 미리 볼 수 없습니다. 저장해서 여세요.</p>
          )}
        </div>
      )}
    </div>
  );
}
