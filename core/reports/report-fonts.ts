/**
 * The faces a council report uses (REPORT-FORMAT.md), as embedded in the PDF and as named in the
 * DOCX. The PDF embeds the OFL fonts of resources/fonts (core/print/fonts.ts: 명조 body, bold 고딕
 * for the headline face, 고딕 for ※ notes); the DOCX names what a Korean office PC has with 한/글
 * installed (HY헤드라인M, 휴먼명조, 한양중고딕) — Word and LibreOffice substitute a Korean face when
 * one is missing.
 */
import { FONT_FAMILY, SERIF_FAMILY } from '../print/fonts.ts';

export type ReportFace = 'headline' | 'body' | 'note';

/** pdfmake family names (core/print/render-pdf.ts registers them). */
export const PDF_FAMILY: Readonly<Record<ReportFace, string>> = { headline: FONT_FAMILY, body: SERIF_FAMILY, note: FONT_FAMILY };

/** DOCX font names: what 한/글 installs on office PCs. */
export const DOCX_FONT: Readonly<Record<ReportFace, string>> = { headline: 'HY헤드라인M', body: '휴먼명조', note: '한양중고딕' };
