/**
 * 확인할 항목 and the one-click merge of twins. The list is computed from the registers when read
 * (after every pull the status bar asks again), so it can never disagree with the data.
 *
 * Merging keeps the record typed first and loses nothing of the others: an empty field takes
 * their value, tags are joined, a different long text (요약) is appended, 사진 포함 is kept if
 * any had it, two different values keep the later edit, and links from other records and
 * attachments move to the kept record. The others are
 * deleted. It is one batch: one 실행 취소 brings the twins back, and it syncs like any edit.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { FieldSpec, RegisterName, RegisterSpec } from '../../shared/domain/register.ts';
import type { ReviewItem, ReviewRecordRef } from '../../shared/domain/review.ts';
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import { objectParticle, subjectParticle } from '../../shared/text/particle.ts';
import type { Db } from '../db/open.ts';
import { stampNow } from '../records/ids.ts';
import type { RecordStore, Stamp, StoredRecord } from '../records/record-store.ts';
import { readStamps } from '../sync/record-stamps.ts';
import { reviewRepository } from './review-repository.ts';
import type { CrossRecordRule } from '../records/rules/cross-record-rule.ts';
import { recheckAll } from '../records/rules/rule-runner.ts';

/** '2024. 9. 2. 연합뉴스 「제목」': the natural key as a clerk reads it. */
export function describeRecord(spec: RegisterSpec, rec: Readonly<Record<string, unknown>>): string {
  return spec.naturalKey
    .map((k) => {
      const f = spec.fields.find((x) => x.key === k);
      const v = String(rec[k] ?? '');
      if (f?.kind === 'date') return formatKoreanDate(v);
      return k === 'title' ? `「${v}」` : v;
    })
    .join(' ');
}

function isEmpty(v: unknown): boolean {
  return v === '' || v === null || v === undefined || v === false || (Array.isArray(v) && v.length === 0);
}

/** A field's value with when it was written: its sync stamp, or the record's updatedAt before sync. */
interface Written {
  value: unknown;
  when: string;
}

/**
 * The kept value of `f` after taking in `other`'s: a filled value beats an empty one, tags and
 * differing long texts are joined, otherwise the later written value wins (as sync would decide).
 */
function mergedValue(f: FieldSpec, mine: Written, other: Written): Written {
  if (isEmpty(other.value) || JSON.stringify(mine.value) === JSON.stringify(other.value)) return mine;
  if (isEmpty(mine.value)) return other;
  if (f.kind === 'tags' && Array.isArray(mine.value) && Array.isArray(other.value)) {
    return { value: [...new Set([...mine.value, ...other.value])].slice(0, 30), when: mine.when > other.when ? mine.when : other.when };
  }
  if (f.kind === 'longText') {
    const joined = `${String(mine.value)}\n\n${String(other.value)}`;
    if (!f.maxLength || joined.length <= f.maxLength) return { value: joined, when: mine.when > other.when ? mine.when : other.when };
  }
  return other.when > mine.when ? other : mine;
}

/** What tells one twin from the others, so a clerk can choose which to keep. */
function differences(spec: RegisterSpec, rec: StoredRecord, all: readonly StoredRecord[]): string {
  const parts: string[] = [];
  for (const f of spec.fields) {
    if (spec.naturalKey.includes(f.key) || f.kind === 'ref') continue;
    const text = (v: unknown) => (Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? (v ? '예' : '아니오') : String(v ?? ''));
    const mine = text(rec[f.key]);
    if (all.every((o) => text(o[f.key]) === mine)) continue;
    parts.push(`${f.label}: ${mine === '' ? '(없음)' : mine.length > 40 ? `${mine.slice(0, 40)}…` : mine}`);
  }
  return parts.length > 0 ? parts.join(' · ') : '내용이 같습니다';
}

export function reviewService(db: Db, stores: Readonly<Partial<Record<RegisterName, RecordStore>>>, attachmentsMoved: (fromId: string, toId: string, stamp: Stamp) => void, rules: readonly CrossRecordRule[] = []) {
  const specs = Object.values(stores).map((s) => s.spec);
  const repo = reviewRepository(db, specs);

  function ref(store: RecordStore, rec: StoredRecord): ReviewRecordRef {
    return { id: rec.id, label: describeRecord(store.spec, rec), createdAt: rec.createdAt, createdBy: rec.createdBy };
  }

  function list(): ReviewItem[] {
    const items: ReviewItem[] = [];
    for (const [name, store] of Object.entries(stores) as Array<[RegisterName, RecordStore]>) {
      const { spec } = store;
      for (const group of repo.twins(spec.name)) {
        const recs = group.ids.map((id) => store.require(id));
        const records = recs.map((r) => ({ ...ref(store, r), differs: differences(spec, r, recs) }));
        items.push({
          key: `twins:${spec.name}:${group.ids[0]}`,
          kind: 'twins',
          register: name,
          registerLabel: spec.label,
          message: `같은 ${spec.label} 기록이 ${records.length}건 있습니다(여러 PC에서 따로 입력한 것으로 보입니다). 확인하고 하나로 합치세요.`,
          records,
        });
      }
      for (const link of repo.danglingLinks(spec.name)) {
        const field = spec.fields.find((f) => f.key === link.field)!;
        const targetLabel = field.target ? (stores[field.target as RegisterName]?.spec.label ?? field.label) : field.label;
        const why = link.target === 'deleted' ? `연결된 ${targetLabel}${subjectParticle(targetLabel)} 삭제되었습니다` : `연결된 ${targetLabel}${objectParticle(targetLabel)} 이 PC에서 찾을 수 없습니다(다른 팀의 자료이거나 아직 받지 못함)`;
        items.push({
          key: `link:${spec.name}:${link.id}:${link.field}`,
          kind: 'dangling-link',
          register: name,
          registerLabel: spec.label,
          message: `${why}. 연결을 끊거나, 이 기록을 찾아 다른 ${targetLabel}에 연결하세요.`,
          records: [ref(store, store.require(link.id))],
          field: field.label,
          target: link.target,
        });
      }
    }
    // Rules spanning records, re-checked now: what a merge left broken, until the clerk fixes it.
    for (const v of recheckAll(db, rules)) {
      const store = stores[v.rule.register as RegisterName];
      if (!store) continue;
      items.push({
        key: `rule:${v.key}`,
        kind: 'rule',
        register: v.rule.register as RegisterName,
        registerLabel: store.spec.label,
        message: v.message,
        rule: v.rule.name,
        ruleMessage: v.rule.message,
        records: v.records.map((r) => {
          const rec = stores[r.register as RegisterName]?.row(r.id) ? stores[r.register as RegisterName]!.require(r.id) : undefined;
          return { id: r.id, label: r.label, createdAt: rec?.createdAt ?? '', createdBy: rec?.createdBy ?? '' };
        }),
      });
    }
    return items;
  }

  function mergeTwins(register: string, keepId: string, ids: readonly string[], actor: string): { count: number; batchId: string } {
    const store = stores[register as RegisterName];
    if (!store) throw new AppError('invalid_input', `알 수 없는 대장입니다: ${register}`);
    const { spec } = store;
    const stamp = stampNow(actor);
    const count = db.transaction(() => {
      const keep = store.require(keepId);
      if (keep.deletedAt) throw new AppError('conflict', `남길 ${spec.label} 기록이 이미 삭제되었습니다. 목록을 새로 고치세요.`);
      const key = store.naturalKeyOf(keep);
      const others = [...new Set(ids)].filter((id) => id !== keepId).map((id) => store.require(id));
      if (others.length === 0) throw new AppError('invalid_input', '합칠 기록을 두 건 이상 고르세요.');
      for (const o of others) {
        if (o.deletedAt || store.naturalKeyOf(o) !== key) {
          throw new AppError('conflict', `합칠 ${spec.label} 기록이 그사이 바뀌었거나 삭제되었습니다. 확인할 항목을 새로 고치세요.`);
        }
      }
      // Sync stamps order edits across PCs; records never synced compare by their last change.
      const all = [keep, ...others].map((r) => ({ rec: r, stamps: readStamps(spec, store.row(r.id)!) }));
      const stamped = all.every((x) => x.stamps.size > 0);
      const written = (x: (typeof all)[number], key: string): Written => ({ value: x.rec[key], when: stamped ? x.stamps.get(key)! : x.rec.updatedAt });
      const patch: Record<string, unknown> = {};
      for (const f of spec.fields) {
        let v = written(all[0]!, f.key);
        for (const o of all.slice(1)) v = mergedValue(f, v, written(o, f.key));
        if (JSON.stringify(v.value) !== JSON.stringify(keep[f.key])) patch[f.key] = v.value;
      }
      if (Object.keys(patch).length > 0) store.update(keepId, patch, stamp);
      for (const o of others) {
        for (const link of repo.linksTo(register, o.id)) stores[link.register as RegisterName]?.update(link.id, { [link.field]: keepId }, stamp);
        attachmentsMoved(o.id, keepId, stamp);
        store.delete(o.id, stamp);
      }
      return others.length;
    })();
    return { count, batchId: stamp.batchId };
  }

  return { list, mergeTwins };
}

export type ReviewService = ReturnType<typeof reviewService>;
