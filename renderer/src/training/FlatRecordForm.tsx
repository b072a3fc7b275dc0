/**
 * The detail form of a flat register's record, from its definition alone: its fields
 * (DefinitionFields, with 입력 도우미, code-list choices and the derived values read-only), history, and — for 교육반 — its children (회차, 수강신청) as ChildGrids.
 * A link field shows and takes the linked record's name ('스마트폰 기초'); the core resolves it.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import type { RecordMeta, RegisterSpec } from '../../../shared/domain/register.ts';
import { DetailFrame } from '../common/DetailFrame.tsx';
import { changedFields } from '../common/formErrors.ts';
import { FormFooter, RecordMetaLine } from '../common/FormFooter.tsx';
import type { DetailProps } from '../common/grid/RegisterWorkspace.tsx';
import { HistoryTable } from '../common/HistoryTable.tsx';
import { DefinitionFields } from '../common/registerFields/DefinitionFields.tsx';
import { formStateFor, formValues, storedValues, type FormState } from '../common/registerFields/formModel.ts';
import { useRecordForm } from '../common/useRecordForm.ts';
import { RecordFormShell } from '../common/RecordFormShell.tsx';
import { useToast } from '../app/toast.tsx';
import { useMaskedFields } from '../personal/useMaskedFields.tsx';
import type { RegisterOps } from '../common/registerOps.ts';
import type { z } from 'zod';
import { suggestFor } from '../common/suggestions.ts';
import { useCodeOptions } from './useCodeOptions.ts';

export interface ChildTab {
  id: string;
  label: string;
  /** `parent`: the record as shown (its name for a child form's title). */
  render: (parentId: string, parent: Readonly<Record<string, unknown>>) => ReactNode;
}

/** The form state with each link showing its record's name instead of its id. */
function initialState(spec: RegisterSpec, record: Record<string, unknown> | null): FormState {
  const state = formStateFor(spec, record);
  for (const f of spec.fields) if (f.kind === 'ref' && record) state[f.key] = String(record[f.shownAs ?? `${f.key}Name`] ?? '');
  return state;
}

/** The form's title: the record's name, through its naming link when it has one (수강신청 → 김*용). */
function recordTitle(spec: RegisterSpec, rec: Record<string, unknown>): string {
  const via = spec.displayVia ? spec.fields.find((f) => f.key === spec.displayVia) : undefined;
  const key = via ? (via.shownAs ?? `${via.key}Name`) : spec.display;
  return key ? String(rec[key] ?? '') : '';
}

export function FlatRecordForm<R extends RecordMeta>(
  p: DetailProps<R> & { spec: RegisterSpec; schema: z.ZodType; ops: RegisterOps<R>; newTitle: string; children?: readonly ChildTab[]; /** Buttons for a saved record (교육반: its prints). */ actions?: (id: string) => ReactNode },
) {
  const toast = useToast();
  const { record, spec } = p;
  const rec = record as unknown as Record<string, unknown> | null;
  // Personal fields come masked: shown read-only with 보기 until revealed, left out of the save.
  const masked = useMaskedFields(spec, rec, p.schema);
  const f = useRecordForm<FormState, unknown>({ initial: initialState(spec, masked.record), spec, schema: masked.schema, toValues: (s) => masked.omitMasked(formValues(spec, s)) });

  const save = () =>
    f.submit(async (values) => {
      const v = values as Record<string, unknown>;
      if (!record) {
        const res = await p.ops.create(v);
        return p.onSaved(res.record, res.batchId, true, res.notes);
      }
      const patch = changedFields(storedValues(spec, masked.record!) as Record<string, unknown>, v);
      // A link shown by name is sent again only when the clerk changed the name.
      for (const field of spec.fields) if (field.kind === 'ref' && v[field.key] === String(rec![field.shownAs ?? `${field.key}Name`] ?? '')) delete patch[field.key];
      if (Object.keys(patch).length === 0) return toast.show({ message: '바뀐 내용이 없습니다.' });
      const res = await p.ops.update(record.id, patch, record.version);
      masked.remember(patch);
      p.onSaved(res.record, res.batchId, false, res.notes);
    });
  // 입력 도우미 for the fields the definition offers it on (a class's 강사 also from 강사 names).
  const suggest = useMemo(() => Object.fromEntries(spec.fields.filter((x) => x.suggest).map((x) => [x.key, suggestFor(p.ops, spec, x.key)])), [spec, p.ops]);
  const options = useCodeOptions(spec);
  const loadHistory = useCallback(() => (record ? p.ops.history(record.id) : Promise.resolve([])), [record, p.ops]);

  const info = (
    <>
      {masked.dialog}
      <RecordFormShell onSave={() => void save()} formError={f.formError}>
        <DefinitionFields spec={spec} form={f.form} errorOf={f.errorOf} set={f.set} controls={masked.controls} suggest={suggest} options={options} record={rec} />
        {record && <RecordMetaLine record={record} />}
        {record && p.actions?.(record.id)}
        <FormFooter saving={f.saving} onClose={p.onClose} isNew={!record} />
      </RecordFormShell>
    </>
  );
  const title = record ? recordTitle(spec, rec!) : p.newTitle;
  return (
    <DetailFrame
      title={title || p.newTitle}
      onClose={p.onClose}
      tabs={[
        { id: 'info', label: '기본 정보', render: () => info },
        ...(record
          ? [
              ...(p.children ?? []).map((c) => ({ id: c.id, label: c.label, render: () => c.render(record.id, rec!) })),
              { id: 'history', label: '변경 이력', render: () => <HistoryTable load={loadHistory} /> },
            ]
          : []),
      ]}
    />
  );
}
