/** `report.council`: what the manager chooses (유형, 연도, 회기, 기준일, 형식) and what comes back. */
import { z } from 'zod';
import { REPORT_TYPES } from './council-input.ts';
import { parseKoreanDate } from '../text/korean-date.ts';

export const councilReportInput = z.object({
  type: z.enum(REPORT_TYPES, { error: `보고서 유형은 ${REPORT_TYPES.join(', ')} 중 하나입니다.` }),
  year: z.number({ error: '보고 연도를 숫자로 적으세요.' }).int().min(2000, { error: '보고 연도가 너무 이릅니다 (2000년부터).' }).max(2100, { error: '보고 연도가 너무 늦습니다.' }),
  asOf: z.string().transform((v, ctx) => {
    const iso = parseKoreanDate(v);
    if (!iso) ctx.addIssue({ code: 'custom', message: `기준일을 읽을 수 없습니다: ${v} (예: 2024. 9. 2.)` });
    return iso ?? '';
  }),
  session: z.string().trim().max(100, { error: '회기는 100자 이내로 적으세요.' }).optional(),
  sessionPeriod: z.string().trim().max(60, { error: '회기 기간은 60자 이내로 적으세요.' }).optional(),
  format: z.enum(['pdf', 'docx'], { error: '형식은 pdf 또는 docx입니다.' }),
});

export interface CouncilReportResult {
  fileName: string;
  mimeType: string;
  /** The file, base64. */
  data: string;
  /** The page each section starts on, as printed (PDF). */
  pages: Record<string, number>;
  /** What to fix, in Korean (the report is written all the same). */
  problems: string[];
}
