/**
 * Files reach the attachments without the file picker: dropped anywhere on the detail panel the
 * attachments belong to, whichever tab it shows (several at once), or pasted (Ctrl+V of a
 * screenshot) while the focus is not in a field that takes the paste itself. While files are
 * dragged over it the panel carries `file-over` (its CSS says where they will go). A pasted image
 * gets a name with the time.
 */
import { useEffect, useState, type RefObject } from 'react';
import { pastedImageName } from './pasted-name.ts';

const TEXT_INPUT = 'input:not([type=file]):not([type=checkbox]):not([type=radio]):not([type=button]), textarea, [contenteditable=""], [contenteditable="true"]';

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/** The pasted images as files named '붙여넣은 이미지 2026-12-02 10-31.png'. */
function pastedImages(data: DataTransfer | null, now: Date): File[] {
  const images = Array.from(data?.items ?? [])
    .filter((item) => item.kind === 'file' && item.type.startsWith('image/'))
    .map((item) => item.getAsFile())
    .filter((f): f is File => f !== null);
  return images.map((f, i) => new File([f], pastedImageName(f.type, now, i, images.length), { type: f.type }));
}

/** `zone` is the panel; drops count on the detail panel around it (`.detail`), or the zone itself. */
export function useFileDropAndPaste(zone: RefObject<HTMLElement | null>, onFiles: (files: File[]) => void, enabled = true): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const panel = zone.current;
    if (!panel || !enabled) return;
    const target: HTMLElement = panel.closest('.detail') ?? panel;
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
      target.classList.add('file-over');
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        setOver(false);
        target.classList.remove('file-over');
      }
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      target.classList.remove('file-over');
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) onFiles(files);
    };
    const paste = (e: ClipboardEvent) => {
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused.matches(TEXT_INPUT)) return;
      // Another dialog above the panel takes its own pastes.
      if (focused instanceof HTMLElement && focused.closest('[role=dialog]') && !focused.closest('.detail')) return;
      const files = pastedImages(e.clipboardData, new Date());
      if (files.length === 0) return;
      e.preventDefault();
      onFiles(files);
    };
    // A file let go beside the panel would make the browser open it in place of GuDesk (losing
    // what is typed): outside the panel a drop of files does nothing.
    const outside = (e: DragEvent) => {
      if (!hasFiles(e) || target.contains(e.target as Node)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', outside);
    window.addEventListener('drop', outside);
    target.addEventListener('dragenter', enter);
    target.addEventListener('dragover', overHandler);
    target.addEventListener('dragleave', leave);
    target.addEventListener('drop', drop);
    document.addEventListener('paste', paste);
    return () => {
      target.classList.remove('file-over');
      target.removeEventListener('dragenter', enter);
      target.removeEventListener('dragover', overHandler);
      target.removeEventListener('dragleave', leave);
      target.removeEventListener('drop', drop);
      document.removeEventListener('paste', paste);
      window.removeEventListener('dragover', outside);
      window.removeEventListener('drop', outside);
    };
  }, [zone, onFiles, enabled]);
  return over;
}
