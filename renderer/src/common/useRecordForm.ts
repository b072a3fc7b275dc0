/**
 * Form state shared by the detail forms: values, which fields the clerk has touched, the
 * instant client-side (zod) messages and the server's messages, saving, and whether the form
 * holds unsaved changes (the panel asks before throwing them away: useFormGuard.ts).
 */
import { useState } from 'react';
import type { z } from 'zod';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { ApiError, errorMessage } from '../api/client.ts';
import { detailsToFieldErrors, issuesToFieldErrors, type FieldErrors } from './formErrors.ts';
import { useFormGuard } from './useFormGuard.ts';
import { withCompletedUrls } from './webUrl.ts';

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
  // What the form held when loaded or last saved: unsaved changes are differences from it.
  const [baseline, setBaseline] = useState<F>(opts.initial);

  // The record changed outside the form (an inline edit in the grid, a pull from another PC):
  // the fields the clerk has not changed take the new values, and what the clerk typed stays, so
  // a save from this form never writes an older value back over the newer one.
  const initialKey = JSON.stringify(opts.toValues(opts.initial));
  const [seenInitial, setSeenInitial] = useState(initialKey);
  if (initialKey !== seenInitial) {
    setSeenInitial(initialKey);
    const next: Record<string, unknown> = { ...opts.initial };
    for (const key of Object.keys(form)) if (form[key] !== baseline[key]) next[key] = form[key];
    setForm(next as F);
    setBaseline(opts.initial);
  }

  // Checked on every render: one small object, and the messages follow each keystroke.
  // An address typed without https:// is completed, not refused (every URL field of the register).
  const parsed = opts.schema.safeParse(withCompletedUrls(opts.spec, opts.toValues(form)));
  const clientErrors: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  // Compared as the schema sees them: '2024. 9. 2.' and '2024-09-02' are the same date.
  const dirty = form !== baseline && JSON.stringify(opts.toValues(form)) !== JSON.stringify(opts.toValues(baseline));
  const guard = useFormGuard(dirty);

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
      guard.settle(false);
      return;
    }
    setSaving(true);
    setFormError('');
    const submitted = form;
    try {
      await save(parsed.data);
      setBaseline(submitted);
      guard.settle(true);
    } catch (e) {
      guard.settle(false);
      if (e instanceof ApiError && e.details) {
        const fields = detailsToFieldErrors(opts.spec, e.details);
        setServerErrors(fields);
        setFormError(fields[''] ? `${e.message} ${fields['']}` : e.message);
      } else setFormError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return { form, set, setForm, errorOf, submit, saving, formError, setFormError, dirty };
}
