/** Reading picked files for the API and saving exported files. */
import type { ExportedFile, FilePayload } from '../../../shared/api/contract.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

export async function readFilePayload(file: File): Promise<FilePayload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, data: bytesToBase64(bytes) };
}

export function base64ToBlob(data: string, mimeType: string): Blob {
  return new Blob([base64ToBytes(data)], { type: mimeType || 'application/octet-stream' });
}

/** Saves via a temporary blob link; Electron turns this into its save dialog. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadExport(file: ExportedFile): void {
  downloadBlob(base64ToBlob(file.data, file.mimeType), file.fileName);
}
