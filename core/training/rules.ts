/**
 * The 정보화교육 rules spanning records (docs/TRAINING.md): 정원 on 수강신청 — the next one goes to
 * 대기, a cancelled 수강 promotes the first 대기 by 신청일시, an over-full class after a merge is a
 * 확인할 항목. One enrolment per trainee and class is the register's natural key (twins after a merge
 * are already review items).
 */
import { maskName } from '../../shared/personal/mask.ts';
import type { RecordStore } from '../records/record-store.ts';
import { capacityRule } from '../records/rules/capacity.ts';
import type { CrossRecordRule } from '../records/rules/cross-record-rule.ts';

export function trainingRules(stores: Readonly<Record<string, RecordStore>>): CrossRecordRule[] {
  const { enrolments, classes, trainees } = stores;
  if (!enrolments || !classes || !trainees) return [];
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
  ];
}
