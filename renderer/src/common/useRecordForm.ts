/**
 * Form state shared by the detail forms: values, which fields the clerk has touched, the
 * instant client-side (zod) messages and the server's messages, and saving.
 */
import { useState } from 'react';
import type { z } from 'zod';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { ApiError, errorMessage } from '../api/client.ts';
import { detailsToFieldErrors, issuesToFieldErrors, type FieldErrors } from './formErrors.ts';

export function useRecordForm<F extends Record<string, unknown>, V>(opts: {
  initial: F;
  spec: RegisterSpec;
  schema: z.ZodType<V>;
  /** Form state → what the schema checks (tags text → array, dates normalised …). */
  toValues: (form: F) => unknown;
}) {
  const [form, setForm] = useState<F>(opts.initial);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);

  // Checked on every render: one small object, and the messages follow each keystroke.
  const parsed = opts.schema.safeParse(opts.toValues(form));
  const clientErrors: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);

  const errorOf = (key: string): string | undefined =>
    serverErrors[key] ?? (submitted || touched.has(key) ? clientErrors[key] : undefined);

  /** `field` names the value's API key when the form key differs ('tagsText' edits 'tags'). */
  const set = <K extends keyof F & string>(key: K, value: F[K], field: string = key) => {
    setForm((f) => ({ ...f, [key]: value }));
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
    setServerErrors((e) => {
      if (!(field in e)) return e;
      const { [field]: _gone, ...rest } = e;
      return rest;
    });
    setFormError('');
  };

  /** Runs `save` with the parsed values; shows field and general messages on failure. */
  const submit = async (save: (values: V) => Promise<void>) => {
    setSubmitted(true);
    if (!parsed.success) {
      setFormError('입력 내용을 확인하세요. 빨간색으로 표시된 항목을 고쳐야 저장됩니다.');
      return;
    }
    setSaving(true);
    setFormError('');
    try {
      await save(parsed.data);
    } catch (e) {
      if (e instanceof ApiError && e.details) {
        const fields = detailsToFieldErrors(opts.spec, e.details);
        setServerErrors(fields);
        setFormError(fields[''] ? `${e.message} ${fields['']}` : e.message);
      } else setFormError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return { form, set, setForm, errorOf, submit, saving, formError, setFormError };
}
