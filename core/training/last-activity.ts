/**
 * 수강생's last activity, the date their 보유 기간 runs from (retention `after: 'lastClass'`,
 * docs/TRAINING.md 'Destruction'): the latest 종료일 (else 시작일) of any class they have a live
 * enrolment in; a trainee who never enrolled counts from the day their record was created. Deleted
 * trainees (휴지통) are included: their data is still kept until 파기. Already destroyed ones are not.
 */
import type { Db } from '../db/open.ts';

export interface LastActivity {
  id: string;
  /** YYYY-MM-DD */
  last: string;
}

export function traineesLastClass(db: Db): () => LastActivity[] {
  const rows = db.prepare<[], LastActivity>(
    `SELECT t.id AS id,
            coalesce(
              (SELECT max(CASE WHEN c.end_on != '' THEN c.end_on ELSE c.start_on END)
                 FROM enrolments e JOIN classes c ON c.id = e.class_id
                WHERE e.trainee_id = t.id AND e.deleted_at IS NULL),
              substr(t.created_at, 1, 10)) AS last
       FROM trainees t
      WHERE NOT EXISTS (SELECT 1 FROM destroyed_records d WHERE d.register = 'trainees' AND d.record_id = t.id)
      ORDER BY last, t.id`,
  );
  return () => rows.all();
}

/**
 * 강사's last activity (retention `after: 'lastTaught'`): the latest 종료일 (else 시작일) of a live
 * class whose 강사 is their name (a class keeps its 강사 as text), else their record's creation day.
 */
export function instructorsLastTaught(db: Db): () => LastActivity[] {
  const rows = db.prepare<[], LastActivity>(
    `SELECT i.id AS id,
            coalesce(
              (SELECT max(CASE WHEN c.end_on != '' THEN c.end_on ELSE c.start_on END)
                 FROM classes c
                WHERE c.instructor = i.name AND i.name != '' AND c.deleted_at IS NULL),
              substr(i.created_at, 1, 10)) AS last
       FROM instructors i
      WHERE NOT EXISTS (SELECT 1 FROM destroyed_records d WHERE d.register = 'instructors' AND d.record_id = i.id)
      ORDER BY last, i.id`,
  );
  return () => rows.all();
}
