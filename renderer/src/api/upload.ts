/**
 * Sending one attachment with progress. Browser mode posts the same request `api.invoke` would
 * (POST /api/attachments.add, token header, Envelope back) through XMLHttpRequest, whose upload
 * events say how much of the body has left; Electron's IPC call has no progress, so `onProgress`
 * gets null there (an indeterminate bar).
 */
import type { Attachment, AttachmentOwner } from '../../../shared/api/contract.ts';
import { API_PREFIX, TOKEN_HEADER } from '../../../shared/api/http.ts';
import { api, isElectron } from './client.ts';
import { ApiError, OFFLINE_MESSAGE, toApiError, unwrap } from './envelope.ts';
import { TOKEN_STORAGE_KEY } from './token.ts';

export type UploadProgress = (fraction: number | null) => void;

export async function uploadAttachment(owner: AttachmentOwner, file: { fileName: string; data: string }, onProgress: UploadProgress): Promise<Attachment> {
  if (isElectron()) {
    onProgress(null);
    return api.invoke('attachments.add', { owner, file });
  }
  // api.invoke has already taken the token from the address into the tab's storage.
  const token = window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  const reply = await new Promise<unknown>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_PREFIX}attachments.add`);
    xhr.setRequestHeader('content-type', 'application/json');
    if (token) xhr.setRequestHeader(TOKEN_HEADER, token);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable && e.total > 0 ? e.loaded / e.total : null);
    xhr.onerror = () => reject(new ApiError('internal', OFFLINE_MESSAGE));
    xhr.onload = () => {
      if (xhr.response === null) reject(new ApiError('internal', xhr.status === 401 || xhr.status === 403 ? '접근 권한이 없습니다. 표시된 주소(토큰 포함)로 다시 접속하세요.' : OFFLINE_MESSAGE));
      else resolve(xhr.response);
    };
    xhr.send(JSON.stringify({ owner, file }));
  });
  try {
    return unwrap(reply) as Attachment;
  } catch (e) {
    throw toApiError(e);
  }
}
