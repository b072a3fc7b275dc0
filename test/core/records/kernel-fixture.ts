/**
 * Throwaway registers for the kernel tests (정보화교육 shaped: course → classes → enrolments),
 * defined as a new register would be, over a real SQLite file whose tables come from
 * createTableSql, as the register's migration would hold them.
 */
import path from 'node:path';
import { defineRegister } from '../../../shared/registers/define.ts';
import { asSpec } from '../../../shared/registers/define.ts';
import { openDatabase, type Db } from '../../../core/db/open.ts';
import { recordStore, type RecordStore } from '../../../core/records/record-store.ts';
import { createTableSql } from '../../../core/records/table-sql.ts';
import { linksRepository } from '../../../core/records/links-repository.ts';
import { refLinks } from '../../../core/records/ref-links.ts';
import { parentRules } from '../../../core/records/parent-rules.ts';
import { flatRegisterService } from '../../../core/records/flat-register.ts';
import type { RegisterService } from '../../../core/records/register-service.ts';
import { tempDir } from '../temp-core.ts';
import { flatRepository } from '../../../core/records/flat-repository.ts';
import { flatRegisterHandlers } from '../../../core/records/flat-handlers.ts';
import { historyRepository } from '../../../core/records/history-repository.ts';
import { capacityRule } from '../../../core/records/rules/capacity.ts';
import type { CrossRecordRule } from '../../../core/records/rules/cross-record-rule.ts';
import { accessLogRepository } from '../../../core/personal/access-log.ts';

export const coursesDef = defineRegister({
  name: 'courses',
  label: '교육과정',
  table: 'test_courses',
  schemaVersion: 1,
  naturalKey: ['name'],
  display: 'name',
  fields: [
    { key: 'name', label: '과정명', kind: 'text', required: true, maxLength: 100, aliases: ['과정'] },
    { key: 'fee', label: '수강료', kind: 'money', aliases: ['교육비'] },
    { key: 'openMonth', label: '개설월', kind: 'month' },
  ],
});

export const classesDef = defineRegister({
  name: 'classes',
  label: '반',
  table: 'test_classes',
  schemaVersion: 1,
  naturalKey: ['courseId', 'name'],
  display: 'name',
  parent: { register: 'courses', field: 'courseId', onDelete: 'cascade' },
  fields: [
    { key: 'courseId', label: '과정', kind: 'ref', target: 'courses' },
    { key: 'name', label: '반 이름', kind: 'text', required: true, maxLength: 50 },
    { key: 'startsAt', label: '개강 일시', kind: 'datetime' },
    { key: 'dailyAt', label: '수업 시각', kind: 'time' },
    { key: 'capacity', label: '정원', kind: 'integer', default: 20 },
  ],
});

export const enrolmentsDef = defineRegister({
  name: 'enrolments',
  label: '수강신청',
  table: 'test_enrolments',
  schemaVersion: 1,
  naturalKey: ['classId', 'applicant'],
  display: 'applicant',
  parent: { register: 'classes', field: 'classId', onDelete: 'refuse' },
  fields: [
    { key: 'classId', label: '반', kind: 'ref', target: 'classes' },
    { key: 'applicant', label: '신청자', kind: 'text', required: true, maxLength: 50, personal: 'name' },
    { key: 'phone', label: '연락처', kind: 'text', maxLength: 20, personal: 'phone' },
    { key: 'disability', label: '장애 여부', kind: 'text', maxLength: 50, personal: 'sensitive' },
    { key: 'note', label: '비고', kind: 'longText', maxLength: 500 },
    { key: 'status', label: '상태', kind: 'enum', options: ['수강', '대기', '취소'], default: '수강' },
  ],
  derived: [{ key: 'waitPosition', label: '대기 순번', kind: 'integer' }],
});

export const DEFS = [coursesDef, classesDef, enrolmentsDef] as const;

export interface KernelFixture {
  db: Db;
  stores: Record<string, RecordStore>;
  services: Record<string, RegisterService<Record<string, unknown>>>;
  links: ReturnType<typeof refLinks>;
  /** The cross-record rules of the three registers (정원 on enrolments). */
  rules: CrossRecordRule[];
  /** Every contract operation of the three registers, as the core would route them ('courses.create' …). */
  call(op: string, args: Record<string, unknown>): Promise<unknown>;
  dispose(): void;
}

export function openKernelFixture(): KernelFixture {
  const { dir, remove } = tempDir('gudesk-kernel-');
  const db = openDatabase(path.join(dir, 'kernel.sqlite'));
  for (const def of DEFS) db.exec(createTableSql(def));
  const stores = Object.fromEntries(DEFS.map((d) => [d.name, recordStore(db, asSpec(d as never))]));
  const repo = linksRepository(db);
  const links = refLinks(repo, (name) => stores[name]?.spec);
  const parents = parentRules(repo, () => Object.values(stores).map((store) => ({ spec: store.spec, store })));
  const rules = [
    capacityRule({
      child: stores.enrolments!,
      parent: stores.classes!,
      parentField: 'classId',
      capacityField: 'capacity',
      statusField: 'status',
      seated: '수강',
      waiting: '대기',
      nameOf: (r) => String(r.applicant),
    }),
  ];
  const services = Object.fromEntries(DEFS.map((d) => [d.name, flatRegisterService(db, stores[d.name]!, d as never, repo, { links, parents, rules })]));
  const handlers = Object.assign(
    {},
    ...DEFS.map((d) =>
      flatRegisterHandlers({
        db,
        store: stores[d.name]!,
        repo: flatRepository(db, stores[d.name]!, links),
        service: services[d.name]!,
        history: historyRepository(db),
        links,
        accessLog: accessLogRepository(db),
      }),
    ),
  ) as Record<string, (args: Record<string, unknown>, ctx: { actor: string }) => unknown>;
  return {
    db,
    stores,
    services,
    links,
    rules,
    call: async (op, args) => handlers[op]!(args, { actor: '홍길동' }),
    dispose() {
      db.close();
      remove();
    },
  };
}
