/**
 * The Korean fonts a PDF embeds (resources/fonts, SIL OFL). Looked up next to the packaged app
 * (electron-builder copies resources/fonts to <resources>/fonts), then from the working folder
 * and the source tree (development, tests, browser mode).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/api/errors.ts';

export const FONT_FAMILY = 'NanumGothic';
const FILES = { normal: 'NanumGothic.ttf', bold: 'NanumGothicBold.ttf' } as const;

function candidates(): string[] {
  const dirs: string[] = [];
  if (process.env.GUDESK_FONTS_DIR) dirs.push(process.env.GUDESK_FONTS_DIR);
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) dirs.push(path.join(resourcesPath, 'fonts'));
  dirs.push(path.resolve('resources', 'fonts'));
  try {
    dirs.push(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'fonts'));
  } catch {
    // Bundled as CommonJS: import.meta.url is not a file URL; the other places remain.
  }
  return dirs;
}

export interface FontFiles {
  normal: Buffer;
  bold: Buffer;
}

let cached: FontFiles | null = null;

export function koreanFonts(): FontFiles {
  if (cached) return cached;
  const dir = candidates().find((d) => existsSync(path.join(d, FILES.normal)) && existsSync(path.join(d, FILES.bold)));
  if (!dir) throw new AppError('internal', '인쇄에 쓸 한글 글꼴(NanumGothic)을 찾을 수 없습니다. 프로그램을 다시 설치하세요.');
  cached = { normal: readFileSync(path.join(dir, FILES.normal)), bold: readFileSync(path.join(dir, FILES.bold)) };
  return cached;
}
