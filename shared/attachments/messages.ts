/**
 * What the clerk reads when a file cannot be attached: the same sentences in the browser (which
 * refuses a file over the limit before reading it) and in the core (which refuses it again).
 */
import { MAX_ATTACHMENT_MB } from '../domain/attachments.ts';

/** Which files may be attached, in the clerk's words (the types of file-type.ts). */
export const ALLOWED_TYPES_SENTENCE = '스캔 이미지(JPG, PNG, GIF, WEBP, BMP), PDF, 한/글 문서(HWP, HWPX)만 첨부할 수 있습니다.';

/** 을/를 after `word`; '을(를)' when it does not end in Hangul ('scan.pdf'). */
export function objectParticle(word: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  if (Number.isNaN(code) || code < 0 || code > 11171) return '을(를)';
  return code % 28 === 0 ? '를' : '을';
}

/** A file's name as shown: no folders, never empty. */
export function shownFileName(fileName: string): string {
  return fileName.replace(/[\\/]/g, '_').trim() || '첨부';
}

/** A size over the limit, rounded up so that it never reads as the limit itself ('20.1MB', not '20.0MB'). */
function sizeOverLimit(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)}MB`;
}

export function tooLargeMessage(fileName: string, bytes: number): string {
  const name = shownFileName(fileName);
  return `'${name}'(${sizeOverLimit(bytes)})${objectParticle(name)} 첨부하지 않았습니다. 첨부 파일은 한 파일에 ${MAX_ATTACHMENT_MB}MB까지입니다. 스캔 해상도를 낮추거나 PDF를 나누어 첨부하세요.`;
}

export function emptyFileMessage(fileName: string): string {
  const name = shownFileName(fileName);
  return `'${name}'${objectParticle(name)} 첨부하지 않았습니다. 빈 파일입니다.`;
}

/** Names that promise an attachable kind; such a file refused by its content is not what it says. */
const PROMISED_KIND: Record<string, string> = { pdf: 'PDF', png: 'PNG 이미지', jpg: 'JPG 이미지', jpeg: 'JPG 이미지', gif: 'GIF 이미지', webp: 'WEBP 이미지', bmp: 'BMP 이미지', hwp: '한/글(HWP) 문서', hwpx: '한/글(HWPX) 문서' };

export function wrongTypeMessage(fileName: string): string {
  const name = shownFileName(fileName);
  const promised = PROMISED_KIND[/\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''];
  // '보도자료.hwp' refused: listing HWP among the kinds allowed would only puzzle the clerk.
  if (promised) return `'${name}'${objectParticle(name)} 첨부하지 않았습니다. 이름은 ${promised}이지만 내용이 ${promised}가 아닙니다(손상되었거나 이름만 바뀐 파일). 원래 프로그램에서 다시 저장해 첨부하세요.`;
  return `'${name}'${objectParticle(name)} 첨부하지 않았습니다. ${ALLOWED_TYPES_SENTENCE}`;
}
