/**
 * What the browser refuses at once, before reading a byte: a file over the one limit
 * (MAX_ATTACHMENT_BYTES, the same sentence the core says), an empty file, and a file whose name
 * and type say it is none of the attachable kinds. The core sniffs the content again.
 */
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/domain/attachments.ts';
import { emptyFileMessage, tooLargeMessage, wrongTypeMessage } from '../../../../shared/attachments/messages.ts';

/** What the file picker offers. */
export const ATTACHMENT_ACCEPT = 'image/*,application/pdf,.pdf,.hwp,.hwpx,application/x-hwp,application/haansofthwp,application/hwp+zip';

const NAME = /\.(pdf|png|jpe?g|gif|bmp|webp|hwp|hwpx)$/i;
const TYPE = /^(image\/(png|jpeg|gif|bmp|webp)|application\/(pdf|x-hwp|haansofthwp|vnd\.hancom\.hwp|hwp\+zip|vnd\.hancom\.hwpx))$/;

/** The Korean refusal for this file, or undefined when it may be read and sent. */
export function refusalBeforeReading(file: { name: string; size: number; type: string }): string | undefined {
  if (file.size > MAX_ATTACHMENT_BYTES) return tooLargeMessage(file.name, file.size);
  if (file.size === 0) return emptyFileMessage(file.name);
  if (!NAME.test(file.name) && !TYPE.test(file.type)) return wrongTypeMessage(file.name);
  return undefined;
}
