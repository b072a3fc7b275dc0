/**
 * The faces a council report uses (REPORT-FORMAT.md), as embedded in the PDF and as named in the
 * DOCX. The PDF embeds OFL fonts shipped in resources/fonts (Nanum: 명조 body, bold 고딕 for the
 * headline face and ※ notes in 고딕); the DOCX names what a Korean office PC has with 한/글
 * installed (HY헤드라인M, 휴먼명조, 한양중고딕) — Word and LibreOffice substitute a Korean face when one
 * is missing, and the Nanum names follow as the document's fallback theme fonts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors.ts';
import { koreanFonts } from '../print/fonts.ts';

export type ReportFace = 'headline' | 'body' | 'note';

/** pdfmake family names. */
export const PDF_FAMILY: Readonly<Record<ReportFace, string>> = { headline: 'ReportGothic', body: 'ReportMyeongjo', note: 'ReportGothic' };

/** DOCX font names: what 한/글 installs on office PCs. */
export const DOCX_FONT: Readonly<Record<ReportFace, string>> = { headline: 'HY헤드라인M', body: '휴먼명조', note: '한양중고딕' };
/** Names Word and LibreOffice fall back to when the faces above are missing (Windows' own Korean faces). */
export const DOCX_FALLBACK: Readonly<Record<ReportFace, string>> = { headline: '맑은 고딕', body: '바탕', note: '맑은 고딕' };

export interface ReportFontFiles {
  gothic: Buffer;
  gothicBold: Buffer;
  myeongjo: Buffer;
  myeongjoBold: Buffer;
}

let cached: ReportFontFiles | null = null;

/** The folder holding NanumGothic (core/print/fonts.ts found it) holds the 명조 too. */
function fontDirs(): string[] {
  const dirs: string[] = [];
  if (process.env.GUDESK_FONTS_DIR) dirs.push(process.env.GUDESK_FONTS_DIR);
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) dirs.push(path.join(resourcesPath, 'fonts'));
  dirs.push(path.resolve('resources', 'fonts'));
  dirs.push(path.resolve(import.meta.dirname ?? '.', '..', '..', 'resources', 'fonts'));
  return dirs;
}

export function reportFonts(): ReportFontFiles {
  if (cached) return cached;
  const gothic = koreanFonts();
  const dir = fontDirs().find((d) => existsSync(path.join(d, 'NanumMyeongjo.ttf')) && existsSync(path.join(d, 'NanumMyeongjoBold.ttf')));
  if (!dir) throw new AppError('internal', '보고서에 쓸 한글 글꼴(나눔명조)을 찾을 수 없습니다. 프로그램을 다시 설치하세요.');
  cached = {
    gothic: gothic.normal,
    gothicBold: gothic.bold,
    myeongjo: readFileSync(path.join(dir, 'NanumMyeongjo.ttf')),
    myeongjoBold: readFileSync(path.join(dir, 'NanumMyeongjoBold.ttf')),
  };
  return cached;
}
