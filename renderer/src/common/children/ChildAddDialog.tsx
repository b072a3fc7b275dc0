/**
 * 추가 from a parent's child grid (교육반 → 회차, 수강신청): a small form of the child register's
 * fields with the link to the parent already set (and whatever else the page presets, e.g. the
 * 신청일시 now). A link field is a picker of the linked register's records (RefPicker). After the
 * save the rules' notes show (정원이 차서 대기 …) and the page reloads its child rows.
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { ChangeResult } from '../../../../shared/api/contract.ts';
import type { RegisterSpec } from '../../../../shared/domain/register.ts';
import { useToast } from '../../app/toast.tsx';
import { Dialog } from '../Dialog.tsx';
import { DetailGuardContext } from '../formGuard.ts';
import { DefinitionFields, type FieldControlProps } from '../registerFields/DefinitionFields.tsx';
import { formStateFor, formValues, type FormState } from '../registerFields/formModel.ts';
import { RecordFormShell } from '../RecordFormShell.tsx';
import { showRuleNotes } from '../ruleNotes.ts';
import { useRecordForm } from '../useRecordForm.ts';
import { RefPicker } from './RefPicker.tsx';
import { objectParticle } from '../../../../shared/text/particle.ts';

export interface ChildAddProps {
  spec: RegisterSpec;
  schema: z.ZodType;
  /** The fields the clerk fills in, in this order; the rest take their defaults or the presets. */
  keys: readonly string[];
  /** Values set before the clerk types: the parent link, and page defaults. */
  preset: Readonly<Record<string, unknown>>;
  /** The parent, for the title ('스마트폰 기초 3기에 수강신청 추가'). */
  parentName: string;
  create: (values: Record<string, unknown>) => Promise<ChangeResult<unknown>>;
  onAdded: () => void;
  onClose: () => void;
}

function ChildAddForm(p: ChildAddProps) {
  const toast = useToast();
  const shownSpec: RegisterSpec = { ...p.spec, fields: p.keys.map((k) => p.spec.fields.find((f) => f.key === k)!).filter(Boolean) };
  const initial: FormState = { ...formStateFor(p.spec, null), ...p.preset };
  const f = useRecordForm<FormState, unknown>({ initial, spec: p.spec, schema: p.schema, toValues: (s) => formValues(p.spec, s) });
  const controls: Record<string, (c: FieldControlProps) => ReactNode> = {};
  for (const field of shownSpec.fields) {
    if (field.kind === 'ref') controls[field.key] = (c) => <RefPicker field={c.field} value={String(c.form[c.field.key] ?? '')} error={c.error} onChange={(v) => c.set(c.field.key, v)} />;
  }
  const save = () =>
    f.submit(async (values) => {
      const res = await p.create(values as Record<string, unknown>);
      toast.show({ kind: 'success', message: `${p.spec.label}${objectParticle(p.spec.label)} 추가했습니다.` });
      showRuleNotes(toast, res.notes);
      p.onAdded();
    });
  return (
    <Dialog
      title={`${p.parentName}에 ${p.spec.label} 추가`}
      onClose={p.onClose}
      testId="child-add-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={p.onClose}>
            취소
          </button>
          <button type="button" className="button primary" data-testid="child-add-save" disabled={f.saving} onClick={() => void save()}>
            {f.saving ? '저장하는 중…' : '추가'}
          </button>
        </>
      }
    >
      <RecordFormShell onSave={() => void save()} formError={f.formError}>
        <DefinitionFields spec={shownSpec} form={f.form} errorOf={f.errorOf} set={f.set} controls={controls} />
      </RecordFormShell>
    </Dialog>
  );
}

/** Outside the parent form's discard guard: this little form is saved or dropped on its own. */
export function ChildAddDialog(p: ChildAddProps) {
  return (
    <DetailGuardContext.Provider value={null}>
      <ChildAddForm {...p} />
    </DetailGuardContext.Provider>
  );
}
