/**
 * The files being attached to one record, each with its own progress: refused at once when the
 * browser can tell (too big, empty, not an attachable kind), then read (FileReader) and sent one
 * after another (uploadAttachment: real progress in browser mode, indeterminate in Electron).
 * A refusal or failure stays listed with its Korean reason until the clerk dismisses it or
 * attaches again; a finished file leaves the list shortly after it appears among the attachments.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttachmentOwner } from '../../../../shared/api/contract.ts';
import { errorMessage } from '../../api/client.ts';
import { uploadAttachment } from '../../api/upload.ts';
import { refusalBeforeReading } from './checks.ts';
import { readAsBase64 } from './read-file.ts';

export type UploadPhase = 'refused' | 'waiting' | 'reading' | 'sending' | 'done' | 'failed';

export interface Upload {
  key: number;
  name: string;
  size: number;
  phase: UploadPhase;
  /** 0…1, or null while the transport cannot say (Electron). */
  progress: number | null;
  message: string;
}

/** A finished upload stays this long, so the clerk sees it went through. */
const DONE_SHOWN_MS = 2500;

export function useAttachmentUploads(owner: AttachmentOwner, onAttached: (count: number) => void) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(1);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const alive = useRef(true);
  // The latest callback, so that `add` (and the drop and paste listeners using it) stays the same.
  const attachedRef = useRef(onAttached);
  useEffect(() => {
    attachedRef.current = onAttached;
  });
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const patch = useCallback((key: number, change: Partial<Upload>) => {
    if (alive.current) setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  }, []);

  const add = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      const batch = files.map((file) => {
        const refusal = refusalBeforeReading(file);
        const upload: Upload = { key: nextKey.current++, name: file.name, size: file.size, phase: refusal ? 'refused' : 'waiting', progress: 0, message: refusal ?? '' };
        return { file, upload };
      });
      // A new batch replaces what the last one left (its refusals were read, or are repeated).
      setUploads((list) => [...list.filter((u) => u.phase === 'waiting' || u.phase === 'reading' || u.phase === 'sending'), ...batch.map((b) => b.upload)]);
      const accepted = batch.filter((b) => b.upload.phase === 'waiting');
      if (accepted.length === 0) return;
      queue.current = queue.current.then(async () => {
        let attached = 0;
        for (const { file, upload } of accepted) {
          try {
            patch(upload.key, { phase: 'reading', progress: 0 });
            const data = await readAsBase64(file, (f) => patch(upload.key, { progress: f * 0.1 }));
            patch(upload.key, { phase: 'sending', progress: 0.1 });
            await uploadAttachment(owner, { fileName: file.name, data }, (f) => patch(upload.key, { progress: f === null ? null : 0.1 + f * 0.9 }));
            patch(upload.key, { phase: 'done', progress: 1, message: '첨부했습니다.' });
            attached++;
            window.setTimeout(() => alive.current && setUploads((list) => list.filter((u) => u.key !== upload.key)), DONE_SHOWN_MS);
          } catch (e) {
            patch(upload.key, { phase: 'failed', message: errorMessage(e) });
          }
        }
        if (attached > 0 && alive.current) attachedRef.current(attached);
      });
    },
    [owner, patch],
  );

  const dismiss = useCallback((key: number) => setUploads((list) => list.filter((u) => u.key !== key)), []);
  const busy = uploads.some((u) => u.phase === 'waiting' || u.phase === 'reading' || u.phase === 'sending');
  return { uploads, add, dismiss, busy };
}
