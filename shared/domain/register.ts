/**
 * What every register (대장) has in common, so that generic code (history, import/export, CLI,
 * sync) can work on any of them from one descriptor.
 */
import type { PersonalKind } from '../personal/kinds.ts';
import type { REGISTERS } from './registers.ts';

export type FieldKind =
  | 'text' | 'longText' | 'date' | 'enum' | 'code' | 'tags' | 'boolean' | 'url' | 'ref' | 'integer'
  // Register kernel kinds (shared/registers/field-kinds.ts): 원 as whole numbers, 'YYYY-MM', 'HH:MM', 'YYYY-MM-DDTHH:MM'.
  | 'money' | 'month' | 'time' | 'datetime';

export interface FieldSpec {
  /** Property name in code and the column name in SQLite. */
  key: string;
  /** Korean header: the grid column, the CSV/XLSX header and the CLI field name. */
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** For 'enum': the allowed values. */
  options?: readonly string[];
  /** For 'code': the code list that holds the allowed values. */
  codeList?: string;
  /** For 'ref': the register the link points to (a link may dangle: sync, review items). */
  target?: string;
  maxLength?: number;
  /** For 'text': the form a value must have ('' aside), and how to say it in Korean ('64자리 16진수'). */
  pattern?: { rule: RegExp; hint: string };
  /** Other headers accepted on import (clerks' old spreadsheets). */
  aliases?: readonly string[];
  /** Not written on export / not read on import (derived or internal). */
  exportable?: boolean;
  /** 'text' or 'tags': forms offer what the office already typed here (`<register>.suggest`). */
  suggest?: boolean;
  /** With `suggest`: also offer the live values of another register's field (a class's 강사 ← 강사 names). */
  suggestFrom?: { register: string; field: string };
  /** The value a new record gets when the field is left out (else '', [], false or 0 by kind). */
  default?: string | number | boolean | readonly string[];
  /** For 'tags': how many a record may carry (30). */
  maxItems?: number;
  /** Grid hints: column width in px (or a share of the free width), hidden until the clerk shows it, pinned to a side. */
  grid?: { width?: number; minWidth?: number; flex?: number; hidden?: boolean; pinned?: 'left' | 'right'; editable?: boolean; tooltip?: boolean };
  /**
   * Form hints: the section the field sits in, whether it spans the form's width, whether it
   * shares a row with its neighbour (`pair`), an example, the rows of a long text, a checkbox's words.
   */
  form?: { section?: string; wide?: boolean; pair?: boolean; placeholder?: string; rows?: number; text?: string };
  /** For 'ref': the record property holding the linked record's name (default `<key>Name`). */
  shownAs?: string;
  /** Personal data of this kind (shared/personal): masked wherever shown, access logged, 주민등록번호 refused. */
  personal?: PersonalKind;
}

/** Follows from the register list (registers.ts): adding a register there names it here. */
export type RegisterName = keyof typeof REGISTERS;
/** Registers plus what syncs like one (code lists, codes.ts; attachment rows, attachments.ts): what a change may name. */
export type SyncedName = RegisterName | 'codes' | 'attachments';

export interface RegisterSpec {
  name: SyncedName;
  /** Korean name shown in menus and messages, e.g. '언론보도'. */
  label: string;
  /** The SQLite table. */
  table: string;
  fields: readonly FieldSpec[];
  /** Fields that identify one record across files: re-importing a file adds no duplicates. */
  naturalKey: readonly string[];
  /** Holds personal data (access to it is logged, shown masked). */
  personalData: boolean;
  /**
   * Version of this register's fields, sent with every synced change: a PC receiving data of a
   * newer version parks it until it is upgraded. Raise it when a field is added (additively only).
   */
  schemaVersion: number;
  /** A date field the rows are stored in the order of (newest-first lists need no sort). */
  rowOrder?: string;
  /** Register kernel (shared/registers/define.ts): the field that names a record to a clerk. */
  display?: string;
  /**
   * A 'ref' field whose linked record names this one to a clerk instead of `display`: a 출석's
   * 수강신청 reads '김*용' (the enrolment's trainee, masked) rather than its 신청일시. Writing a link
   * still takes the id or the `display` text.
   */
  displayVia?: string;
  /** The register this one's records belong to, and what deleting a parent does to them. */
  parent?: ParentLink;
  /**
   * Further registers this one's records hang off, with their own delete rule (수강신청: its class
   * cascades, its trainee refuses; 출석: session and enrolment both cascade). `parent` stays the
   * one whose form shows these records as children.
   */
  alsoParents?: readonly ParentLink[];
  /** Read-only values the core computes when rows are read (never stored, synced or imported). */
  derived?: readonly DerivedField[];
  /** 파기: how long a personal register keeps a person's data after their last activity. */
  retention?: RetentionRule;
}

/**
 * 보유 기간 of a personal register: its personal fields are erased `years` (a setting the clerk may
 * change, 1–10) after the date `after` names — a query of the register's own domain
 * (core/personal/destroy/last-activity.ts), e.g. 'lastClass': the latest 종료일 of the trainee's classes.
 */
export interface RetentionRule {
  years: number;
  after: string;
}

/**
 * What deleting a record does to the live records of a child register that point at it:
 * 'refuse' the delete while there are any, 'cascade' (delete them with it, one undoable batch), or
 * 'keep' them and let the link dangle (shown as '삭제된 …'; undo brings the parent back).
 */
export type OnParentDelete = 'refuse' | 'cascade' | 'keep';

export interface ParentLink {
  /** The parent register. */
  register: string;
  /** This register's 'ref' field that holds the parent's id. */
  field: string;
  onDelete: OnParentDelete;
}

/** Every parent link of a register: `parent` first, then `alsoParents`. */
export function parentLinks(spec: Pick<RegisterSpec, 'parent' | 'alsoParents'>): ParentLink[] {
  return [...(spec.parent ? [spec.parent] : []), ...(spec.alsoParents ?? [])];
}

/** A value computed by the core when rows are read (core/records/derived-values.ts). */
export interface DerivedField {
  key: string;
  label: string;
  kind: 'integer' | 'money' | 'text' | 'date' | 'month';
  grid?: FieldSpec['grid'];
}

/** Metadata every record carries. */
export interface RecordMeta {
  id: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Tombstone: set when deleted; the row stays so undo and sync work. */
  deletedAt: string | null;
  deletedBy: string | null;
  /** Incremented by every change; lets the UI detect an edit made meanwhile elsewhere. */
  version: number;
}

export function fieldByLabel(spec: RegisterSpec, label: string): FieldSpec | undefined {
  const wanted = label.replace(/\s+/g, '');
  return spec.fields.find((f) => f.label.replace(/\s+/g, '') === wanted || (f.aliases ?? []).some((a) => a.replace(/\s+/g, '') === wanted));
}

export function exportableFields(spec: RegisterSpec): FieldSpec[] {
  return spec.fields.filter((f) => f.exportable !== false);
}
