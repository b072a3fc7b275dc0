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
import { assertNoResidentNumber, withoutMaskedEchoes } from '../personal/personal-writes.ts';

/** What the kernel adds to every register: links by id or name, and the parent/child delete rules. */
export interface KernelParts {
  links: RefLinks;
  parents: ParentRules;
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
    const values = prepare(merged, current);
    // Twins made by a merge (the same clipping typed offline on two PCs) share a natural key. That
    // is listed in 확인할 항목 for a person to merge; it must never refuse an unrelated edit
    // (기자, 논조 …). Only an edit that changes the key itself is checked.
    const keyChanged = store.spec.naturalKey.some((k) => values[k] !== current[k]);
    if (keyChanged) assertUnique(values, id);
    return store.update(id, values, stamp);
  }

  return {
    prepare,
    assertUnique,
    hasNaturalKey: (values: V): boolean => rules.naturalKeyId(values) !== undefined,

    create(raw: unknown, actor: string): { id: string; batchId: string } {
      const values = prepare(raw);
      const stamp = stampNow(actor);
      const id = db.transaction(() => {
        assertUnique(values);
        return store.insert(values, stamp);
      })();
      return { id, batchId: stamp.batchId };
    },

    update(id: string, patch: Record<string, unknown>, actor: string, expectedVersion?: number): { batchId: string; changed: string[] } {
      const stamp = stampNow(actor);
      const changed = db.transaction(() => applyPatch(id, patch, stamp, expectedVersion))();
      return { batchId: stamp.batchId, changed };
    },

    /** The same patch on many records, all or nothing. */
    bulkUpdate(ids: readonly string[], patch: Record<string, unknown>, actor: string): { count: number; batchId: string } {
      if (Object.keys(patch).length === 0) throw new AppError('invalid_input', '바꿀 항목을 하나 이상 고르세요.');
      return this.bulkUpdateEach(ids, () => patch, actor);
    },

    /** A patch made from each record (add one tag, keep the others), all or nothing, one batch. */
    bulkUpdateEach(ids: readonly string[], patchFor: (current: Readonly<Record<string, unknown>>) => Record<string, unknown>, actor: string): { count: number; batchId: string } {
      const stamp = stampNow(actor);
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
    updateMany: (changes: readonly RecordChange[], actor: string) => updateMany(db, store.spec, applyPatch, changes, actor),

    /** Children by their definition's rule: refused while there are any, or deleted in the same batch. */
    delete(ids: readonly string[], actor: string): { count: number; batchId: string } {
      const stamp = stampNow(actor);
      const unique = [...new Set(ids)];
      const count = db.transaction(() => {
        kernel?.parents.assertDeletable(store.spec, unique);
        return unique.filter((id) => {
          const deleted = store.delete(id, stamp);
          if (deleted) kernel?.parents.cascade(store.spec, id, stamp);
          return deleted;
        }).length;
      })();
      return { count, batchId: stamp.batchId };
    },

    restore(ids: readonly string[], actor: string): { count: number; batchId: string } {
      const stamp = stampNow(actor);
      const count = db.transaction(() =>
        [...new Set(ids)].filter((id) => {
          const rec = store.require(id);
          if (rec.deletedAt) assertUnique(prepare(rec, rec), id);
          return store.restore(id, stamp);
        }).length,
      )();
      return { count, batchId: stamp.batchId };
    },
  };
}

export type RegisterService<V extends Record<string, unknown>> = ReturnType<typeof registerService<V>>;
