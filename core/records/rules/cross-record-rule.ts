/**
 * Rules that span records (정원, double booking, one PC per household …). A register declares them
 * in its core-side folder (they need SQL, so they cannot live in the shared definition). Each rule
 * is checked inside the write transaction — refusing (AppError: nothing changes) or adjusting the
 * values and saying so — and re-checked over the whole register when 확인할 항목 is read (after every
 * pull and every later write): a violation made by merging two PCs' work is never a failed sync,
 * it is a review item naming the records, which disappears once the clerk fixes it.
 */
import type { Db } from '../../db/open.ts';
import type { Stamp, StoredRecord } from '../record-store.ts';

export type RuleChange = 'create' | 'update' | 'delete' | 'restore';

export interface RuleWrite {
  change: RuleChange;
  /** The values about to be stored (create/update/restore) or the record deleted. */
  values: Readonly<Record<string, unknown>>;
  /** The stored record before the write (undefined on create). */
  current?: StoredRecord;
  /** The record's id (undefined on create, before the insert). */
  id?: string;
  stamp: Stamp;
}

export interface RuleOutcome {
  /** Adjusted values to store instead (e.g. 수강 → 대기 when the class is full). */
  values?: Record<string, unknown>;
  /** One Korean sentence for the write's result: what was adjusted, or a warning. */
  note?: string;
}

export interface RuleViolationRecord {
  register: string;
  id: string;
  /** How the record reads in 확인할 항목: '스마트폰 기초 3기', '김*용 (2024. 9. 2. 10:05 신청)'. */
  label: string;
}

export interface RuleViolation {
  /** Stable while the situation lasts: 'capacity:<class id>'. */
  key: string;
  /** '정원 초과: 스마트폰 기초 3기 21/20명 — 나중에 신청한 김*용'. */
  message: string;
  records: RuleViolationRecord[];
}

export interface CrossRecordRule {
  /** 'capacity', 'double-booking' … (the review item's key starts with it). */
  name: string;
  /** The register whose writes it checks. */
  register: string;
  /** What the rule says, in Korean ('수강 인원은 정원을 넘을 수 없습니다'). */
  message: string;
  /** Before the write, in its transaction: throw AppError to refuse, or return adjusted values / a note. */
  check?(db: Db, write: RuleWrite): RuleOutcome | void;
  /** After the write, in the same transaction and batch (one undo): follow-up writes such as promoting the first 대기. */
  after?(db: Db, write: RuleWrite & { id: string }): string | void;
  /** Violations among these records (all when ids is undefined), as merged data may hold them. */
  recheck(db: Db, ids?: readonly string[]): RuleViolation[];
}
