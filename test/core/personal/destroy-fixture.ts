/** 수강생 with classes long over, recently over, and none: the people a 파기 plan sorts. */
import type { Core } from '../../../core/api/core-types.ts';

/** YYYY-MM-DD `years` years and `days` days before today (Korean time). */
export function daysAgo(years: number, days = 0): string {
  const d = new Date(Date.now() + 9 * 3_600_000);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export interface People {
  /** Last class ended four years ago: due with the default 3 years. */
  old: string;
  /** Last class ended two years ago: due only with a 1-year retention. */
  recent: string;
  /** No enrolment, created today: never due within a year. */
  fresh: string;
  oldClass: string;
}

export async function seedPeople(core: Core): Promise<People> {
  await core.call('courses.create', { values: { name: '스마트폰 기초' } });
  const oldClass = (await core.call('classes.create', { values: { name: '스마트폰 기초 1기', courseId: '스마트폰 기초', startOn: daysAgo(4, 40), endOn: daysAgo(4) } })).record.id;
  const recentClass = (await core.call('classes.create', { values: { name: '스마트폰 기초 9기', courseId: '스마트폰 기초', startOn: daysAgo(2, 30), endOn: daysAgo(2) } })).record.id;
  const old = (await core.call('trainees.create', { values: { name: '김철용', phone: '010-1234-5678', birthDate: '1958-07-21', address: '서초동', disability: true } })).record.id;
  const recent = (await core.call('trainees.create', { values: { name: '남궁민수', phone: '010-2222-3333' } })).record.id;
  const fresh = (await core.call('trainees.create', { values: { name: '이준', phone: '010-9999-8888' } })).record.id;
  await core.call('enrolments.create', { values: { classId: oldClass, traineeId: old, appliedAt: `${daysAgo(4, 45)}T10:00`, status: '수료' } });
  await core.call('enrolments.create', { values: { classId: recentClass, traineeId: recent, appliedAt: `${daysAgo(2, 35)}T10:00`, status: '수료' } });
  return { old, recent, fresh, oldClass };
}
