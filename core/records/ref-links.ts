/**
 * Links ('ref' fields) for any register. Writing accepts the linked record's id or its display
 * name (its register's `display` field): an unknown or ambiguous name is refused in Korean
 * (forms, CLI); import warns instead (transfer/import-register.ts). Reading shows the name.
 * A register may bring its own resolver for names (보도자료: '2024-09-02 제목', or the latest
 * release of that title on or before the clipping's date, core/releases/release-ref.ts).
 */
import { AppError } from '../../shared/api/errors.ts';
import type { FieldSpec, RegisterSpec } from '../../shared/domain/register.ts';
import { objectParticle, subjectParticle } from '../../shared/text/particle.ts';
import { maskFieldValue } from '../../shared/personal/personal-record.ts';
import type { LinksRepository } from './links-repository.ts';

/** A register's own way to read a name: the id, or undefined when nothing matches. */
export type NameResolver = (text: string, onOrBefore?: string) => string | undefined;

export type RefResolution = { ok: true; id: string } | { ok: false; reason: string };

const COUNT_WORDS = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'];

/** '두 건', '열 건', '12건': how a clerk says a small count. */
export function countWords(n: number): string {
  return n < COUNT_WORDS.length ? `${COUNT_WORDS[n]} 건` : `${n.toLocaleString('ko-KR')}건`;
}

export function refLinks(links: LinksRepository, specOf: (name: string) => RegisterSpec | undefined, resolvers: Readonly<Record<string, NameResolver>> = {}) {
  function target(field: FieldSpec): RegisterSpec {
    const spec = field.target ? specOf(field.target) : undefined;
    if (!spec) throw new Error(`연결 필드 ${field.key}의 대상 대장 ${String(field.target)}이(가) 없습니다.`);
    return spec;
  }

  /**
   * The name a record goes by and whether it is deleted: its display field, or — for a register
   * named through a link (`displayVia`: 수강신청 → its 수강생) — the linked record's name.
   */
  function shown(spec: RegisterSpec, id: string, depth = 0): { text: string; deleted: boolean } | undefined {
    const own = links.displayOf(spec, id);
    if (!own) return undefined;
    const via = spec.displayVia ? spec.fields.find((f) => f.key === spec.displayVia) : undefined;
    const linkedId = via && depth < 3 ? links.fieldOf(spec, id, via.key) : undefined;
    const linked = via && linkedId ? shown(target(via), linkedId, depth + 1) : undefined;
    return { text: linked ? linked.text : shownText(spec, own.text), deleted: own.deleted };
  }

  /**
   * `text` (an id or a name) → the id of the linked record. `onOrBefore` is the linking record's
   * date (its rowOrder field), for registers whose names repeat over the years.
   */
  function resolve(field: FieldSpec, text: string, onOrBefore?: string): RefResolution {
    const wanted = text.trim().normalize('NFC');
    if (wanted === '') return { ok: true, id: '' };
    const spec = target(field);
    const byId = links.displayOf(spec, wanted);
    if (byId && !byId.deleted) return { ok: true, id: wanted };
    // A new link to a deleted record would dangle from the start (a kept one is never resolved again).
    if (byId) return { ok: false, reason: `연결할 ${spec.label}${objectParticle(spec.label)} 찾을 수 없습니다 (삭제되었을 수 있습니다).` };
    const own = resolvers[spec.name];
    if (own) {
      const id = own(wanted, onOrBefore);
      return id ? { ok: true, id } : { ok: false, reason: `${spec.label} "${wanted}"${objectParticle(wanted)} 찾을 수 없습니다.` };
    }
    const ids = links.liveIdsByDisplay(spec, wanted, 11);
    if (ids.length === 1) return { ok: true, id: ids[0]! };
    if (ids.length === 0) return { ok: false, reason: `${spec.label} "${wanted}"${objectParticle(wanted)} 찾을 수 없습니다.` };
    const many = ids.length > 10 ? '열 건 넘게' : countWords(ids.length);
    return { ok: false, reason: `${spec.label} "${wanted}"${subjectParticle(wanted)} ${many} 있습니다: ID로 지정하세요` };
  }

  return {
    resolve,
    /** Like resolve, but refuses with an AppError naming the field (forms, CLI, API). */
    require(field: FieldSpec, text: string, onOrBefore?: string): string {
      const r = resolve(field, text, onOrBefore);
      if (!r.ok) throw new AppError('invalid_input', r.reason, { [field.label]: r.reason.includes('삭제되었을') ? `없는 ${target(field).label}입니다.` : r.reason });
      return r.id;
    },
    /** The linked record's display text, deleted or not (history); undefined when this PC lacks it. */
    text(field: FieldSpec, id: string): string | undefined {
      return shown(target(field), id)?.text;
    },
    /** What a link shows: the linked record's name, '삭제된 보도자료: …', or '' for no link. */
    name(field: FieldSpec, id: unknown): string {
      if (typeof id !== 'string' || id === '') return '';
      const spec = target(field);
      const named = shown(spec, id);
      if (!named) return `찾을 수 없는 ${spec.label}`;
      return named.deleted ? `삭제된 ${spec.label}: ${named.text}` : named.text;
    },
  };
}

/**
 * A link shows its target's name masked when that name is personal data (수강신청 → 수강생 김*시):
 * a link must not reveal what the person's own record hides. Writing still accepts the full name.
 */
function shownText(spec: RegisterSpec, text: string): string {
  return spec.display ? maskFieldValue(spec, spec.display, text) : text;
}

export type RefLinks = ReturnType<typeof refLinks>;
