/**
 * Sensitive fields (FieldSpec.personal 'sensitive': 장애 여부 …) at rest on this PC: every place
 * that writes such a value to the database seals it with field-crypto.ts first — the register's
 * own column, the change history's old/new values, the sync outbox, and the pulled records held
 * aside (quarantine, parked) — and opens it when the core reads it. The key is the one buildServices
 * was given (useFieldCrypto: safeStorage in the window, gudesk.key in browser mode and the CLI).
 *
 * A value this PC's key cannot open (a backup restored on a PC without its key file) is kept as
 * the sealed text it is: reads show it masked (●●●) like any sensitive value, a save of the record
 * writes it back unchanged, sync leaves it out, and `personal.reveal` says the key file is missing.
 *
 * Booleans are sealed as '1'/'0' (history: the same, not '예'/'아니오'), so the ciphertext's length
 * never tells a yes from a no.
 */
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import type { Db } from '../db/open.ts';
import type { FieldSpec, RegisterSpec } from '../../shared/domain/register.ts';
import { FLAT_REGISTERS } from '../../shared/domain/registers.ts';
import { AppError } from '../../shared/api/errors.ts';
import { decodeValue, encodeValue, type SqlValue } from '../records/columns.ts';
import { fieldContext, fieldCrypto, fileKeyProvider, KEY_FILE, type FieldCrypto } from './field-crypto.ts';

const SEALED = 'enc1:';

export const unreadableSensitiveMessage =
  `이 PC에는 이 민감정보를 암호화한 키 파일이 없어 값을 읽을 수 없습니다. 원래 PC의 데이터 폴더에 있던 키 파일(${KEY_FILE})을 이 PC의 데이터 폴더에 옮기세요. 다른 항목과 기록은 그대로 쓸 수 있습니다.`;

/** Sensitive fields by register name, from every register definition (only flat registers hold personal data). */
const SENSITIVE = new Map<string, readonly FieldSpec[]>(
  Object.values(FLAT_REGISTERS as unknown as Record<string, RegisterSpec>)
    .map((spec) => [spec.name, spec.fields.filter((f) => f.personal === 'sensitive')] as const)
    .filter(([, fields]) => fields.length > 0),
);

export function sensitiveFieldsOf(register: string): readonly FieldSpec[] {
  return SENSITIVE.get(register) ?? [];
}
export function isSensitive(register: string, field: string): boolean {
  return sensitiveFieldsOf(register).some((f) => f.key === field);
}
export function registersWithSensitiveFields(): Array<{ register: string; fields: readonly FieldSpec[] }> {
  return [...SENSITIVE].map(([register, fields]) => ({ register, fields }));
}

/** True for a value still sealed: one this PC's key could not open. */
export function isSealedText(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED);
}

const cryptos = new WeakMap<Db, FieldCrypto>();

/** The key this database's sensitive values are sealed with (buildServices, before any store). */
export function useFieldCrypto(db: Db, crypto: FieldCrypto): void {
  cryptos.set(db, crypto);
}

function cryptoOf(db: Db): FieldCrypto {
  let c = cryptos.get(db);
  if (!c) {
    // A store built without services (tests, tools): the data folder's key file, as buildServices' default;
    // an in-memory database gets a key that lives as long as it does.
    const memoryKey = randomBytes(32);
    c = db.memory ? fieldCrypto({ where: '메모리', key: () => memoryKey }) : fieldCrypto(fileKeyProvider(dirname(db.name)));
    cryptos.set(db, c);
  }
  return c;
}

/** How a value is written before sealing: one text per kind, booleans as '1'/'0'. */
function plainOf(f: FieldSpec, value: unknown): string {
  return String(encodeValue(f, value));
}
function valueOf(f: FieldSpec, text: string): unknown {
  const kindIsNumber = f.kind === 'boolean' || f.kind === 'integer' || f.kind === 'money';
  return decodeValue(f, kindIsNumber ? Number(text) : text);
}

export function sensitiveAtRest(db: Db) {
  const crypto = () => cryptoOf(db);
  /** The opened text, or undefined when this PC's key cannot open it (or cannot be read here). */
  function tryOpen(stored: string, context: string): string | undefined {
    try {
      return crypto().decrypt(stored, context);
    } catch (err) {
      if (err instanceof AppError) return undefined;
      throw err;
    }
  }

  return {
    /** A field's API value → what its column holds. A value already sealed (unreadable here) stays as it is. */
    sealColumn(register: string, id: string, f: FieldSpec, value: unknown): SqlValue {
      if (isSealedText(value)) return value;
      return crypto().encrypt(plainOf(f, value), fieldContext(register, id, f.key));
    },
    /** A column → the field's API value; still sealed when the key cannot open it. Plaintext (before 010's sweep) reads as it is. */
    openColumn(register: string, id: string, f: FieldSpec, raw: SqlValue): unknown {
      if (typeof raw !== 'string') return decodeValue(f, raw);
      if (!isSealedText(raw)) return raw === '' ? decodeValue(f, null) : valueOf(f, raw);
      const text = tryOpen(raw, fieldContext(register, id, f.key));
      return text === undefined ? raw : valueOf(f, text);
    },

    /** A history old/new text of a sensitive field, sealed ('예'/'아니오' of a boolean as '1'/'0'). */
    sealHistory(register: string, id: string, field: string, text: string | null): string | null {
      const f = sensitiveFieldsOf(register).find((x) => x.key === field);
      if (!f || text === null || isSealedText(text)) return text;
      const plain = f.kind === 'boolean' ? (text === '예' ? '1' : '0') : text;
      return crypto().encrypt(plain, fieldContext(register, id, `history:${field}`));
    },
    openHistory(register: string, id: string, field: string, text: string | null): string | null {
      const f = sensitiveFieldsOf(register).find((x) => x.key === field);
      if (!f || !isSealedText(text)) return text;
      const plain = tryOpen(text, fieldContext(register, id, `history:${field}`));
      if (plain === undefined) return text;
      return f.kind === 'boolean' ? (plain === '1' ? '예' : '아니오') : plain;
    },

    /**
     * A change's or pulled record's fields with the sensitive ones sealed, for a table that holds
     * them until they are sent or applied (outbox, quarantine, parked). JSON inside the seal keeps the type.
     */
    sealFields<T extends Record<string, unknown>>(register: string, id: string, fields: T): T {
      const sensitive = sensitiveFieldsOf(register).filter((f) => Object.hasOwn(fields, f.key) && !isSealedText(fields[f.key]));
      if (sensitive.length === 0) return fields;
      const out: Record<string, unknown> = { ...fields };
      for (const f of sensitive) out[f.key] = crypto().encrypt(f.kind === 'boolean' ? (fields[f.key] ? '1' : '0') : JSON.stringify(fields[f.key]), fieldContext(register, id, `wire:${f.key}`));
      return out as T;
    },
    /** The inverse of sealFields; a field the key cannot open is left out (the server keeps its value). */
    openFields<T extends Record<string, unknown>>(register: string, id: string, fields: T): T {
      const sealed = sensitiveFieldsOf(register).filter((f) => isSealedText(fields[f.key]));
      if (sealed.length === 0) return fields;
      const out: Record<string, unknown> = { ...fields };
      for (const f of sealed) {
        const plain = tryOpen(fields[f.key] as string, fieldContext(register, id, `wire:${f.key}`));
        if (plain === undefined) delete out[f.key];
        else out[f.key] = f.kind === 'boolean' ? plain === '1' : (JSON.parse(plain) as unknown);
      }
      return out as T;
    },
  };
}

export type SensitiveAtRest = ReturnType<typeof sensitiveAtRest>;

const perDb = new WeakMap<Db, SensitiveAtRest>();
/** One per connection (its statements and key are shared by every store). */
export function atRest(db: Db): SensitiveAtRest {
  let a = perDb.get(db);
  if (!a) {
    a = sensitiveAtRest(db);
    perDb.set(db, a);
  }
  return a;
}
