/**
 * A record form's masked personal fields (docs/PERSONAL-DATA.md): each shows the value the core
 * returned (김*용, 010-1234-****, ●●●) read-only with a small '보기' button; 보기 asks the reason
 * (RevealDialog) and then the field holds the real value, editable, until the form closes. A field
 * still masked is left out of what the form checks and saves, so a masked echo or a masked
 * 장애 여부 (shown as an unticked box) never overwrites the stored value.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { CustomField } from '../common/fields.tsx';
import type { FieldControlProps } from '../common/registerFields/DefinitionFields.tsx';
import { useReveal } from './RevealDialog.tsx';
import { maskedFieldKeys, revealPerson } from './reveal.ts';

type Rec = Record<string, unknown>;

export function useMaskedFields(spec: RegisterSpec, record: Rec | null, schema: z.ZodType) {
  // Revealed values by field, for this record only (the form is remounted per record).
  const [revealed, setRevealed] = useState<Rec>({});
  const reveal = useReveal();
  const masked = maskedFieldKeys(spec, record).filter((k) => !Object.hasOwn(revealed, k));
  const maskedKey = masked.join(',');
  /** The record as the form should start from: the revealed values in place of their masks. */
  const shown = useMemo(() => (record ? { ...record, ...revealed } : null), [record, revealed]);

  const checked = useMemo(() => {
    if (maskedKey === '') return schema;
    const obj = schema as unknown as { omit?: (mask: Record<string, true>) => z.ZodType };
    return obj.omit ? obj.omit(Object.fromEntries(maskedKey.split(',').map((k) => [k, true]))) : schema;
  }, [schema, maskedKey]);

  const ask = async (key: string) => {
    const field = spec.fields.find((f) => f.key === key);
    if (!record || !field) return;
    const res = await reveal.ask({ spec, id: String(record.id), field, person: revealPerson(spec, record) });
    if (res) setRevealed((r) => ({ ...r, [key]: res.value }));
  };

  const controls: Record<string, (p: FieldControlProps) => ReactNode> = {};
  for (const key of masked) {
    controls[key] = ({ field }) => (
      <CustomField name={field.key} label={field.label}>
        <div className="masked-field">
          <input id={`f-${field.key}`} data-testid={`field-${field.key}`} readOnly value={String(record?.[field.key] ?? '')} aria-label={`${field.label} (가려짐)`} title="가려진 값입니다. 보기를 누르고 사유를 적으면 보입니다." />
          <button type="button" className="button reveal-button" data-testid={`reveal-${field.key}`} onClick={() => void ask(field.key)}>
            보기
          </button>
        </div>
      </CustomField>
    );
  }

  return {
    /** Start the form from this (revealed values in place). */
    record: shown,
    /** The schema without the still-masked fields. */
    schema: checked,
    /** Form values without the still-masked fields. */
    omitMasked: (values: Rec): Rec => {
      if (masked.length === 0) return values;
      const out = { ...values };
      for (const k of masked) delete out[k];
      return out;
    },
    controls,
    /** After a save: a personal value the clerk typed is theirs to keep seeing. */
    remember: (patch: Rec) => {
      const personal = Object.keys(patch).filter((k) => spec.fields.find((f) => f.key === k)?.personal !== undefined);
      if (personal.length > 0) setRevealed((r) => ({ ...r, ...Object.fromEntries(personal.map((k) => [k, patch[k]])) }));
    },
    dialog: reveal.dialog,
  };
}
