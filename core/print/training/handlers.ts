/**
 * 출석부, 수료증, 수강생 명단 of one class as PDF files. Names are masked unless a print shows them
 * in full (the 출석부 with '실명으로 인쇄', every 수료증). Every print, masked or not, still tells who
 * is in the class, so each needs a reason (the contract refuses one without) and is written to the
 * access log as a print of the trainees: which print of which class, how many, why.
 */
import { AppError } from '../../../shared/api/errors.ts';
import type { HandlerMap } from '../../api/handler-types.ts';
import type { Services } from '../../api/services.ts';
import { localIso } from '../list-pdf.ts';
import { renderPdf } from '../render-pdf.ts';
import { attendanceDocument } from './attendance-doc.ts';
import { certificateDocument } from './certificate-doc.ts';
import { certificateNumbers, classPrintData, SEATED_STATES } from './class-data.ts';
import { rosterDocument } from './roster-doc.ts';

type Ops = 'training.printAttendance' | 'training.printCertificates' | 'training.printRoster';

/** Where no issuer has been set (설정 'certificateIssuer'), the certificate says so plainly. */
export const DEFAULT_ISSUER = '○○구청장';

const pdfFile = (stem: string, pdf: Buffer, rowCount: number) => ({ fileName: `${stem}.pdf`, mimeType: 'application/pdf', data: pdf.toString('base64'), rowCount });

export function trainingPrintHandlers(s: Services): HandlerMap<Ops> {
  const today = () => localIso(new Date());
  return {
    'training.printAttendance': async ({ classId, realNames, reason }, ctx) => {
      const d = classPrintData(s.flat, classId, today());
      const pdf = await renderPdf(attendanceDocument(d, { realNames }));
      const count = d.enrolments.filter((e) => SEATED_STATES.includes(e.status)).length;
      s.accessLog.record({ register: 'trainees', action: 'print', field: `${realNames ? '출석부 실명' : '출석부'} (${d.className})`, reason, count }, ctx.actor);
      return pdfFile(`${d.className}_출석부${realNames ? '_실명' : ''}`, pdf, count);
    },
    'training.printCertificates': async ({ classId, enrolmentIds, includePassing, reason, issuer }, ctx) => {
      const d = classPrintData(s.flat, classId, today());
      const eligible = d.enrolments.filter((e) => e.status === '수료' || (includePassing && e.status === '수강' && e.canComplete));
      let people = eligible;
      if (enrolmentIds) {
        const chosen = new Set(enrolmentIds);
        people = eligible.filter((e) => chosen.has(e.enrolmentId));
        if (people.length < chosen.size) throw new AppError('invalid_input', `고른 수강신청 중 ${chosen.size - people.length}건은 ${d.className}의 수료자(또는 수료 가능)가 아니라 수료증을 만들지 않았습니다.`);
      }
      if (people.length === 0) {
        throw new AppError('invalid_input', `${d.className}에 수료한 수강생이 없습니다. 수강신청의 상태를 '수료'로 바꾸거나 '수료 가능 포함'을 고르세요.`);
      }
      const pdf = await renderPdf(
        certificateDocument(d, people, {
          numbers: certificateNumbers(s.flat, people.map((p) => p.enrolmentId)),
          issuer: issuer || s.settings.get('certificateIssuer') || DEFAULT_ISSUER,
          issuedOn: d.endOn || today(),
        }),
        { serif: true },
      );
      s.accessLog.record({ register: 'trainees', action: 'print', field: `수료증 (${d.className})`, reason, count: people.length }, ctx.actor);
      return pdfFile(`${d.className}_수료증`, pdf, people.length);
    },
    'training.printRoster': async ({ classId, reason }, ctx) => {
      const d = classPrintData(s.flat, classId, today());
      const pdf = await renderPdf(rosterDocument(d));
      s.accessLog.record({ register: 'trainees', action: 'print', field: `수강생 명단 (${d.className})`, reason, count: d.enrolments.length }, ctx.actor);
      return pdfFile(`${d.className}_수강생 명단`, pdf, d.enrolments.length);
    },
  };
}
