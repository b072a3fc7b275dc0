/**
 * Labelled form controls with their Korean error message underneath. Every control carries
 * data-testid="field-<key>" so end-to-end tests address fields by their API key.
 */
import type { ReactNode } from 'react';
import { SuggestInput, type Suggest } from './SuggestInput.tsx';

interface Base {
  name: string;
  label: string;
  error?: string | undefined;
  required?: boolean;
  hint?: string;
}

function Row({ name, label, error, required, hint, children }: Base & { children: ReactNode }) {
  return (
    <div className={error ? 'form-row has-error' : 'form-row'}>
      <label htmlFor={`f-${name}`} className="form-label">
        {label}
        {required && <span className="required" aria-label="필수">*</span>}
      </label>
      <div className="form-control">
        {children}
        {error ? (
          <div className="field-error" id={`f-${name}-error`} data-testid={`error-${name}`} role="alert">
            {error}
          </div>
        ) : (
          hint && <div className="field-hint">{hint}</div>
        )}
      </div>
    </div>
  );
}

const aria = (name: string, error?: string) => ({
  id: `f-${name}`,
  'data-testid': `field-${name}`,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? `f-${name}-error` : undefined,
});

export function TextField(
  p: Base & {
    value: string;
    onChange: (v: string) => void;
    onBlur?: () => void;
    placeholder?: string;
    maxLength?: number;
    type?: string;
    list?: string;
    /** What the office already typed here, offered under the input (SuggestInput). */
    suggest?: Suggest | undefined;
    /** With `suggest`: comma-separated tags, the last one is completed. */
    tags?: boolean;
  },
) {
  if (p.suggest) {
    return (
      <Row {...p}>
        <SuggestInput
          {...aria(p.name, p.error)}
          listTestId={`suggest-${p.name}`}
          suggest={p.suggest}
          tags={p.tags ?? false}
          value={p.value}
          placeholder={p.placeholder}
          maxLength={p.maxLength}
          onChange={p.onChange}
          onBlur={p.onBlur}
        />
      </Row>
    );
  }
  return (
    <Row {...p}>
      <input
        {...aria(p.name, p.error)}
        type={p.type ?? 'text'}
        value={p.value}
        placeholder={p.placeholder}
        maxLength={p.maxLength}
        list={p.list}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={p.onBlur}
      />
    </Row>
  );
}

export function TextArea(p: Base & { value: string; onChange: (v: string) => void; rows?: number; maxLength?: number }) {
  return (
    <Row {...p}>
      <textarea {...aria(p.name, p.error)} value={p.value} rows={p.rows ?? 4} maxLength={p.maxLength} onChange={(e) => p.onChange(e.target.value)} />
    </Row>
  );
}

export function SelectField(p: Base & { value: string; onChange: (v: string) => void; options: readonly string[]; allowEmpty?: string }) {
  const options = p.value !== '' && !p.options.includes(p.value) ? [...p.options, p.value] : p.options;
  return (
    <Row {...p}>
      <select {...aria(p.name, p.error)} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.allowEmpty !== undefined && <option value="">{p.allowEmpty}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </Row>
  );
}

export function CheckboxField(p: Base & { checked: boolean; onChange: (v: boolean) => void; text: string }) {
  return (
    <Row {...p}>
      <label className="checkbox-inline">
        <input {...aria(p.name, p.error)} type="checkbox" checked={p.checked} onChange={(e) => p.onChange(e.target.checked)} />
        {p.text}
      </label>
    </Row>
  );
}

export function CustomField(p: Base & { children: ReactNode }) {
  return <Row {...p}>{p.children}</Row>;
}
