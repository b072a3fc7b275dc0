/**
 * What every register (대장) has in common, so that generic code (history, import/export, CLI,
 * sync) can work on any of them from one descriptor.
 */
import type { PersonalKind } from '../personal/kinds.ts';

export type FieldKind = 'text' | 'longText' | 'date' | 'enum' | 'code' | 'tags' | 'boolean' | 'url' | 'ref' | 'integer';

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
  target?: RegisterName;
  maxLength?: number;
  /** For 'text': the form a value must have ('' aside), and how to say it in Korean ('64자리 16진수'). */
  pattern?: { rule: RegExp; hint: string };
  /** Other headers accepted on import (clerks' old spreadsheets). */
  aliases?: readonly string[];
  /** Not written on export / not read on import (derived or internal). */
  exportable?: boolean;
  /** 'text' or 'tags': forms offer what the office already typed here (`<register>.suggest`). */
  suggest?: boolean;
  /** Personal data of this kind (shared/personal): masked wherever shown, access logged, 주민등록번호 refused. */
  personal?: PersonalKind;
}

export type RegisterName = 'clippings' | 'releases';
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
