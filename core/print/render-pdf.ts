/**
 * A pdfmake document model → PDF bytes, with GuDesk's Korean fonts (고딕 for lists and forms,
 * 명조 for certificates) and nothing fetched or read from anywhere else.
 */
import pdfmake from 'pdfmake';
import { FONT_FAMILY, koreanFonts, SERIF_FAMILY, serifFonts } from './fonts.ts';

const GOTHIC = { normal: 'gudesk-NanumGothic.ttf', bold: 'gudesk-NanumGothicBold.ttf' };
const SERIF = { normal: 'gudesk-NanumMyeongjo.ttf', bold: 'gudesk-NanumMyeongjoBold.ttf' };
const loaded = new Set<string>();

function load(family: string, names: { normal: string; bold: string }, files: () => { normal: Buffer; bold: Buffer }): void {
  if (loaded.has(family)) return;
  const f = files();
  // Fonts go through pdfmake's in-memory file system: no file access policy has to allow them.
  pdfmake.virtualfs.writeFileSync(names.normal, f.normal);
  pdfmake.virtualfs.writeFileSync(names.bold, f.bold);
  loaded.add(family);
}

/** pdfmake is one shared object: fonts and policies are set before every document. */
function configure(serif: boolean): void {
  load(FONT_FAMILY, GOTHIC, koreanFonts);
  const fonts: Record<string, Record<string, string>> = {
    [FONT_FAMILY]: { normal: GOTHIC.normal, bold: GOTHIC.bold, italics: GOTHIC.normal, bolditalics: GOTHIC.bold },
  };
  if (serif || loaded.has(SERIF_FAMILY)) {
    load(SERIF_FAMILY, SERIF, serifFonts);
    fonts[SERIF_FAMILY] = { normal: SERIF.normal, bold: SERIF.bold, italics: SERIF.normal, bolditalics: SERIF.bold };
  }
  pdfmake.setFonts(fonts);
  // A print needs no image or file from anywhere: nothing is fetched or read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
}

export async function renderPdf(doc: object, options: { serif?: boolean } = {}): Promise<Buffer> {
  configure(options.serif ?? false);
  return pdfmake.createPdf(doc).getBuffer();
}
