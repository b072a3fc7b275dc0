/**
 * 이중 예약: two 교육회차 in the same 교육장 강의실 on the same day with overlapping times. A write
 * that would make one (a new or moved session, or a class whose 교육장/강의실/시각 change moves its
 * sessions) is refused, naming the other class and time; two PCs booking the room apart both
 * keep their sessions, and the merged clash is a 확인할 항목 until one is moved.
 */
import { AppError } from '../../shared/api/errors.ts';
import { topicParticle, withParticle } from '../../shared/text/particle.ts';
import type { Db } from '../db/open.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { CrossRecordRule, RuleViolation } from '../records/rules/cross-record-rule.ts';
import { clashingMeeting, MEETINGS, placeName, whenText, type Meeting } from './schedule-sql.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function refuse(db: Db, venueId: string, room: string, other: Meeting): never {
  throw new AppError('conflict', `${withParticle(placeName(db, venueId, room), topicParticle)} ${whenText(other.held_on, other.starts_at, other.ends_at)}에 ${other.class_name} 수업이 있습니다. 다른 강의실이나 시간을 고르세요.`);
}

interface ClassPlace {
  venue_id: string | null;
  room: string;
  starts_at: string;
  ends_at: string;
}

export function doubleBookingRules(sessions: RecordStore, classes: RecordStore): CrossRecordRule[] {
  const message = '한 교육장 강의실에 같은 시간 두 수업을 잡을 수 없습니다';
  const classPlace = (db: Db, id: string) => db.prepare<[string], ClassPlace>('SELECT venue_id, room, starts_at, ends_at FROM classes WHERE id = ? AND deleted_at IS NULL').get(id);

  const onSessions: CrossRecordRule = {
    name: 'double-booking',
    register: sessions.spec.name,
    message,
    check(db, write) {
      if (write.change === 'delete') return;
      const v = write.values;
      const cls = classPlace(db, str(v.classId));
      if (!cls?.venue_id) return;
      const room = str(v.room) || cls.room;
      const startsAt = str(v.startsAt) || cls.starts_at;
      const endsAt = str(v.endsAt) || cls.ends_at;
      if (!startsAt || !endsAt || !str(v.heldOn)) return;
      const other = clashingMeeting(db, { venueId: cls.venue_id, room, heldOn: str(v.heldOn), startsAt, endsAt, exceptIds: write.id ? [write.id] : [] });
      if (other) refuse(db, cls.venue_id, room, other);
    },
    recheck(db, ids) {
      const pairs = db
        .prepare<[], { a: string; b: string; venue_id: string; room: string; held_on: string; a_name: string; b_name: string; a_start: string; a_end: string; b_start: string; b_end: string }>(
          `WITH m AS (${MEETINGS})
           SELECT a.id AS a, b.id AS b, a.venue_id, a.room, a.held_on, a.class_name AS a_name, b.class_name AS b_name,
                  a.starts_at AS a_start, a.ends_at AS a_end, b.starts_at AS b_start, b.ends_at AS b_end
             FROM m a JOIN m b ON b.venue_id = a.venue_id AND b.room = a.room AND b.held_on = a.held_on AND a.id < b.id
              AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
            ORDER BY a.held_on, a.id, b.id`,
        )
        .all();
      const out: RuleViolation[] = [];
      for (const p of pairs) {
        if (ids && !ids.includes(p.a) && !ids.includes(p.b)) continue;
        const place = placeName(db, p.venue_id, p.room);
        out.push({
          key: `double-booking:${p.a}:${p.b}`,
          message: `이중 예약: ${place} ${whenText(p.held_on, p.a_start, p.a_end)} ${p.a_name} 수업과 ${p.b_start}~${p.b_end} ${p.b_name} 수업이 겹칩니다. 한 수업의 강의실이나 시간을 바꾸세요.`,
          records: [
            { register: sessions.spec.name, id: p.a, label: `${p.a_name} ${whenText(p.held_on, p.a_start, p.a_end)}` },
            { register: sessions.spec.name, id: p.b, label: `${p.b_name} ${whenText(p.held_on, p.b_start, p.b_end)}` },
          ],
        });
      }
      return out;
    },
  };

  const onClasses: CrossRecordRule = {
    name: 'double-booking',
    register: classes.spec.name,
    message,
    // A class moved to another 교육장/강의실/시각 moves every session that takes its place or hours.
    check(db, write) {
      if (write.change !== 'update' || !write.id || !write.current) return;
      const v = write.values;
      const moved = ['venueId', 'room', 'startsAt', 'endsAt'].some((k) => v[k] !== write.current![k]);
      const venueId = str(v.venueId);
      if (!moved || !venueId) return;
      const own = db
        .prepare<[string], { id: string; held_on: string; room: string; starts_at: string; ends_at: string }>('SELECT id, held_on, room, starts_at, ends_at FROM sessions WHERE class_id = ? AND deleted_at IS NULL ORDER BY held_on, id')
        .all(write.id);
      const ownIds = own.map((s) => s.id);
      for (const s of own) {
        const room = s.room || str(v.room);
        const startsAt = s.starts_at || str(v.startsAt);
        const endsAt = s.ends_at || str(v.endsAt);
        if (!startsAt || !endsAt) continue;
        const other = clashingMeeting(db, { venueId, room, heldOn: s.held_on, startsAt, endsAt, exceptIds: ownIds });
        if (other) refuse(db, venueId, room, other);
      }
    },
    // The clash itself is listed once, by the sessions' rule.
    recheck: () => [],
  };

  return [onSessions, onClasses];
}
