/** The opened attachment: an image inline, a PDF in a frame from a blob: URL, otherwise a note. */
import { useEffect, useState } from 'react';
import { downloadBlob } from '../files.ts';

export interface Preview {
  id: string;
  url: string;
  mimeType: string;
  fileName: string;
  blob: Blob;
}

export function AttachmentPreview({ preview }: { preview: Preview }) {
  // If the page's security policy does not allow blob: frames, say so instead of a blank box.
  const [frameBlocked, setFrameBlocked] = useState(false);
  useEffect(() => {
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.blockedURI.startsWith('blob') && /frame|child|default/.test(e.effectiveDirective)) setFrameBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);
  const download = (
    <button type="button" className="link-button" onClick={() => downloadBlob(preview.blob, preview.fileName)}>
      내려받아
    </button>
  );
  return (
    <div className="attachment-preview" data-testid="attachment-preview">
      {preview.mimeType.startsWith('image/') ? (
        <img src={preview.url} alt={preview.fileName} />
      ) : preview.mimeType === 'application/pdf' && !frameBlocked ? (
        <iframe src={preview.url} title={preview.fileName} />
      ) : preview.mimeType === 'application/pdf' ? (
        <p className="muted preview-note">이 화면에서는 PDF를 미리 볼 수 없습니다. {download} 여세요.</p>
      ) : (
        <p className="muted preview-note">한/글 문서는 미리 볼 수 없습니다. {download} 한/글에서 여세요.</p>
      )}
    </div>
  );
}
