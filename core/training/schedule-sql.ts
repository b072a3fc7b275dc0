/**
 * Where and when a 교육회차 meets, as SQL: the session's own 강의실 and times, else its class's
 * (a session typed without times meets at the class's hours). One definition for the double
 * booking rule's check and its re-check, so the two never disagree.
 */
import type { Db } from '../db/open.ts';
import { formatKoreanDate } from '../../shared/text/korean-date.ts';

/** Live sessions of live classes with a 교육장, each with its effective room and times. */
export const MEETINGS = `
  SELECT s.id AS id, s.class_id AS class_id, s.held_on AS held_on, c.venue_id AS venue_id, c.name AS class_name,
         coalesce(nullif(s.room, ''), c.room) AS room,
         coalesce(nullif(s.starts_at, ''), nullif(c.starts_at, '')) AS starts_at,
         coalesce(nullif(s.ends_at, ''), nullif(c.ends_at, '')) AS ends_at
    FROM sessions s JOIN classes c ON c.id = s.class_id AND c.deleted_at IS NULL
   WHERE s.deleted_at IS NULL AND c.venue_id IS NOT NULL`;

export interface Meeting {
  id: string;
  class_id: string;
  held_on: string;
  venue_id: string;
  class_name: string;
  room: string;
  starts_at: string | null;
  ends_at: string | null;
}

/** The first other meeting in the same 교육장 강의실 on the same day overlapping [start, end). */
export function clashingMeeting(db: Db, m: { venueId: string; room: string; heldOn: string; startsAt: string; endsAt: string; exceptIds: readonly string[] }): Meeting | undefined {
  const except = m.exceptIds.length > 0 ? `AND id NOT IN (${m.exceptIds.map(() => '?').join(', ')})` : '';
  return db
    .prepare<unknown[], Meeting>(
      `SELECT * FROM (${MEETINGS}) WHERE venue_id = ? AND room = ? AND held_on = ? AND starts_at < ? AND ? < ends_at ${except} ORDER BY starts_at, id LIMIT 1`,
    )
    .get(m.venueId, m.room, m.heldOn, m.endsAt, m.startsAt, ...m.exceptIds);
}

/** '제1정보문화센터 301호' (the 교육장 alone when no 강의실 is named). */
export function placeName(db: Db, venueId: string, room: string): string {
  const venue = db.prepare<[string], string>('SELECT name FROM venues WHERE id = ?').pluck().get(venueId) ?? '(알 수 없는 교육장)';
  return room ? `${venue} ${room}` : venue;
}

/** '2024. 9. 2. 10:00~12:00' */
export function whenText(heldOn: string, startsAt: string | null, endsAt: string | null): string {
  return `${formatKoreanDate(heldOn)} ${startsAt ?? ''}~${endsAt ?? ''}`;
}
