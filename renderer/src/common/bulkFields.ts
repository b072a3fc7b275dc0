/**
 * The fields 일괄 수정 offers, made from the register definition: every field a clerk edits, so
 * a register built next has bulk edit without a hand-made list. A page adds what the definition
 * cannot know (the current 매체구분 codes, the 보도자료 picker).
 */
import type { RecordMeta, RegisterSpec } from '../../../shared/domain/register.ts';
import type { BulkField } from './BulkEditDialog.tsx';
import type { RegisterOps } from './registerOps.ts';
import { suggestFor } from './suggestions.ts';
import { kernelHint, parseKernelValue } from '../../../shared/registers/field-values.ts';

export function bulkFieldsFromSpec<R extends RecordMeta>(spec: RegisterSpec, ops: RegisterOps<R>, extra: Record<string, Partial<BulkField>> = {}): BulkField[] {
  const fields: BulkField[] = [];
  for (const f of spec.fields) {
    const more = extra[f.key] ?? {};
    const base = { key: f.key, label: f.label, suggest: suggestFor(ops, spec, f.key) };
    switch (f.kind) {
      case 'enum':
        fields.push({ ...base, kind: 'select', options: f.options ?? [], ...more });
        break;
      case 'code':
        fields.push({ ...base, kind: 'select', options: [], emptyOption: '(비움)', ...more });
        break;
      case 'boolean':
        fields.push({ ...base, kind: 'boolean', ...more });
        break;
      case 'tags':
        fields.push({ ...base, kind: 'tags', ...more });
        break;
      case 'date':
        fields.push({ ...base, kind: 'date', ...more });
        break;
      case 'ref':
        // A link needs a picker only the page has; without one the field is not offered.
        if (more.render) fields.push({ ...base, kind: 'custom', ...more });
        break;
      case 'integer':
      case 'money':
      case 'month':
      case 'time':
      case 'datetime': {
        const kind = f.kind;
        const parse = (text: string): unknown => {
          if (text.trim() === '') return kind === 'integer' || kind === 'money' ? 0 : '';
          const parsed = parseKernelValue(kind, f.label, text);
          return parsed.ok ? parsed.value : text.trim();
        };
        fields.push({ ...base, kind: 'text', parse, placeholder: kernelHint(kind), ...more });
        break;
      }
      default:
        fields.push({ ...base, kind: 'text', ...more });
    }
  }
  return fields;
}
