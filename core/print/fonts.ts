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
/** The 명조 face of certificates (수료증) and, later, the council report. */
export const SERIF_FAMILY = 'NanumMyeongjo';
const FILES = { normal: 'NanumGothic.ttf', bold: 'NanumGothicBold.ttf' } as const;
const SERIF_FILES = { normal: 'NanumMyeongjo.ttf', bold: 'NanumMyeongjoBold.ttf' } as const;

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

const cached = new Map<string, FontFiles>();

function loadPair(files: { normal: string; bold: string }, name: string): FontFiles {
  const hit = cached.get(name);
  if (hit) return hit;
  const dir = candidates().find((d) => existsSync(path.join(d, files.normal)) && existsSync(path.join(d, files.bold)));
  if (!dir) throw new AppError('internal', `인쇄에 쓸 한글 글꼴(${name})을 찾을 수 없습니다. 프로그램을 다시 설치하세요.`);
  const pair = { normal: readFileSync(path.join(dir, files.normal)), bold: readFileSync(path.join(dir, files.bold)) };
  cached.set(name, pair);
  return pair;
}

export function koreanFonts(): FontFiles {
  return loadPair(FILES, FONT_FAMILY);
}

/** NanumMyeongjo (명조), read only when a document uses it. */
export function serifFonts(): FontFiles {
  return loadPair(SERIF_FILES, SERIF_FAMILY);
}
