/** 수강생 명단: a class's enrolments by 신청일시 (연번, 이름 masked, 구분, 상태, 신청일시) on the list layout. */
import { maskName } from '../../../shared/personal/mask.ts';
import { listDocument, type ListPrint } from '../list-pdf.ts';
import type { ClassPrintData } from './class-data.ts';
import { classPeriod, classPlace, koreanDateTime } from './class-lines.ts';

export function rosterPrint(d: ClassPrintData): ListPrint {
  return {
    title: `${d.className} 수강생 명단`,
    description: [d.courseName, classPlace(d), classPeriod(d), d.instructor && `강사 ${d.instructor}`].filter((s) => s !== '').join(' · '),
    columns: [
      { label: '이름', width: 110 },
      { label: '구분', width: 70 },
      { label: '상태', width: 70 },
      { label: '신청일시', width: 150 },
    ],
    rows: d.enrolments.map((e) => [maskName(e.name), e.kind, e.status, koreanDateTime(e.appliedAt)]),
  };
}

export function rosterDocument(d: ClassPrintData, today?: Date): object {
  return listDocument(rosterPrint(d), today);
}
