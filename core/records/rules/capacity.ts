/**
 * 정원: the seated children of a parent (수강 enrolments of a class) never exceed its capacity on
 * a write. One more is put on the waiting list instead (and told so); a seat that is freed (a 수강
 * cancelled or deleted) goes to the first waiting one by the order field, in the same batch, so
 * one undo reverts both. Two PCs taking the last seat while apart both keep it: the merge is not
 * refused, and the over-full parent is a review item naming the later applicants.
 */
import type { Db } from '../../db/open.ts';
import type { RecordStore } from '../record-store.ts';
import { columnName } from '../columns.ts';
import type { CrossRecordRule, RuleViolation } from './cross-record-rule.ts';

export interface CapacityOptions {
  /** The children counted (enrolments) and the parent holding the capacity (classes). */
  child: RecordStore;
  parent: RecordStore;
  /** The child's link to its parent ('classId'), the parent's capacity field ('capacity'). */
  parentField: string;
  capacityField: string;
  /** The child's state field and the states that take a seat / wait. */
  statusField: string;
  seated: string;
  waiting: string;
  /** Who applied first ('appliedAt'); without it, the order the records were typed. */
  orderField?: string;
  /** How a child is named in messages ('김*용'): masked personal names stay masked. */
  nameOf(child: Readonly<Record<string, unknown>>): string;
}

export function capacityRule(o: CapacityOptions): CrossRecordRule {
  const c = { table: o.child.spec.table, link: columnName(o.parentField), status: columnName(o.statusField) };
  const order = o.orderField ? `${columnName(o.orderField)}, created_at, id` : 'created_at, id';
  const p = { table: o.parent.spec.table, capacity: columnName(o.capacityField) };
  const live = `deleted_at IS NULL`;
  return {
    name: 'capacity',
    register: o.child.spec.name,
    message: `${o.seated} 인원은 ${o.parent.spec.label}의 정원을 넘을 수 없습니다`,

    check(db, write) {
      const parentId = write.values[o.parentField];
      if (write.values[o.statusField] !== o.seated || typeof parentId !== 'string') return;
      // An edit that keeps its seat in the same parent takes no new seat.
      if (write.change === 'update' && write.current?.[o.statusField] === o.seated && write.current[o.parentField] === parentId) return;
      const capacity = capacityOf(db, parentId);
      if (capacity === undefined) return;
      const seated = db
        .prepare<[string, string], number>(`SELECT count(*) FROM ${c.table} WHERE ${c.link} = ? AND ${c.status} = '${o.seated}' AND id != ? AND ${live}`)
        .pluck()
        .get(parentId, write.id ?? '')!;
      if (seated < capacity) return;
      const waiting = db.prepare<[string, string], number>(`SELECT count(*) FROM ${c.table} WHERE ${c.link} = ? AND ${c.status} = '${o.waiting}' AND id != ? AND ${live}`).pluck().get(parentId, write.id ?? '')!;
      return {
        values: { [o.statusField]: o.waiting },
        note: `정원 ${capacity.toLocaleString('ko-KR')}명이 모두 차서 ${o.waiting} ${(waiting + 1).toLocaleString('ko-KR')}번으로 ${write.change === 'create' ? '신청했습니다' : '바꿨습니다'}.`,
      };
    },

    after(db, write) {
      // A seat freed: this record left 수강 (cancelled, moved to another parent, deleted).
      const before = write.current;
      if (!before || before[o.statusField] !== o.seated || typeof before[o.parentField] !== 'string') return;
      const still = write.change !== 'delete' && write.values[o.statusField] === o.seated && write.values[o.parentField] === before[o.parentField];
      if (still) return;
      const parentId = before[o.parentField] as string;
      const capacity = capacityOf(db, parentId);
      if (capacity === undefined) return;
      const seated = db.prepare<[string], number>(`SELECT count(*) FROM ${c.table} WHERE ${c.link} = ? AND ${c.status} = '${o.seated}' AND ${live}`).pluck().get(parentId)!;
      if (seated >= capacity) return;
      const first = db.prepare<[string], string>(`SELECT id FROM ${c.table} WHERE ${c.link} = ? AND ${c.status} = '${o.waiting}' AND ${live} ORDER BY ${order} LIMIT 1`).pluck().get(parentId);
      if (!first) return;
      o.child.update(first, { [o.statusField]: o.seated }, write.stamp);
      return `${o.waiting} 1번 ${o.nameOf(o.child.require(first))}님이 ${o.seated}(으)로 올라갔습니다.`;
    },

    recheck(db, ids) {
      const over = db
        .prepare<[], { parent_id: string; seated: number; capacity: number }>(
          `SELECT c.${c.link} AS parent_id, count(*) AS seated, p.${p.capacity} AS capacity
             FROM ${c.table} c JOIN ${p.table} p ON p.id = c.${c.link} AND p.${live}
            WHERE c.${c.status} = '${o.seated}' AND c.${live}
            GROUP BY c.${c.link} HAVING count(*) > p.${p.capacity}`,
        )
        .all();
      const seatedOf = db.prepare<[string], string>(`SELECT id FROM ${c.table} WHERE ${c.link} = ? AND ${c.status} = '${o.seated}' AND ${live} ORDER BY ${order}`).pluck();
      const out: RuleViolation[] = [];
      for (const row of over) {
        const seated = seatedOf.all(row.parent_id);
        const late = seated.slice(row.capacity);
        if (ids && !ids.includes(row.parent_id) && !seated.some((id) => ids.includes(id))) continue;
        const parent = o.parent.require(row.parent_id);
        const parentName = String(parent[o.parent.spec.display ?? 'name'] ?? '');
        const lateNames = late.map((id) => o.nameOf(o.child.require(id)));
        out.push({
          key: `capacity:${row.parent_id}`,
          message: `정원 초과: ${parentName} ${row.seated.toLocaleString('ko-KR')}/${row.capacity.toLocaleString('ko-KR')}명 — 나중에 신청한 ${lateNames.join(', ')}. 한 명을 ${o.waiting}(으)로 바꾸거나 정원을 늘리세요.`,
          records: [
            { register: o.parent.spec.name, id: row.parent_id, label: parentName },
            ...late.map((id, i) => ({ register: o.child.spec.name, id, label: `${lateNames[i]} (나중에 신청)` })),
          ],
        });
      }
      return out;
    },
  };

  function capacityOf(db: Db, parentId: string): number | undefined {
    const v = db.prepare<[string], number>(`SELECT ${p.capacity} FROM ${p.table} WHERE id = ? AND ${live}`).pluck().get(parentId);
    return typeof v === 'number' ? v : undefined;
  }
}
