/**
 * A detail form's fields, made from the register definition: one control per field by kind, in
 * definition order (or the page's), neighbours marked `form.pair` sharing a row, derived values
 * shown read-only. A page may replace one field's control (the 보도자료 picker) or add a line
 * after one (the URL's open link) — everything else needs no code of its own.
 */
import { Fragment, type ReactNode } from 'react';
import type { FieldSpec, RegisterSpec } from '../../../../shared/domain/register.ts';
import { formatKernelValue, isKernelKind, kernelHint } from '../../../../shared/registers/field-values.ts';
import { CheckboxField, CustomField, SelectField, TextArea, TextField } from '../fields.tsx';
import { DateField } from '../RecordFormShell.tsx';
import type { Suggest } from '../SuggestInput.tsx';
import type { FormState } from './formModel.ts';

export interface FieldControlProps {
  field: FieldSpec;
  form: FormState;
  error: string | undefined;
  set: (key: string, value: unknown, field?: string) => void;
}

export interface DefinitionFieldsProps {
  spec: RegisterSpec;
  form: FormState;
  errorOf: (key: string) => string | undefined;
  set: (key: string, value: unknown, field?: string) => void;
  /** Field order by key; fields not named follow in definition order. */
  order?: readonly string[];
  suggest?: Readonly<Record<string, Suggest | undefined>>;
  /** Choices known only at run time (a code list's active codes). */
  options?: Readonly<Record<string, readonly string[]>>;
  onBlur?: Readonly<Record<string, () => void>>;
  /** A field's control replaced by the page's own. */
  controls?: Readonly<Record<string, (p: FieldControlProps) => ReactNode>>;
  /** Something shown right after a field (a link to open the URL). */
  after?: Readonly<Record<string, ReactNode>>;
  /** The stored record, for derived values (shown read-only); null for a new record. */
  record?: Readonly<Record<string, unknown>> | null;
}

function Control({ p, f }: { p: DefinitionFieldsProps; f: FieldSpec }) {
  const error = p.errorOf(f.key);
  const own = p.controls?.[f.key];
  if (own) return <>{own({ field: f, form: p.form, error, set: p.set })}</>;
  const value = p.form[f.key];
  const text = typeof value === 'string' ? value : '';
  const common = { name: f.key, label: f.label, error };
  const set = (v: unknown) => p.set(f.key, v);
  switch (f.kind) {
    case 'date':
      return <DateField {...common} required={f.required === true} value={text} onChange={set} />;
    case 'boolean':
      return <CheckboxField {...common} text={f.form?.text ?? f.label} checked={value === true} onChange={set} />;
    case 'enum':
      return <SelectField {...common} value={text} options={p.options?.[f.key] ?? f.options ?? []} onChange={set} />;
    case 'code':
      return <SelectField {...common} value={text} options={p.options?.[f.key] ?? []} allowEmpty="(선택 안 함)" onChange={set} />;
    case 'longText':
      return <TextArea {...common} rows={f.form?.rows} value={text} maxLength={f.maxLength} onChange={set} />;
    case 'tags':
      return <TextField {...common} suggest={p.suggest?.[f.key]} tags value={text} placeholder={f.form?.placeholder} onChange={set} />;
    default: {
      const kernel = isKernelKind(f.kind) ? f.kind : undefined;
      return (
        <TextField
          {...common}
          required={f.required}
          value={text}
          maxLength={f.maxLength}
          suggest={p.suggest?.[f.key]}
          placeholder={f.form?.placeholder ?? (kernel ? kernelHint(kernel) : undefined)}
          onChange={set}
          onBlur={p.onBlur?.[f.key]}
        />
      );
    }
  }
}

export function DefinitionFields(p: DefinitionFieldsProps) {
  const order = p.order ?? [];
  const rank = (f: FieldSpec) => (order.includes(f.key) ? order.indexOf(f.key) : order.length);
  const fields = p.spec.fields.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  const out: ReactNode[] = [];
  let section: string | undefined;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const next = fields[i + 1];
    // A field naming a new section starts it with a heading (과정 정보, 수강료 …).
    if (f.form?.section && f.form.section !== section) {
      section = f.form.section;
      out.push(
        <h3 className="form-section" key={`section-${section}`}>
          {section}
        </h3>,
      );
    }
    if (f.form?.pair && next?.form?.pair) {
      out.push(
        <div className="form-pair" key={`${f.key}+${next.key}`}>
          <Control p={p} f={f} />
          <Control p={p} f={next} />
        </div>,
      );
      if (p.after?.[next.key]) out.push(<Fragment key={`${next.key}-after`}>{p.after[next.key]}</Fragment>);
      i++;
    } else out.push(<Control key={f.key} p={p} f={f} />);
    if (p.after?.[f.key]) out.push(<Fragment key={`${f.key}-after`}>{p.after[f.key]}</Fragment>);
  }
  return <>{out}</>;
}

/** Derived values of a stored record, read-only (never sent back: the core computes them). */
export function DerivedValues({ spec, record }: { spec: RegisterSpec; record: Readonly<Record<string, unknown>> }) {
  const shownDerived = (spec.derived ?? []).filter((d) => d.grid?.hidden !== true);
  if (shownDerived.length === 0) return null;
  return (
    <>
      {shownDerived.map((d) => {
        const v = record[d.key];
        const text = isKernelKind(d.kind) ? formatKernelValue(d.kind, v) : String(v ?? '');
        return (
          <CustomField key={d.key} name={d.key} label={d.label}>
            <output data-testid={`derived-${d.key}`} className="derived-value">
              {text}
            </output>
          </CustomField>
        );
      })}
    </>
  );
}
