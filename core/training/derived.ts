/**
 * The 정보화교육 derived values (docs/TRAINING.md), each computed for a whole page in one query:
 * 수강신청's 대기 순번 (1, 2, … by 신청일시 among the class's 대기), 출석률 (shared attendanceRate over
 * the sessions held by today, Korea time) and 수료 가능 (canComplete by the course's 수료 기준);
 * 교육반's 수강 인원 ('12/20'). A 10,000-row list costs three queries, not 30,000.
 */
import { attendanceRate, canComplete } from '../../shared/domain/training/completion.ts';
import type { Db } from '../db/open.ts';
import { derivedPages, type PageDeriver } from '../records/derived-values.ts';
import type { RecordStore, StoredRecord } from '../records/record-store.ts';
import type { FlatDerived } from '../records/flat-registers.ts';
import { koreaToday } from './korea-today.ts';

const idsJson = (records: readonly StoredRecord[]) => JSON.stringify(records.map((r) => r.id));

function enrolmentValues(db: Db, enrolments: RecordStore, today: () => string): PageDeriver<StoredRecord> {
  // 대기 순번 over every 대기 of the page's classes (a page may hold one 대기 of a long list).
  const waiting = db.prepare<[string], { id: string; n: number }>(
    `SELECT id, row_number() OVER (PARTITION BY class_id ORDER BY applied_at, created_at, id) AS n
       FROM enrolments WHERE status = '대기' AND deleted_at IS NULL
        AND class_id IN (SELECT class_id FROM enrolments WHERE id IN (SELECT value FROM json_each(?)))`,
  );
  // Held sessions of the class and this enrolment's marks at them; the course's 수료 기준.
  const attendance = db.prepare<{ ids: string; today: string }, { id: string; held: number; marks: string; pass_rate: number | null }>(
    `SELECT e.id,
            (SELECT count(*) FROM sessions s WHERE s.class_id = e.class_id AND s.deleted_at IS NULL AND s.held_on <= @today) AS held,
            (SELECT json_group_array(a.mark) FROM attendance a JOIN sessions s ON s.id = a.session_id AND s.deleted_at IS NULL AND s.held_on <= @today
              WHERE a.enrolment_id = e.id AND a.deleted_at IS NULL) AS marks,
            k.pass_rate
       FROM enrolments e LEFT JOIN classes c ON c.id = e.class_id LEFT JOIN courses k ON k.id = c.course_id
      WHERE e.id IN (SELECT value FROM json_each(@ids))`,
  );
  // Both attendance values come from one query per page, kept for the second computation.
  let last: { records: readonly StoredRecord[]; rates: Map<string, { rate: number | undefined; pass: number | undefined }> } | undefined;
  const ratesOf = (records: readonly StoredRecord[]) => {
    if (last?.records === records) return last.rates;
    const rates = new Map<string, { rate: number | undefined; pass: number | undefined }>();
    for (const row of attendance.all({ ids: idsJson(records), today: today() })) {
      rates.set(row.id, { rate: attendanceRate(JSON.parse(row.marks) as string[], row.held), pass: row.pass_rate ?? undefined });
    }
    last = { records, rates };
    return rates;
  };
  return derivedPages<StoredRecord>(enrolments.spec, {
    waitingNo: (records) => new Map(waiting.all(idsJson(records)).map((r) => [r.id, r.n])),
    attendanceRate: (records) => new Map([...ratesOf(records)].map(([id, r]) => [id, r.rate ?? null])),
    canComplete: (records) => new Map([...ratesOf(records)].map(([id, r]) => [id, r.rate === undefined ? '' : canComplete(r.rate, r.pass) ? '예' : '아니요'])),
  });
}

function classValues(db: Db, classes: RecordStore): PageDeriver<StoredRecord> {
  const seats = db.prepare<[string], { id: string; taken: number; capacity: number }>(
    `SELECT c.id, (SELECT count(*) FROM enrolments e WHERE e.class_id = c.id AND e.status = '수강' AND e.deleted_at IS NULL) AS taken, c.capacity
       FROM classes c WHERE c.id IN (SELECT value FROM json_each(?))`,
  );
  return derivedPages<StoredRecord>(classes.spec, {
    seatsTaken: (records) => new Map(seats.all(idsJson(records)).map((r) => [r.id, `${r.taken.toLocaleString('ko-KR')}/${r.capacity.toLocaleString('ko-KR')}`])),
  });
}

export function trainingDerived(db: Db, stores: Readonly<Record<string, RecordStore>>, today: () => string = () => koreaToday()): FlatDerived {
  const { enrolments, classes } = stores;
  if (!enrolments || !classes) return {};
  return { enrolments: enrolmentValues(db, enrolments, today), classes: classValues(db, classes) };
}
