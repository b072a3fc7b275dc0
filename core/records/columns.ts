/** How register fields are stored in SQLite and shown in history, by field kind. */
import type { FieldSpec } from '../../shared/domain/register.ts';

export function columnName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export type SqlValue = string | number | null;

export function encodeValue(field: FieldSpec, value: unknown): SqlValue {
  switch (field.kind) {
    case 'tags':
      return JSON.stringify(Array.isArray(value) ? value : []);
    case 'boolean':
      return value ? 1 : 0;
    case 'ref':
      return typeof value === 'string' && value !== '' ? value : null;
    case 'integer':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;
    default:
      return value == null ? '' : String(value);
  }
}

export function decodeValue(field: FieldSpec, raw: unknown): unknown {
  switch (field.kind) {
    case 'tags':
      try {
        const parsed: unknown = JSON.parse(typeof raw === 'string' ? raw : '[]');
        return Array.isArray(parsed) ? parsed.map(String) : [];
      } catch {
        return [];
      }
    case 'boolean':
      return raw === 1;
    case 'ref':
      return typeof raw === 'string' ? raw : '';
    case 'integer':
    case 'money':
      return typeof raw === 'number' ? raw : Number(raw ?? 0) || 0;
    default:
      return raw == null ? '' : String(raw);
  }
}

/** Text written to the change history ('예', '복지, 안전', …); null means "none". */
export function historyText(field: FieldSpec, value: unknown): string | null {
  switch (field.kind) {
    case 'tags':
      return Array.isArray(value) ? value.join(', ') : '';
    case 'boolean':
      return value ? '예' : '아니오';
    case 'ref':
      return typeof value === 'string' && value !== '' ? value : null;
    default:
      return value == null ? '' : String(value);
  }
}

/** Inverse of historyText, used by undo. */
export function fromHistoryText(field: FieldSpec, text: string | null): unknown {
  switch (field.kind) {
    case 'tags':
      return text ? text.split(', ').filter((t) => t !== '') : [];
    case 'boolean':
      return text === '예';
    case 'ref':
      return text ?? '';
    case 'integer':
    case 'money':
      return Number(text ?? 0) || 0;
    default:
      return text ?? '';
  }
}

export function sameValue(field: FieldSpec, a: unknown, b: unknown): boolean {
  return historyText(field, a) === historyText(field, b);
}
