/**
 * A council report from this PC's registers: load (council-repository.ts) → build (pure,
 * shared/reports/council-report.ts, figures from the statistics registry) → write PDF or DOCX.
 * The report states its 기준일 and when this PC last synced, so a reader knows how fresh the
 * figures are. Problems (what to fix) come back with the file, never instead of it.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { CouncilReportSettings } from '../../shared/reports/council-input.ts';
import { buildCouncilReport, type BuiltReport } from '../../shared/reports/council-report.ts';
import type { Db } from '../db/open.ts';
import { councilRepository } from './council-repository.ts';
import { writeReportDocx } from './report-docx.ts';
import { registerFigures } from './report-figures-source.ts';
import { writeReportPdf } from './report-pdf.ts';

export type CouncilReportFormat = 'pdf' | 'docx';

export interface CouncilReportFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
  /** Pages as printed, by section (PDF only: Word lays the DOCX out itself). */
  pages: Record<string, number>;
  problems: string[];
}

const MIME: Record<CouncilReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function lastSyncAt(db: Db): string | undefined {
  try {
    return db.prepare<[], string | null>('SELECT last_sync_at FROM sync_state WHERE id = 1').pluck().get() ?? undefined;
  } catch {
    return undefined;
  }
}

/** The report's model and problems from this PC's registers and statistics, read in one snapshot. */
export function councilDocument(db: Db, settings: Omit<CouncilReportSettings, 'lastSyncAt'>): BuiltReport {
  if (settings.asOf < `${settings.year}-01-01`) {
    throw new AppError('invalid_input', `기준일(${settings.asOf})이 ${settings.year}년보다 앞섭니다. 기준일을 확인하세요.`);
  }
  return db.transaction(() => {
    const synced = lastSyncAt(db);
    const data = councilRepository(db).load(settings.year, settings.asOf);
    return buildCouncilReport({ settings: { ...settings, ...(synced ? { lastSyncAt: synced } : {}) }, ...data }, registerFigures(db));
  })();
}

export async function councilReport(db: Db, settings: Omit<CouncilReportSettings, 'lastSyncAt'>, format: CouncilReportFormat): Promise<CouncilReportFile> {
  // Registers and statistics are read in one snapshot; the writers' awaits come after it.
  const { document, problems } = councilDocument(db, settings);
  const fileName = `${document.title}.${format}`;
  if (format === 'pdf') {
    const { pdf, pages } = await writeReportPdf(document);
    return { fileName, mimeType: MIME.pdf, data: pdf, pages: Object.fromEntries(pages), problems };
  }
  return { fileName, mimeType: MIME.docx, data: await writeReportDocx(document), pages: {}, problems };
}
