/**
 * 정보화교육's statistic `training-runs` (docs/TRAINING.md): 회 = classes that ended in the period
 * (a class's 종료일, else its 시작일), 명 = their trainees who completed (수료) — or, for one-off
 * 특강, 틈새특강 and 체험, who attended. Grouped as seed 002's table (교육장 구분 × 과목군), by 대상,
 * by 분류 (seed 001's 정규/무료특강 split), by half-year, month or year.
 */
import { AUDIENCES, COURSE_KINDS, SUBJECT_GROUPS } from '../domain/training/courses.ts';
import { VENUE_KINDS } from '../domain/training/venues.ts';
import { byMonth, byValue, byYear, type Grouping } from './groupings.ts';
import { defineStatistic } from './statistic.ts';

/** Courses given once, whose 명 is who came rather than who completed. */
export const ONE_OFF_KINDS: readonly string[] = ['특강', '틈새특강', '체험'];

export interface TrainingRunFact {
  /** The class's end date, 'YYYY-MM-DD' (or 'YYYY-MM' once the core grouped a month). */
  date: string;
  venueKind: string;
  subjectGroup: string;
  audience: string;
  kind: string;
  /** Classes (회). */
  runs: number;
  /** Trainees counted (명). */
  people: number;
}

const dateOf = (f: TrainingRunFact) => f.date;

/** 상반기 / 하반기 of each year: the council report's half-year columns. */
function byHalfYear(): Grouping<TrainingRunFact> {
  const keyOf = (f: TrainingRunFact) => (f.date.length >= 7 ? `${f.date.slice(0, 4)}-${Number(f.date.slice(5, 7)) <= 6 ? 1 : 2}` : null);
  return {
    id: 'half',
    label: '반기',
    key: keyOf,
    order: (keys) => [...keys].sort(),
    labels: (keys) => keys.map((k) => `${k.slice(0, 4)}년 ${k.endsWith('1') ? '상반기' : '하반기'}`),
  };
}

export const trainingRuns = defineStatistic<TrainingRunFact>({
  name: 'training-runs',
  label: '정보화교육 실적',
  register: 'classes',
  description: '끝난 교육반 수(회)와 수료 인원(명; 특강·틈새특강·체험은 참석 인원). 교육반 종료일로 기간을 정하고, 교육장 구분·과목군·대상·분류·반기·월·연도별로 (두 가지를 겹쳐 표로도) 셉니다.',
  subject: '정보화교육',
  measureWord: '실적',
  dateField: { key: 'endOn', label: '종료일' },
  dateOf,
  measures: [
    { key: 'runs', label: '회', unit: '회', value: (f) => f.runs },
    { key: 'people', label: '명', unit: '명', value: (f) => f.people },
  ],
  headline: 1,
  groupings: [
    byValue('venueKind', '교육장 구분', (f) => f.venueKind, VENUE_KINDS),
    byValue('subjectGroup', '과목군', (f) => f.subjectGroup, SUBJECT_GROUPS),
    byValue('audience', '대상', (f) => f.audience, AUDIENCES),
    byValue('kind', '분류', (f) => f.kind, COURSE_KINDS),
    byHalfYear(),
    byMonth(dateOf),
    byYear(dateOf),
  ],
  maxGroupings: 2,
});
