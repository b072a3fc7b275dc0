/**
 * A 정보화교육 class to print, through the real core: 스마트폰 기초 3기 (2024. 9. 2. ~ 9. 27.) with
 * 20 sessions and three trainees whose marks give 95%, 65% and 50% — and helpers to read a PDF back.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../core/api/core-types.ts';
import { fromBase64 } from '../temp-core.ts';

export const SESSION_DAYS = Array.from({ length: 20 }, (_, i) => {
  // Weekdays from 2024-09-02 (Mon) on: 4 weeks × 5 days.
  const d = new Date(Date.UTC(2024, 8, 2 + Math.floor(i / 5) * 7 + (i % 5)));
  return d.toISOString().slice(0, 10);
});

export interface PrintFixture {
  classId: string;
  enrolments: Record<'김철용' | '남궁민수' | '이준', string>;
}

export async function printFixture(core: Core, sessions = SESSION_DAYS.length): Promise<PrintFixture> {
  await core.call('courses.create', { values: { name: '스마트폰 기초', subjectGroup: '스마트폰', audience: '어르신', hours: 24 } });
  await core.call('venues.create', { values: { name: '구청 전산교육장', kind: '구청', seats: 20 } });
  // Enrolled while the class was still to come (a class that has ended takes no new 수강), then
  // given the dates it ran on, as a clerk's register holds it once the class is over.
  const next = new Date().getFullYear() + 1;
  const cls = (
    await core.call('classes.create', {
      values: { name: '스마트폰 기초 3기', courseId: '스마트폰 기초', venueId: '구청 전산교육장', room: '제1교육장', instructor: '박강사', startOn: `${next}-09-02`, endOn: `${next}-09-27`, capacity: 50 },
    })
  ).record;
  const people = [
    { name: '김철용', phone: '010-1234-5678', birthDate: '1950-05-03', kind: '구민' as const, appliedAt: '2024-08-20T10:30' },
    { name: '남궁민수', phone: '010-2222-3333', kind: '구민' as const, appliedAt: '2024-08-21T09:00' },
    { name: '이준', phone: '010-4444-5555', kind: '직원' as const, appliedAt: '2024-08-22T14:05' },
  ];
  const enrolments: Record<string, string> = {};
  for (const p of people) {
    const t = (await core.call('trainees.create', { values: { name: p.name, phone: p.phone, kind: p.kind, ...(p.birthDate && { birthDate: p.birthDate }) } })).record;
    enrolments[p.name] = (await core.call('enrolments.create', { values: { classId: cls.id, traineeId: t.id, appliedAt: p.appliedAt } })).record.id;
  }
  await core.call('classes.update', { id: cls.id, patch: { startOn: '2024-09-02', endOn: '2024-09-27' } });
  for (let i = 0; i < sessions; i++) {
    const s = (await core.call('sessions.create', { values: { classId: cls.id, heldOn: SESSION_DAYS[i]!, startsAt: '14:00', endsAt: '16:00' } })).record;
    const marks: Array<[string, string | null]> = [
      // 김철용: 지각 once, 결석 once → 19/20 = 95%
      [enrolments['김철용']!, i === 1 ? '지각' : i === 2 ? '결석' : '출석'],
      // 남궁민수: 결석 7 times (every third) → 13/20 = 65%
      [enrolments['남궁민수']!, i % 3 === 0 ? '결석' : '출석'],
      // 이준: 공결 once, the rest of the first 10 출석, then not marked → 10/20 = 50%
      [enrolments['이준']!, i === 0 ? '공결' : i < 10 ? '출석' : null],
    ];
    for (const [enrolmentId, mark] of marks) if (mark) await core.call('attendance.create', { values: { sessionId: s.id, enrolmentId, mark: mark as '출석' } });
  }
  return { classId: cls.id, enrolments: enrolments as PrintFixture['enrolments'] };
}

export function writePdf(dir: string, name: string, data: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, fromBase64(data));
  return file;
}

export function pdfText(file: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
}

export function pages(text: string): string[] {
  return text.split('\f').filter((p) => p.trim() !== '');
}

/** pdffonts: every font embedded (a missing glyph would fall back to an unembedded font). */
export function fonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type encoding emb sub uni object ID: 'emb' is the 5th from the end.
    return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
  });
}
