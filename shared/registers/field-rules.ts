/**
 * The zod rule of one field, derived from its FieldSpec, with the Korean messages clerks have
 * always seen ('제목을 입력하세요.', '논조는 긍정, 중립, 부정 중 하나여야 합니다.'). The patch rule has no
 * default (a patch must not reset the fields it leaves out); the values rule adds one.
 */
import { z } from 'zod';
import type { FieldSpec } from '../domain/register.ts';
import { requiredText, text } from '../domain/text-fields.ts';
import { dateMessage, isIsoDate, missingDateMessage } from '../text/korean-date.ts';
import { topicParticle } from '../text/particle.ts';
import { isDateTime, isMonth, isTime } from './field-kinds.ts';

/** Text of any length the kernel assumes when a text field names none. */
export const DEFAULT_TEXT_MAX = 1000;
export const DEFAULT_MAX_TAGS = 30;
export const TAG_MAX = 50;

const is = (label: string) => `${label}${topicParticle(label)}`;

/** A formatted value ('YYYY-MM', 'HH:MM' …): '' allowed unless required. */
function formatted(f: FieldSpec, valid: (v: string) => boolean, refusal: string) {
  const missing = missingDateMessage(f.label);
  const base = z.string({ error: missing }).trim();
  if (!f.required) return base.refine((v) => v === '' || valid(v), { error: refusal });
  // A blank date has always read as the format hint; the newer kinds say what is missing.
  return f.kind === 'date' ? base.refine(valid, { error: refusal }) : base.refine((v) => v !== '' && valid(v), { error: (iss) => (iss.input === '' ? missing : refusal) });
}

function integerRule(f: FieldSpec, min: number | undefined, message: string) {
  const n = z.number({ error: message }).int({ error: message });
  return min === undefined ? n : n.min(min, { error: message });
}

/** The rule without a default. */
export function fieldRule(f: FieldSpec): z.ZodType {
  switch (f.kind) {
    case 'text':
    case 'longText':
    case 'code': {
      const max = f.maxLength ?? DEFAULT_TEXT_MAX;
      if (f.required) return requiredText(f.label, max, missingDateMessage(f.label));
      const base = text(f.label, max);
      const pattern = f.pattern;
      return pattern ? base.refine((v) => v === '' || pattern.rule.test(v), { error: `${is(f.label)} ${pattern.hint}여야 합니다.` }) : base;
    }
    case 'url':
      return text(f.label, f.maxLength ?? 2000).refine((u) => u === '' || /^https?:\/\/\S+$/i.test(u), { error: `${is(f.label)} http:// 또는 https://로 시작해야 합니다.` });
    case 'date':
      return formatted(f, isIsoDate, dateMessage(f.label));
    case 'month':
      return formatted(f, isMonth, `${is(f.label)} 2024. 9. 형식의 연월로 입력하세요.`);
    case 'time':
      return formatted(f, isTime, `${is(f.label)} 14:30 형식의 시각으로 입력하세요.`);
    case 'datetime':
      return formatted(f, isDateTime, `${is(f.label)} 2024. 9. 2. 14:30 형식의 일시로 입력하세요.`);
    case 'enum': {
      const options = (f.options ?? []) as [string, ...string[]];
      return z.enum(options, { error: `${is(f.label)} ${options.join(', ')} 중 하나여야 합니다.` });
    }
    case 'tags': {
      const max = f.maxItems ?? DEFAULT_MAX_TAGS;
      return z.array(text(f.label, f.maxLength ?? TAG_MAX).min(1)).max(max, { error: `${is(f.label)} ${max}개까지 붙일 수 있습니다.` });
    }
    case 'boolean':
      return z.boolean({ error: `${is(f.label)} 예 또는 아니오여야 합니다.` });
    case 'ref':
      // An id or, before the core resolves it, the linked record's display name (core/records/ref-links.ts).
      return z.string().trim().max(400);
    case 'integer':
      return integerRule(f, undefined, `${is(f.label)} 정수로 입력하세요.`);
    case 'money':
      return integerRule(f, 0, `${is(f.label)} 0원 이상의 원 단위 금액으로 입력하세요 (예: 1,234,000).`);
  }
}

/** What a new record holds when the field is left out. */
export function defaultValue(f: FieldSpec): unknown {
  if (f.default !== undefined) return Array.isArray(f.default) ? [...f.default] : f.default;
  switch (f.kind) {
    case 'tags':
      return [];
    case 'boolean':
      return false;
    case 'integer':
    case 'money':
      return 0;
    default:
      return '';
  }
}

/** The rule with the default a new record gets; required fields have none (they say what is missing). */
export function valueRule(f: FieldSpec): z.ZodType {
  const rule = fieldRule(f);
  return f.required ? rule : rule.default(defaultValue(f) as never);
}
