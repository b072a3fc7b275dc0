/**
 * Whether one synced change (or one pulled record) holds only what its register allows. The
 * server runs this on every pushed op and refuses the push if one fails; a PC runs it on what it
 * pulls and sets a failing record aside. Neither side may trust the other: a member's client can
 * send anything, and a server may still hold records stored before it checked.
 *
 * The rules are the register's own (shared/domain: REGISTERS, field kinds, the zod rules of
 * clipping.ts/release.ts), restated by hand because a first sync checks 100,000 records and zod
 * per value would dominate it. Two deliberate differences from the input forms:
 * - '' is accepted for every field, required or not: it is how a PC holds a field it never
 *   received (records/columns.ts decodeValue of nothing), and refusing it would block that PC's
 *   whole push forever. Anything else must be a real value of the field's kind.
 * - values are not trimmed or normalised here: this checks, it does not rewrite.
 */
import type { FieldSpec, RegisterSpec } from '../domain/register.ts';
import { SYNCED, isSyncedName } from '../domain/synced.ts';
import { isIsoDate } from '../text/korean-date.ts';
import { isDateTime, isMonth, isTime } from '../registers/field-kinds.ts';
import { topicParticle } from '../text/particle.ts';
import { CONFLICT_PREFIX, DELETED_FIELD, DESTROYED_FIELD } from './protocol.ts';
import { personalFields, residentNumberProblem } from '../personal/personal-record.ts';

export interface FieldProblem {
  /** The field key ('tone', '_at', '_conflict:summary'); '' when the register itself is unknown. */
  field: string;
  /** Korean, naming the register and the field: shown to the clerk, written to the server log. */
  message: string;
}

/** Returns a Korean sentence when `value` breaks the rule, undefined when it passes. */
type Check = (value: unknown) => string | undefined;

/** A text field without its own maxLength (none today) still has a ceiling. */
const DEFAULT_TEXT_MAX = 10_000;
const CODE_MAX = 50;
const ACTOR_MAX = 200;
const MAX_TAGS = 30;
const TAG_MAX = 50;
/** Texts that lost earlier while one conflict stayed open (one per PC that rewrote it). */
const MAX_EARLIER = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const URL_RULE = /^https?:\/\/\S+$/i;
const HLC = /^\d{15}-[0-9a-f]{4}-[0-9a-f]{16}$/;
/** new Date().toISOString() and its close relatives (an offset instead of Z, fewer fraction digits). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

const META_LABELS: Record<string, string> = {
  [DELETED_FIELD]: '삭제 표시',
  _at: '수정 시각',
  _createdAt: '등록 시각',
  _by: '수정한 사람',
  _createdBy: '등록한 사람',
  [DESTROYED_FIELD]: '파기 표시',
};

/** A received value as it may be quoted back: short, on one line. */
function shown(v: string): string {
  const one = v.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return one.length > 30 ? `${one.slice(0, 30)}…` : one;
}

/** "언론보도의 논조 값 '악의'는" */
function valueIs(subject: string, v: string): string {
  const s = shown(v);
  return `${subject} 값 '${s}'${topicParticle(s)}`;
}

function textCheck(subject: string, label: string, max: number): Check {
  const is = `${subject}${topicParticle(label)}`;
  return (v) => {
    if (typeof v !== 'string') return `${is} 글자여야 합니다.`;
    if (v.length > max) return `${is} ${max.toLocaleString('ko-KR')}자 이내여야 합니다(받은 값 ${v.length.toLocaleString('ko-KR')}자).`;
    return undefined;
  };
}

/** A value stored in one fixed form ('2024-09', '14:30'): '' or that form. */
function formattedCheck(subject: string, is: string, valid: (v: string) => boolean, form: string): Check {
  return (v) => {
    if (typeof v !== 'string') return `${is} ${form}(글자)이어야 합니다.`;
    if (v === '' || valid(v)) return undefined;
    return `${valueIs(subject, v)} ${form}이 아닙니다.`;
  };
}

function fieldCheck(spec: RegisterSpec, f: FieldSpec): Check {
  const subject = `${spec.label}의 ${f.label}`;
  const is = `${subject}${topicParticle(f.label)}`;
  switch (f.kind) {
    case 'text':
    case 'longText': {
      const base = textCheck(subject, f.label, f.maxLength ?? DEFAULT_TEXT_MAX);
      const pattern = f.pattern;
      if (!pattern) return base;
      return (v) => base(v) ?? (v === '' || pattern.rule.test(v as string) ? undefined : `${valueIs(subject, v as string)} ${pattern.hint}여야 합니다.`);
    }
    case 'code': {
      const max = f.maxLength ?? CODE_MAX;
      const base = textCheck(subject, f.label, max);
      return (v) => base(v) ?? (CONTROL.test(v as string) ? `${is} 한 줄의 짧은 글자여야 합니다.` : undefined);
    }
    case 'enum': {
      const options = new Set(f.options ?? []);
      const list = [...options].join(', ');
      return (v) => {
        if (typeof v !== 'string') return `${is} ${list} 중 하나여야 합니다.`;
        if (v === '' || options.has(v)) return undefined;
        return `${valueIs(subject, v)} 허용되지 않습니다(${list}).`;
      };
    }
    case 'date':
      return (v) => {
        if (typeof v !== 'string') return `${is} 2024-09-02 형식의 날짜여야 합니다.`;
        if (v === '' || isIsoDate(v)) return undefined;
        return `${valueIs(subject, v)} 2024-09-02 형식의 실제 날짜가 아닙니다.`;
      };
    case 'url': {
      const base = textCheck(subject, f.label, f.maxLength ?? 2000);
      return (v) => base(v) ?? (v === '' || URL_RULE.test(v as string) ? undefined : `${is} http:// 또는 https://로 시작해야 합니다.`);
    }
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? undefined : `${is} 예 또는 아니오(true/false)여야 합니다.`);
    case 'ref':
      return (v) => {
        if (typeof v !== 'string') return `${is} 연결할 자료의 ID(글자)여야 합니다.`;
        if (v === '' || UUID.test(v)) return undefined;
        return `${valueIs(subject, v)} 올바른 연결(ID)이 아닙니다.`;
      };
    case 'integer':
      return (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? undefined : `${is} 정수여야 합니다.`);
    case 'money':
      return (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? undefined : `${is} 0 이상의 원 단위 정수여야 합니다.`);
    case 'month':
      return formattedCheck(subject, is, isMonth, '2024-09 형식의 연월');
    case 'time':
      return formattedCheck(subject, is, isTime, '14:30 형식의 시각');
    case 'datetime':
      return formattedCheck(subject, is, isDateTime, '2024-09-02T14:30 형식의 일시');
    case 'tags':
      return (v) => {
        if (!Array.isArray(v)) return `${is} 태그 목록이어야 합니다.`;
        if (v.length > MAX_TAGS) return `${is} ${MAX_TAGS}개까지 붙일 수 있습니다(받은 값 ${v.length}개).`;
        for (const t of v) {
          if (typeof t !== 'string' || t.length === 0 || t.length > TAG_MAX) return `${subject} 하나하나는 1~${TAG_MAX}자의 글자여야 합니다.`;
        }
        return undefined;
      };
  }
}

function metaChecks(spec: RegisterSpec): Map<string, Check> {
  const subject = (key: string) => `${spec.label}의 ${META_LABELS[key]}`;
  const is = (key: string) => `${subject(key)}${topicParticle(META_LABELS[key]!)}`;
  const time = (key: string): Check => (v) => {
    if (typeof v !== 'string') return `${is(key)} 시각(글자)이어야 합니다.`;
    if (v === '' || (DATE_TIME.test(v) && Number.isFinite(Date.parse(v)))) return undefined;
    return `${valueIs(subject(key), v)} 2024-09-02T09:00:00.000Z 형식의 시각이 아닙니다.`;
  };
  const checks = new Map<string, Check>([
    [DELETED_FIELD, (v) => (typeof v === 'boolean' ? undefined : `${is(DELETED_FIELD)} true 또는 false여야 합니다.`)],
    ['_at', time('_at')],
    ['_createdAt', time('_createdAt')],
    ['_by', textCheck(subject('_by'), META_LABELS._by!, ACTOR_MAX)],
    ['_createdBy', textCheck(subject('_createdBy'), META_LABELS._createdBy!, ACTOR_MAX)],
  ]);
  // 파기 only exists where there is personal data, and cannot be taken back (no false).
  if (personalFields(spec).length > 0) {
    checks.set(DESTROYED_FIELD, (v) => (v === true ? undefined : `${is(DESTROYED_FIELD)} true여야 합니다(파기는 되돌릴 수 없습니다).`));
  }
  return checks;
}

/** The Korean label of a field key, or the key itself when the register has no such field. */
function labelOf(spec: RegisterSpec, key: string): string {
  return spec.fields.find((f) => f.key === key)?.label ?? shown(key);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `_conflict:<field>`: null clears it (a person resolved it, sync-service.ts); otherwise the mark
 * the server keeps (server/sync/push.ts conflictMark): the losing text, the stamp that wrote it
 * ('' when unknown), and texts that lost before while it stayed open.
 */
function conflictCheck(spec: RegisterSpec, f: FieldSpec): Check {
  const max = f.maxLength ?? DEFAULT_TEXT_MAX;
  const bad = `${spec.label}의 ${f.label} 충돌 기록의 형식이 올바르지 않습니다.`;
  const entryOk = (e: unknown, allowEarlier: boolean): boolean => {
    if (!isPlainObject(e)) return false;
    for (const k in e) if (k !== 'value' && k !== 'hlc' && !(allowEarlier && k === 'earlier')) return false;
    return typeof e.value === 'string' && e.value.length <= max && typeof e.hlc === 'string' && (e.hlc === '' || HLC.test(e.hlc));
  };
  return (v) => {
    if (v === null) return undefined;
    if (!entryOk(v, true)) return bad;
    const earlier = (v as { earlier?: unknown }).earlier;
    if (earlier === undefined) return undefined;
    if (!Array.isArray(earlier) || earlier.length > MAX_EARLIER) return bad;
    return earlier.every((e) => entryOk(e, false)) ? undefined : bad;
  };
}

interface RegisterChecks {
  spec: RegisterSpec;
  checks: ReadonlyMap<string, Check>;
}

const cache = new Map<string, RegisterChecks>();

/** The checks of any register definition, derived from its fields' kinds. */
function checksFor(spec: RegisterSpec): RegisterChecks {
  const checks = metaChecks(spec);
  for (const f of spec.fields) {
    checks.set(f.key, fieldCheck(spec, f));
    if (f.kind === 'longText') checks.set(`${CONFLICT_PREFIX}${f.key}`, conflictCheck(spec, f));
  }
  return { spec, checks };
}

function checksOf(register: string): RegisterChecks | undefined {
  let rc = cache.get(register);
  if (!rc && isSyncedName(register)) {
    rc = checksFor(SYNCED[register]);
    cache.set(register, rc);
  }
  return rc;
}

/** Like syncedFieldsProblem, for a definition not (yet) in the register list (docs/REGISTERS.md recipe test). */
export function definitionFieldsProblem(spec: RegisterSpec, fields: Readonly<Record<string, unknown>>): { field: string; message: string } | undefined {
  const { checks } = checksFor(spec);
  for (const key in fields) {
    const check = checks.get(key);
    if (!check) return { field: key, message: `${spec.label}에는 '${shown(key)}' 항목이 없습니다. 이 자료는 받을 수 없습니다.` };
    const message = check(fields[key]);
    if (message !== undefined) return { field: key, message };
  }
  // 주민등록번호 is refused in every field of a personal register, whoever sent it (PERSONAL-DATA.md).
  const resident = residentNumberProblem(spec, fields);
  if (resident !== null) return { field: '', message: resident };
  return undefined;
}

/** The first problem of one change's / pulled record's fields, or undefined when all pass. */
export function syncedFieldsProblem(register: string, fields: Readonly<Record<string, unknown>>): { field: string; message: string } | undefined {
  const rc = checksOf(register);
  if (!rc) return { field: '', message: `알 수 없는 대장 '${shown(register)}'의 자료는 받을 수 없습니다. 서버와 모든 PC의 GuDesk가 같은 버전인지 확인하세요.` };
  for (const key in fields) {
    const check = rc.checks.get(key);
    if (!check) {
      const message = key.startsWith(CONFLICT_PREFIX)
        ? `${rc.spec.label}의 '${labelOf(rc.spec, key.slice(CONFLICT_PREFIX.length))}' 항목에는 충돌 기록을 둘 수 없습니다.`
        : `${rc.spec.label}에는 '${shown(key)}' 항목이 없습니다. 이 자료는 받을 수 없습니다.`;
      return { field: key, message };
    }
    const message = check(fields[key]);
    if (message !== undefined) return { field: key, message };
  }
  // 주민등록번호 is refused in every field of a personal register, whoever sent it (PERSONAL-DATA.md).
  const resident = residentNumberProblem(rc.spec, fields);
  if (resident !== null) return { field: '', message: resident };
  return undefined;
}

/** A change's `bases` may name only the register's long-text fields (the stamp each edit replaced). */
export function basesProblem(register: string, bases: Readonly<Record<string, unknown>> | undefined): FieldProblem | undefined {
  if (bases === undefined) return undefined;
  const rc = checksOf(register);
  if (!rc) return syncedFieldsProblem(register, {});
  for (const key in bases) {
    const f = rc.spec.fields.find((x) => x.key === key);
    if (!f || f.kind !== 'longText') return { field: key, message: `${rc.spec.label}의 '${labelOf(rc.spec, key)}' 항목은 고친 기준(bases)을 가질 수 없습니다.` };
  }
  return undefined;
}
