/** How a class is described on its prints: '구청 전산교육장 제1교육장', '2024. 9. 2. ~ 2024. 9. 27.'. */
import { formatKoreanDate } from '../../../shared/text/korean-date.ts';
import type { ClassPrintData } from './class-data.ts';

export function classPlace(d: Pick<ClassPrintData, 'venueName' | 'room'>): string {
  return [d.venueName, d.room].filter((s) => s !== '').join(' ');
}

export function classPeriod(d: Pick<ClassPrintData, 'startOn' | 'endOn'>): string {
  if (!d.startOn) return '';
  return d.endOn && d.endOn !== d.startOn ? `${formatKoreanDate(d.startOn)} ~ ${formatKoreanDate(d.endOn)}` : formatKoreanDate(d.startOn);
}

/** '2024-08-20T10:30' → '2024. 8. 20. 10:30'. */
export function koreanDateTime(value: string): string {
  const [date, time] = value.split('T');
  return [formatKoreanDate(date ?? ''), time?.slice(0, 5) ?? ''].filter((s) => s !== '').join(' ');
}
