/**
 * The 정보화교육 rules spanning records (docs/TRAINING.md): 정원 on 수강신청 — the next one goes to
 * 대기, a cancelled 수강 promotes the first 대기 by 신청일시, an over-full class after a merge is a
 * 확인할 항목; no new 수강/대기 in an ended class; a warning for a trainee in two classes at the same
 * time; no two sessions in one 교육장 강의실 at the same time (double-booking.ts). One enrolment per trainee and class is the register's natural key (twins after a merge
 * are already review items).
 */
import { maskName } from '../../shared/personal/mask.ts';
import type { RecordStore } from '../records/record-store.ts';
import { capacityRule } from '../records/rules/capacity.ts';
import type { CrossRecordRule } from '../records/rules/cross-record-rule.ts';
import { doubleBookingRules } from './double-booking.ts';
import { enrolmentRules } from './enrolment-rules.ts';

export function trainingRules(stores: Readonly<Record<string, RecordStore>>): CrossRecordRule[] {
  const { enrolments, classes, trainees, sessions } = stores;
  if (!enrolments || !classes || !trainees || !sessions) return [];
  return [
    capacityRule({
      child: enrolments,
      parent: classes,
      parentField: 'classId',
      capacityField: 'capacity',
      statusField: 'status',
      seated: '수강',
      waiting: '대기',
      orderField: 'appliedAt',
      // Messages and review items show the trainee masked, as every list does (김*용).
      nameOf: (e) => {
        const t = typeof e.traineeId === 'string' && trainees.row(e.traineeId) ? trainees.require(e.traineeId) : undefined;
        return t ? maskName(String(t.name ?? '')) : '(알 수 없는 수강생)';
      },
    }),
    ...enrolmentRules(enrolments, trainees),
    ...doubleBookingRules(sessions, classes),
  ];
}
