/**
 * 파기 (destruction of personal data, docs/PERSONAL-DATA.md): who is due — past their register's
 * retention after their last activity — and erasing them. Erasing a record sets every personal
 * field to its empty value, marks the record destroyed (its personal fields can never be written
 * again, here or through sync), and erases the old values from its history, conflict marks and
 * set-aside copies; the record itself stays, so enrolments and statistics still count the 명.
 * One transaction per 파기, one access-log line with the count and no names or values.
 */
import type { Db } from '../../db/open.ts';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { erasableFields, erasedPatch } from '../../../shared/personal/erased.ts';
import { personLabel } from '../../../shared/personal/personal-record.ts';
import { DESTROYED_FIELD } from '../../../shared/sync/protocol.ts';
import type { RecordStore } from '../../records/record-store.ts';
import { stampNow } from '../../records/ids.ts';
import type { SettingsRepository } from '../../settings/settings-repository.ts';
import { syncCapture } from '../../sync/capture.ts';
import type { AccessLogRepository } from '../access-log.ts';
import { destroyedRepository } from './destroyed-repository.ts';
import { addYears, lastActivities, retentionYears } from './retention.ts';
import type { DestroyPlan, DestroyPlanRow, DestroyResult } from '../../../shared/personal/destroy.ts';

export interface DestroyDeps {
  db: Db;
  stores: Readonly<Record<string, RecordStore>>;
  settings: SettingsRepository;
  accessLog: AccessLogRepository;
}

export interface DestroyOrder {
  register: string;
  /** The admin's order: these records, due or not. */
  ids?: readonly string[];
  /** Everything past its retention. */
  due?: boolean;
  reason: string;
}

/** Today in Korean time (the office's calendar), YYYY-MM-DD. */
export function kstToday(now = Date.now()): string {
  return new Date(now + 9 * 3_600_000).toISOString().slice(0, 10);
}

export function destroyService(d: DestroyDeps) {
  const destroyed = destroyedRepository(d.db);
  const capture = syncCapture(d.db);
  const retained = (): RecordStore[] => Object.values(d.stores).filter((s) => s.spec.retention !== undefined && erasableFields(s.spec).length > 0);

  function storeOf(register: string): RecordStore {
    const store = d.stores[register];
    if (!store || erasableFields(store.spec).length === 0) throw new AppError('invalid_input', `'${register}' 대장에는 파기할 개인정보가 없습니다.`);
    return store;
  }

  function dueRows(store: RecordStore, today: string): DestroyPlanRow[] {
    const spec = store.spec;
    const years = retentionYears(spec, d.settings);
    const rows: DestroyPlanRow[] = [];
    for (const { id, last } of lastActivities(d.db, spec)()) {
      const dueOn = addYears(last, years);
      if (dueOn > today) continue;
      const rec = store.get(id);
      if (!rec) continue;
      rows.push({ register: spec.name, id, name: personLabel(spec, rec), lastActivity: last, dueOn, deleted: rec.deletedAt !== null });
    }
    return rows;
  }

  /** Erases one record (inside the caller's transaction); false if it was destroyed already. */
  function erase(spec: RegisterSpec, store: RecordStore, id: string, stamp: ReturnType<typeof stampNow>): { history: number; conflicts: number } | undefined {
    if (destroyed.has(spec.name, id)) return undefined;
    store.update(id, erasedPatch(spec), stamp, { erasing: true });
    let hlc = '';
    if (capture.enabled) {
      hlc = capture.stampFor(stamp.batchId);
      capture.queue({ register: spec.name, recordId: id, hlc, schema: spec.schemaVersion, fields: { [DESTROYED_FIELD]: true, _at: stamp.at, _by: stamp.actor } });
    }
    destroyed.mark(spec.name, id, stamp.at, hlc);
    return destroyed.eraseTraces(spec.name, id, erasableFields(spec).map((f) => f.key));
  }

  return {
    /** Who is due, per register (all registers with a retention, or one). Changes nothing. */
    plan(register?: string, today = kstToday()): DestroyPlan {
      const stores = register ? [storeOf(register)] : retained();
      const registers = stores.map((store) => {
        const rows = dueRows(store, today);
        return { register: store.spec.name, label: store.spec.label, years: retentionYears(store.spec, d.settings), count: rows.length, rows };
      });
      return { today, registers, count: registers.reduce((n, r) => n + r.count, 0) };
    },

    destroy(order: DestroyOrder, actor: string, today = kstToday()): DestroyResult {
      const reason = order.reason.trim();
      if (reason.length < 2) throw new AppError('invalid_input', '파기 사유를 적어 주세요 (2자 이상). 파기는 사유와 함께 접속기록에 남습니다.');
      const store = storeOf(order.register);
      const spec = store.spec;
      if (!order.due && (!order.ids || order.ids.length === 0)) throw new AppError('invalid_input', '파기할 기록을 고르거나 보유 기간이 지난 기록 전부(--due)를 고르세요.');
      const ids = order.due ? dueRows(store, today).map((r) => r.id) : [...new Set(order.ids)];
      if (ids.length === 0) throw new AppError('invalid_input', `보유 기간이 지난 ${spec.label} 기록이 없습니다. 아무것도 파기하지 않았습니다.`);
      const stamp = stampNow(actor);
      return d.db.transaction(() => {
        let count = 0;
        let history = 0;
        let conflicts = 0;
        for (const id of ids) {
          store.require(id);
          const out = erase(spec, store, id, stamp);
          if (!out) continue;
          count++;
          history += out.history;
          conflicts += out.conflicts;
        }
        if (count === 0) throw new AppError('invalid_input', `고른 ${spec.label} 기록은 이미 파기되었습니다. 아무것도 바꾸지 않았습니다.`);
        d.accessLog.record({ register: spec.name, action: 'destroy', reason, count, field: `이력 ${history}건, 충돌 ${conflicts}건` }, actor);
        return { register: spec.name, count, history, conflicts, batchId: stamp.batchId };
      })();
    },

    isDestroyed: (register: string, id: string) => destroyed.has(register, id),
  };
}

export type DestroyService = ReturnType<typeof destroyService>;
