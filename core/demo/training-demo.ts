/**
 * 정보화교육 demo data, like the seeds (docs/TRAINING.md): the 교육장 of seed 001/002 (제1정보문화센터,
 * 창업스마트교육장, a 동 자치회관, a 복지관), their courses (스마트폰 기초, 키오스크 체험, 챗GPT 활용, ITQ
 * 파워포인트, 코딩 엔트리, 1인 개인방송), and a year of classes up to next month — sessions, trainees
 * with obviously fake names ('김가상') and 010-0000-xxxx phones, enrolments (a waiting list on next
 * month's class) and attendance. Each course has its own room and hours, so no room is booked
 * twice. Pure and deterministic: the caller writes the rows, linking them by index.
 */
import { createRng, type Rng } from './random.ts';

type Values = Record<string, unknown>;

export interface TrainingDemo {
  venues: Values[];
  courses: Values[];
  instructors: Values[];
  trainees: Values[];
  classes: Array<{ courseIndex: number; venueIndex: number; values: Values }>;
  sessions: Array<{ classIndex: number; values: Values }>;
  enrolments: Array<{ classIndex: number; traineeIndex: number; values: Values }>;
  attendance: Array<{ sessionIndex: number; enrolmentIndex: number; mark: string }>;
}

const VENUES = [
  { name: '제1정보문화센터', kind: '구청', seats: 20, address: '구청 별관 3층', rooms: ['1강의실', '2강의실'] },
  { name: '창업스마트교육장', kind: '구청', seats: 16, address: '구청 별관 2층', rooms: ['실습실'] },
  { name: '독산2동 자치회관', kind: '동 자치회관', seats: 15, address: '독산2동', rooms: ['프로그램실'] },
  { name: '예시종합사회복지관', kind: '복지관·센터', seats: 15, address: '시흥2동', rooms: ['정보화교실'] },
];

const COURSES = [
  { name: '스마트폰 기초', kind: '정규', subjectGroup: '스마트폰', audience: '어르신', hours: 16, description: '전화·문자·카카오톡·사진 보내기부터' },
  { name: '키오스크 체험', kind: '체험', subjectGroup: '키오스크', audience: '어르신', hours: 2, description: '식당·병원·기차역 무인 주문기 연습' },
  { name: '챗GPT 활용', kind: '정규', subjectGroup: 'AI·챗GPT', audience: '구민', hours: 16, description: '생성형 AI로 글쓰기·번역·요약' },
  { name: 'ITQ 파워포인트', kind: '정규', subjectGroup: '자격증(ITQ)', audience: '구민', hours: 16, description: 'ITQ 파워포인트 자격증 대비' },
  { name: '코딩 엔트리', kind: '정규', subjectGroup: '코딩', audience: '청소년', hours: 16, description: '엔트리 블록 코딩 기초' },
  { name: '1인 개인방송', kind: '정규', subjectGroup: '영상·1인방송', audience: '구민', hours: 16, description: '스마트폰 촬영·편집과 라이브 방송' },
];

const INSTRUCTORS = [
  { name: '한가상', phone: '010-0000-9001', affiliation: '예시 디지털교육협동조합', field: '스마트폰·키오스크' },
  { name: '서예시', phone: '010-0000-9002', affiliation: '예시 코딩교육연구소', field: 'AI·코딩' },
  { name: '문샘플', phone: '010-0000-9003', affiliation: '예시 IT아카데미', field: 'ITQ·영상' },
];

/** Who teaches where and when: one room and hours per course, so no two classes meet together. */
const PLAN: Array<{ course: number; venue: number; room: string; weekdays: string[]; hours: [string, string]; every: number; offset: number; instructor: number; capacity: number }> = [
  { course: 0, venue: 0, room: '1강의실', weekdays: ['월', '수'], hours: ['10:00', '12:00'], every: 1, offset: 0, instructor: 0, capacity: 20 },
  { course: 2, venue: 0, room: '1강의실', weekdays: ['월', '수'], hours: ['14:00', '16:00'], every: 2, offset: 0, instructor: 1, capacity: 20 },
  { course: 0, venue: 0, room: '2강의실', weekdays: ['월', '수'], hours: ['14:00', '16:00'], every: 1, offset: 0, instructor: 0, capacity: 18 },
  { course: 3, venue: 0, room: '2강의실', weekdays: ['화', '목'], hours: ['10:00', '12:00'], every: 3, offset: 0, instructor: 2, capacity: 18 },
  { course: 4, venue: 1, room: '실습실', weekdays: ['화', '목'], hours: ['14:00', '16:00'], every: 3, offset: 1, instructor: 1, capacity: 16 },
  { course: 5, venue: 1, room: '실습실', weekdays: ['화', '목'], hours: ['10:00', '12:00'], every: 6, offset: 2, instructor: 2, capacity: 16 },
  { course: 1, venue: 2, room: '프로그램실', weekdays: ['금'], hours: ['10:00', '12:00'], every: 1, offset: 0, instructor: 0, capacity: 15 },
  { course: 1, venue: 3, room: '정보화교실', weekdays: ['금'], hours: ['14:00', '16:00'], every: 1, offset: 0, instructor: 0, capacity: 15 },
];

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const GIVEN = ['가상', '예시', '샘플', '데모', '보기', '연습'];
const DONG = ['독산1동', '독산2동', '독산3동', '시흥1동', '시흥2동', '가산동'];
const WEEKDAY = ['일', '월', '화', '수', '목', '금', '토'];
const TRAINEES = 360;

const DAY = 86_400_000;
const toDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** The days of one month's first four weeks that fall on the weekdays (a one-day class: the second). */
function meetingDays(year: number, month: number, weekdays: readonly string[]): number[] {
  const first = Date.UTC(year, month, 1) / DAY;
  const days: number[] = [];
  for (let d = first; d < first + 28; d++) if (weekdays.includes(WEEKDAY[new Date(d * DAY).getUTCDay()]!)) days.push(d);
  return weekdays.length === 1 ? [days[1]!] : days;
}

function pickDistinct(rng: Rng, n: number, count: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, n)) chosen.add(rng.int(n));
  return [...chosen];
}

/** A year of 정보화교육 ending with next month's class, relative to `today` ('2024-09-02'). */
export function generateTrainingDemo(today: string, seed = 20240902): TrainingDemo {
  const rng = createRng(seed ^ 0x7a11);
  const todayDay = toDay(today);
  const out: TrainingDemo = {
    venues: VENUES.map((v) => ({ ...v })),
    courses: COURSES.map((c) => ({ ...c, passRate: 80 })),
    instructors: INSTRUCTORS.map((i) => ({ ...i, note: '예시 데이터' })),
    trainees: [],
    classes: [],
    sessions: [],
    enrolments: [],
    attendance: [],
  };
  for (let i = 0; i < TRAINEES; i++) {
    const elder = i % 3 !== 2;
    out.trainees.push({
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`,
      phone: `010-0000-${String(i + 1).padStart(4, '0')}`,
      birthDate: `${elder ? rng.between(1940, 1962) : rng.between(1965, 2010)}-${pad(rng.between(1, 12))}-${pad(rng.between(1, 28))}`,
      kind: '구민',
      address: rng.pick(DONG),
      consentOn: iso(todayDay - 400),
    });
  }
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const runs = new Map<number, number>();
  for (let m = -11; m <= 1; m++) {
    const y = year + Math.floor((month + m) / 12);
    const mm = (((month + m) % 12) + 12) % 12;
    for (const p of PLAN) {
      if ((((m + 11) % p.every) + p.every) % p.every !== p.offset % p.every) continue;
      const days = meetingDays(y, mm, p.weekdays);
      const course = COURSES[p.course]!;
      const n = (runs.get(p.course) ?? 0) + 1;
      runs.set(p.course, n);
      const start = days[0]!;
      const end = days.at(-1)!;
      const status = end < todayDay ? '종료' : start <= todayDay ? '교육 중' : '모집 중';
      const oneDay = p.weekdays.length === 1;
      const name = oneDay ? `${course.name} ${y}년 ${mm + 1}월 ${VENUES[p.venue]!.name.split(' ')[0]}` : `${course.name} ${n}기`;
      const classIndex = out.classes.length;
      out.classes.push({
        courseIndex: p.course,
        venueIndex: p.venue,
        values: { name, room: p.room, instructor: INSTRUCTORS[p.instructor]!.name, status, startOn: iso(start), endOn: iso(end), weekdays: p.weekdays, startsAt: p.hours[0], endsAt: p.hours[1], capacity: p.capacity, waitCapacity: 5 },
      });
      const sessionIndexes = days.map((d, i) => {
        out.sessions.push({ classIndex, values: { heldOn: iso(d), topic: oneDay ? '키오스크 주문 연습' : `${i + 1}회차` } });
        return { index: out.sessions.length - 1, held: d <= todayDay };
      });
      // Next month's class is full with a waiting list; earlier ones had 12 to capacity.
      const applicants = status === '모집 중' ? p.capacity + 3 : rng.between(Math.min(12, p.capacity), p.capacity);
      const applied = pickDistinct(rng, TRAINEES, applicants)
        .map((t) => ({ t, at: start - rng.between(3, 25) + rng.next() }))
        .sort((a, b) => a.at - b.at);
      applied.forEach(({ t, at }, order) => {
        const minutes = Math.floor((at % 1) * 8 * 60);
        const appliedAt = `${iso(Math.floor(at))}T${pad(9 + Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
        const r = rng.next();
        const state = status === '모집 중' ? (order < p.capacity ? '수강' : '대기') : r < 0.07 ? '취소' : status === '교육 중' ? '수강' : r < 0.88 ? '수료' : '미수료';
        const enrolmentIndex = out.enrolments.length;
        out.enrolments.push({ classIndex, traineeIndex: t, values: { appliedAt, status: state, note: '' } });
        if (state === '취소' || state === '대기') return;
        // 수료 missed at most one held session (≥ 80%); 미수료 missed several.
        const held = sessionIndexes.filter((s) => s.held);
        const absent = new Set(state === '미수료' ? pickDistinct(rng, held.length, Math.max(1, Math.ceil(held.length * 0.4))) : state === '수료' && held.length > 4 && rng.chance(0.3) ? [rng.int(held.length)] : state === '수강' && rng.chance(0.1) ? [rng.int(Math.max(1, held.length))] : []);
        held.forEach((s, i) => {
          const mark = absent.has(i) ? (rng.chance(0.2) ? '공결' : '결석') : rng.chance(0.06) ? '지각' : '출석';
          out.attendance.push({ sessionIndex: s.index, enrolmentIndex, mark: state === '수료' && mark === '공결' ? '결석' : mark });
        });
      });
    }
  }
  return out;
}
