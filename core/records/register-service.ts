/**
 * Rules every register shares: validate with the domain's zod schema, let the register fill in
 * derived fields and check references, refuse natural-key duplicates, and run each user action in
 * one synchronous transaction with one history batch (so one undo reverts it).
 */
import type { z } from 'zod';
import type { Db } from '../db/open.ts';
import { AppError } from '../../shared/api/errors.ts';
import { subjectParticle } from '../../shared/text/particle.ts';
import { parseOrThrow } from '../api/validation.ts';
import type { RecordStore, Stamp } from './record-store.ts';
import { stampNow } from './ids.ts';
import { updateMany, type RecordChange } from './update-many.ts';
import type { RefLinks } from './ref-links.ts';
import type { ParentRules } from './parent-rules.ts';
import type { CrossRecordRule } from './rules/cross-record-rule.ts';
import type { CodeListName } from '../../shared/domain/codes.ts';
import { ruleRunner, type RuleRun } from './rules/rule-runner.ts';
import { assertNoResidentNumber, keepingUnreadable, withoutMaskedEchoes } from '../personal/personal-writes.ts';
import { prepareDestroyed } from '../personal/destroy/destroyed-writes.ts';

/** What the kernel adds to every register: links by id or name, and the parent/child delete rules. */
export interface KernelParts {
  links: RefLinks;
  parents: ParentRules;
  /** Rules that span records (rules/), of every register; each write runs its register's. */
  rules?: readonly CrossRecordRule[];
  /** The code lists (설정): a flat register's 'code' fields take only a code in use (과목군 …). */
  codes?: { has(list: CodeListName, code: string): boolean; isActive(list: CodeListName, code: string): boolean };
}

export interface RegisterRules<V extends Record<string, unknown>> {
  schema: z.ZodType<V>;
  /**
   * Completes and checks validated values (e.g. 매체구분 from the outlet table); throws AppError.
   * `current` is the stored record when an existing one is edited or restored.
   */
  normalize(values: V, current?: Readonly<Record<string, unknown>>): V;
  /** The live record with the same natural key, if any. */
  naturalKeyId(values: V): string | undefined;
  /** How the natural key reads in a message: '2024. 9. 2. 연합뉴스 「…」'. */
  describeKey(values: V): string;
}

export function registerService<V extends Record<string, unknown>>(db: Db, store: RecordStore, rules: RegisterRules<V>, kernel?: KernelParts) {
  const label = store.spec.label;
  const refFields = store.spec.fields.filter((f) => f.kind === 'ref');
  const dateField = store.spec.rowOrder;
  const crossRules = ruleRunner(db, kernel?.rules ?? [], store.spec.name);
  /** The rules' run of the write in progress (one per transaction); notes go to the result. */
  let run: RuleRun = crossRules.start();

  /** A link given by name (or id) → the id; a link kept from before stays as it is, even dangling. */
  function resolveLinks(values: V, current?: Readonly<Record<string, unknown>>): V {
    if (!kernel || refFields.length === 0) return values;
    const out: Record<string, unknown> = { ...values };
    for (const f of refFields) {
      const v = out[f.key];
      if (typeof v !== 'string' || v === '' || (current !== undefined && v === current[f.key])) continue;
      const day = dateField && typeof out[dateField] === 'string' ? (out[dateField] as string) : undefined;
      out[f.key] = kernel.links.require(f, v, day);
    }
    return out as V;
  }

  function prepare(raw: unknown, current?: Readonly<Record<string, unknown>>): V {
    const values = parseOrThrow(rules.schema, raw, store.spec);
    assertNoResidentNumber(store.spec, values);
    return rules.normalize(resolveLinks(values, current), current);
  }

  function assertUnique(values: V, selfId?: string): void {
    const other = rules.naturalKeyId(values);
    if (other && other !== selfId) {
      throw new AppError('conflict', `같은 ${label}${subjectParticle(label)} 이미 있습니다: ${rules.describeKey(values)}`);
    }
  }

  function applyPatch(id: string, patch: Record<string, unknown>, stamp: Stamp, expectedVersion?: number): string[] {
    const current = store.require(id);
    if (expectedVersion !== undefined && current.version !== expectedVersion) {
      throw new AppError('conflict', `다른 사용자가 이 ${label} 기록을 먼저 수정했습니다. 새로 고친 뒤 다시 수정하세요.`);
    }
    const merged: Record<string, unknown> = {};
    const real = withoutMaskedEchoes(store.spec, current, patch);
    for (const f of store.spec.fields) merged[f.key] = Object.hasOwn(real, f.key) ? real[f.key] : current[f.key];
    const values = keepingUnreadable(store.spec, merged, (m) => (store.isDestroyed(id) ? prepareDestroyed(store.spec, real, m, (v) => prepare(v, current)) : prepare(m, current)));
    // Twins made by a merge (the same clipping typed offline on two PCs) share a natural key. That
    // is listed in 확인할 항목 for a person to merge; it must never refuse an unrelated edit
    // (기자, 논조 …). Only an edit that changes the key itself is checked.
    const keyChanged = store.spec.naturalKey.some((k) => values[k] !== current[k]);
    if (keyChanged) assertUnique(values, id);
    const checked = run.before({ change: 'update', values, current, id, stamp });
    const changed = store.update(id, checked, stamp);
    if (changed.length > 0) run.after({ change: 'update', values: checked, current, id, stamp });
    return changed;
  }

  return {
    prepare,
    assertUnique,
    hasNaturalKey: (values: V): boolean => rules.naturalKeyId(values) !== undefined,

    /** `notes`: what the register's rules adjusted or warn about ('정원이 차서 대기 1번으로 신청했습니다'). */
    create(raw: unknown, actor: string): { id: string; batchId: string; notes: string[] } {
      const values = prepare(raw);
      const stamp = stampNow(actor);
      run = crossRules.start();
      const id = db.transaction(() => {
        assertUnique(values);
        const checked = run.before({ change: 'create', values, stamp });
        const newId = store.insert(checked, stamp);
        run.after({ change: 'create', values: checked, id: newId, stamp });
        return newId;
      })();
      return { id, batchId: stamp.batchId, notes: run.notes() };
    },

    update(id: string, patch: Record<string, unknown>, actor: string, expectedVersion?: number): { batchId: string; changed: string[]; notes: string[] } {
      const stamp = stampNow(actor);
      run = crossRules.start();
      const changed = db.transaction(() => applyPatch(id, patch, stamp, expectedVersion))();
      return { batchId: stamp.batchId, changed, notes: run.notes() };
    },

    /** The same patch on many records, all or nothing. */
    bulkUpdate(ids: readonly string[], patch: Record<string, unknown>, actor: string): { count: number; batchId: string } {
      if (Object.keys(patch).length === 0) throw new AppError('invalid_input', '바꿀 항목을 하나 이상 고르세요.');
      return this.bulkUpdateEach(ids, () => patch, actor);
    },

    /** A patch made from each record (add one tag, keep the others), all or nothing, one batch. */
    bulkUpdateEach(ids: readonly string[], patchFor: (current: Readonly<Record<string, unknown>>) => Record<string, unknown>, actor: string): { count: number; batchId: string } {
      const stamp = stampNow(actor);
      run = crossRules.start();
      const count = db.transaction(() => {
        let n = 0;
        for (const id of new Set(ids)) {
          try {
            if (applyPatch(id, patchFor(store.require(id)), stamp).length > 0) n++;
          } catch (err) {
            if (err instanceof AppError) throw new AppError(err.code, `일괄 수정을 취소했습니다. ${err.message}`, err.details);
            throw err;
          }
        }
        return n;
      })();
      return { count, batchId: stamp.batchId };
    },

    /** A different patch per record (a paste): bad records refused alone, the rest one batch. */
    updateMany: (changes: readonly RecordChange[], actor: string) => {
      run = crossRules.start();
      return updateMany(db, store.spec, applyPatch, changes, actor);
    },

    /** Children by their definition's rule: refused while there are any, or deleted in the same batch. */
    delete(ids: readonly string[], actor: string): { count: number; batchId: string } {
      const stamp = stampNow(actor);
      const unique = [...new Set(ids)];
      run = crossRules.start();
      const count = db.transaction(() => {
        kernel?.parents.assertDeletable(store.spec, unique);
        return unique.filter((id) => {
          const current = crossRules.has ? store.require(id) : undefined;
          const deleted = store.delete(id, stamp);
          if (deleted) kernel?.parents.cascade(store.spec, id, stamp);
          if (deleted && current) run.after({ change: 'delete', values: current, current, id, stamp });
          return deleted;
        }).length;
      })();
      return { count, batchId: stamp.batchId };
    },

    restore(ids: readonly string[], actor: string): { count: number; batchId: string } {
      const stamp = stampNow(actor);
      run = crossRules.start();
      const count = db.transaction(() =>
        [...new Set(ids)].filter((id) => {
          const rec = store.require(id);
          if (rec.deletedAt) {
            assertUnique(prepare(rec, rec), id);
            // A restored record is checked like a new one (a full class puts it on the waiting list).
            const checked = run.before({ change: 'restore', values: rec, current: rec, id, stamp });
            const restored = store.restore(id, stamp);
            const adjusted = Object.fromEntries(store.spec.fields.filter((f) => checked[f.key] !== rec[f.key]).map((f) => [f.key, checked[f.key]]));
            if (restored && Object.keys(adjusted).length > 0) store.update(id, adjusted, stamp);
            return restored;
          }
          return store.restore(id, stamp);
        }).length,
      )();
      return { count, batchId: stamp.batchId };
    },
  };
}

export type RegisterService<V extends Record<string, unknown>> = ReturnType<typeof registerService<V>>;
