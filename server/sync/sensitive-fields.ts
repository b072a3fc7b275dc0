/**
 * Personal records on the server (docs/PERSONAL-DATA.md): sensitive fields are sealed with the
 * server's key before a record is stored and opened when it is merged or sent to a PC allowed to
 * see it; a 조회 전용 (viewer) account receives every personal field masked; and a push that sends
 * back the masked form of a stored value (김*용 for 김철용) is refused, so a PC holding masked
 * copies can never overwrite the real values with them.
 */
import type { FieldSpec } from '../../shared/domain/register.ts';
import { SYNCED, isSyncedName } from '../../shared/domain/synced.ts';
import { maskValue } from '../../shared/personal/mask.ts';
import type { Change, PulledRecord } from '../../shared/sync/protocol.ts';
import { isSealed, type ServerFieldKey } from '../store/field-key.ts';

const personalOf = (register: string): FieldSpec[] => (isSyncedName(register) ? SYNCED[register].fields.filter((f) => f.personal !== undefined) : []);
const sensitiveOf = (register: string): FieldSpec[] => personalOf(register).filter((f) => f.personal === 'sensitive');

export function hasSensitiveFields(register: string): boolean {
  return sensitiveOf(register).length > 0;
}

/** Fields as stored: each sensitive value sealed as its JSON. */
export function sealFields(key: ServerFieldKey, register: string, recordId: string, fields: Record<string, unknown>): Record<string, unknown> {
  const sensitive = sensitiveOf(register).filter((f) => Object.hasOwn(fields, f.key) && !isSealed(fields[f.key]));
  if (sensitive.length === 0) return fields;
  const out = { ...fields };
  for (const f of sensitive) out[f.key] = key.seal(JSON.stringify(fields[f.key]), register, recordId, f.key);
  return out;
}

/** Fields as merged and sent: sealed values opened. One the key cannot open reads as '' (a field never received). */
export function openFields(key: ServerFieldKey, register: string, recordId: string, fields: Record<string, unknown>): Record<string, unknown> {
  const sealed = sensitiveOf(register).filter((f) => isSealed(fields[f.key]));
  if (sealed.length === 0) return fields;
  const out = { ...fields };
  for (const f of sealed) {
    const plain = key.open(fields[f.key] as string, register, recordId, f.key);
    out[f.key] = plain === undefined ? '' : (JSON.parse(plain) as unknown);
  }
  return out;
}

/**
 * A personal record as a viewer receives it: names, phones, addresses masked as on every screen;
 * a field whose masked form is no value of its kind (장애 여부, 생년월일 1990-**-**) as the value a
 * PC holds for a field it never received ('' , false for a yes/no), which its checks accept and its
 * own masking shows as ●●● (sensitive) or blank. The same for everyone, so it tells nothing.
 */
export function maskedForViewer(register: string, fields: Record<string, unknown>): Record<string, unknown> {
  const personal = personalOf(register);
  if (personal.length === 0) return fields;
  const out = { ...fields };
  for (const f of personal) {
    if (!Object.hasOwn(out, f.key)) continue;
    const v = out[f.key];
    const textual = f.kind === 'text' || f.kind === 'longText';
    out[f.key] = f.personal !== 'sensitive' && textual && typeof v === 'string' ? maskValue(f.personal!, v) : f.kind === 'boolean' ? false : '';
  }
  return out;
}

/** The pulled record a user receives, from the stored JSON: opened for the team and admins, masked for viewers. */
export function pulledFor(key: ServerFieldKey, stored: Uint8Array, viewer: boolean): Uint8Array {
  const text = Buffer.from(stored).toString('utf8');
  const rec = JSON.parse(text) as PulledRecord;
  if (personalOf(rec.register).length === 0) return stored;
  const opened = openFields(key, rec.register, rec.recordId, rec.fields as Record<string, unknown>);
  const fields = viewer ? maskedForViewer(rec.register, opened) : opened;
  return Buffer.from(JSON.stringify({ ...rec, fields }));
}

/**
 * The Korean reason a change writes a masked copy over a stored personal value, or undefined.
 * `stored` are the record's opened fields.
 */
export function maskedEchoProblem(change: Change, stored: Record<string, unknown> | undefined): { field: string; message: string } | undefined {
  if (!stored) return undefined;
  for (const f of personalOf(change.register)) {
    const value = change.fields[f.key];
    const current = stored[f.key];
    if (typeof value !== 'string' || typeof current !== 'string' || value === current || value === '') continue;
    if (maskValue(f.personal!, current) === value) {
      const label = SYNCED[change.register as keyof typeof SYNCED].label;
      return {
        field: f.key,
        message: `${label}의 ${f.label}에 가려진 값(${value})을 보내 원래 값을 덮어쓰려 해서 받지 않았습니다. 가려진 사본을 가진 PC(조회 전용 계정으로 받은 PC 등)의 변경은 받지 않습니다. 서버의 값은 그대로입니다.`,
      };
    }
  }
  return undefined;
}
