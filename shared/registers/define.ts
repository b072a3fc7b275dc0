/**
 * The register kernel: one definition per register, from which everything else is derived — the
 * zod values and patch schemas (here), the contract operations (api/contract.ts loops over the
 * register list), import/export headers, CLI field names and history labels (derive.ts), grid
 * columns and form fields (renderer/src/common/registerFields.ts), the sync checks
 * (sync/validate-change.ts reads the same FieldSpecs). docs/REGISTERS.md has the recipe.
 */
import { z } from 'zod';
import { parentLinks, type DerivedField, type FieldSpec, type ParentLink, type RegisterSpec } from '../domain/register.ts';
import { fieldRule, valueRule } from './field-rules.ts';

export type { DerivedField, OnParentDelete, ParentLink } from '../domain/register.ts';

export interface RegisterDefinitionInput extends Omit<RegisterSpec, 'name' | 'personalData' | 'display' | 'parent' | 'derived'> {
  name: string;
  personalData?: boolean;
  /** The field that names a record to a clerk: links to this register show it and accept it instead of an id. */
  display: string;
  /** Set when the register's records belong to a record of another register (course → classes). */
  parent?: ParentLink;
  derived?: readonly DerivedField[];
}

type FieldValue<F> = F extends { kind: 'tags' }
  ? string[]
  : F extends { kind: 'boolean' }
    ? boolean
    : F extends { kind: 'integer' | 'money' }
      ? number
      : F extends { kind: 'enum'; options: readonly (infer O extends string)[] }
        ? O
        : string;
type FieldOf<D> = D extends { fields: readonly (infer F)[] } ? F : never;
type KeyOf<F> = F extends { key: infer K extends string } ? K : never;
type Flat<T> = { [K in keyof T]: T[K] };

/** A stored record's values, typed from the definition ('tone' → '긍정' | '중립' | '부정'). */
export type ValuesOf<D> = Flat<{ -readonly [F in FieldOf<D> as KeyOf<F>]: FieldValue<F> }>;
type DerivedFieldOf<D> = D extends { derived: readonly (infer F)[] } ? F : never;
/** A read record's derived values (computed by the core, never written): null when there is none to show. */
export type DerivedOf<D> = Flat<{ -readonly [F in DerivedFieldOf<D> as KeyOf<F>]: F extends { kind: 'integer' | 'money' } ? number | null : string | null }>;
/** What a caller passes: required fields, the rest optional (their defaults apply). */
export type InputOf<D> = Flat<
  { -readonly [F in FieldOf<D> as F extends { required: true } ? KeyOf<F> : never]: FieldValue<F> } & {
    -readonly [F in FieldOf<D> as F extends { required: true } ? never : KeyOf<F>]?: FieldValue<F>;
  }
>;
export type PatchOf<D> = Partial<ValuesOf<D>>;

export type RegisterDefinition<D extends RegisterDefinitionInput = RegisterDefinitionInput> = D & {
  personalData: boolean;
  /** Values a clerk types or imports; optional fields take their defaults ('' for text, never null). */
  valuesSchema: z.ZodType<ValuesOf<D>, InputOf<D>>;
  /** A partial edit: only the fields present change; unknown keys are refused. */
  patchSchema: z.ZodType<PatchOf<D>, PatchOf<D>>;
};

/** A definition seen as the RegisterSpec generic code takes (records/, io/, sync/). */
export function asSpec(def: RegisterDefinitionInput): RegisterSpec {
  return def as unknown as RegisterSpec;
}

function check(def: RegisterDefinitionInput): void {
  const keys = new Set(def.fields.map((f) => f.key));
  const problems = [
    ...[def.display, ...def.naturalKey, ...(def.rowOrder ? [def.rowOrder] : [])].filter((k) => !keys.has(k)).map((k) => `없는 필드 '${k}'`),
    ...def.fields.filter((f) => f.kind === 'ref' && !f.target).map((f) => `연결 필드 '${f.key}'에 대상 대장(target)이 없습니다`),
    ...def.fields.filter((f) => f.kind === 'enum' && !(f.options && f.options.length > 0)).map((f) => `선택 필드 '${f.key}'에 options가 없습니다`),
    ...(def.displayVia && def.fields.find((f) => f.key === def.displayVia)?.kind !== 'ref' ? [`이름 연결 '${def.displayVia}'은(는) ref 필드여야 합니다`] : []),
    ...(def.derived ?? []).filter((d) => keys.has(d.key)).map((d) => `계산 항목 '${d.key}'이(가) 저장 필드와 겹칩니다`),
  ];
  for (const parent of parentLinks(def)) {
    const link = def.fields.find((f) => f.key === parent.field);
    if (!link || link.kind !== 'ref' || link.target !== parent.register) problems.push(`상위 연결 '${parent.field}'은(는) ${parent.register}를 가리키는 ref 필드여야 합니다`);
  }
  if (problems.length > 0) throw new Error(`대장 정의 ${def.name}: ${problems.join('; ')}`);
}

export function defineRegister<const D extends RegisterDefinitionInput>(input: D): RegisterDefinition<D> {
  check(input);
  const patchShape = Object.fromEntries(input.fields.map((f) => [f.key, fieldRule(f)]));
  const valueShape = Object.fromEntries(input.fields.map((f) => [f.key, valueRule(f)]));
  return {
    ...input,
    personalData: input.personalData ?? false,
    valuesSchema: z.object(valueShape) as never,
    patchSchema: z.object(patchShape).partial().strict() as never,
  };
}

/** The register a ref field links to, as a name the register list knows. */
export function refTarget(field: FieldSpec): string | undefined {
  return field.kind === 'ref' ? field.target : undefined;
}
