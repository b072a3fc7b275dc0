/**
 * 언론보도 detail: create or edit one clipping (instant Korean validation per field), its
 * attachments and its change history.
 */
import { useCallback } from 'react';
import { clippingValuesSchema, clippingsSpec, type Clipping, type ClippingValues } from '../../../shared/domain/clipping.ts';
import { builtInOutlets, mediaTypeForOutlet } from '../../../shared/domain/outlets.ts';
import { api } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { DetailFrame } from '../common/DetailFrame.tsx';
import { CustomField } from '../common/fields.tsx';
import { changedFields } from '../common/formErrors.ts';
import { FormFooter, RecordMetaLine } from '../common/FormFooter.tsx';
import type { DetailProps } from '../common/grid/RegisterWorkspace.tsx';
import { HistoryTable } from '../common/HistoryTable.tsx';
import { asSpec } from '../../../shared/registers/define.ts';
import { DefinitionFields } from '../common/registerFields/DefinitionFields.tsx';
import { formStateFor, formValues, storedValues, type FormState } from '../common/registerFields/formModel.ts';
import { useRecordForm } from '../common/useRecordForm.ts';
import { RecordFormShell } from '../common/RecordFormShell.tsx';
import { AttachmentsPanel } from '../common/attachments/AttachmentsPanel.tsx';
import { clippingOps } from './ops.ts';
import { ReleasePicker } from './ReleasePicker.tsx';
import { suggestFor } from '../common/suggestions.ts';
import { OpenUrlLine } from '../common/OpenUrl.tsx';

const SPEC = asSpec(clippingsSpec);
const OUTLETS = builtInOutlets();
const builtInOutletsMatching = (q: string) => OUTLETS.map((o) => o.outlet).filter((o) => o.toLowerCase().includes(q.toLowerCase()));
const SUGGEST = {
  outlet: suggestFor(clippingOps, SPEC, 'outlet', builtInOutletsMatching),
  reporter: suggestFor(clippingOps, SPEC, 'reporter'),
  department: suggestFor(clippingOps, SPEC, 'department'),
  tags: suggestFor(clippingOps, SPEC, 'tags'),
};
/** The order clerks fill a clipping in: 요약 last. */
const ORDER = ['publishedOn', 'outlet', 'mediaType', 'title', 'reporter', 'page', 'url', 'department', 'tone', 'tags', 'releaseId', 'summary'];
const toValues = (f: FormState) => formValues(SPEC, f);

export function ClippingForm({ record, onClose, onSaved, onUpdated, mediaTypes }: DetailProps<Clipping> & { mediaTypes: readonly string[] }) {
  const toast = useToast();
  const f = useRecordForm<FormState, ClippingValues>({ initial: formStateFor(SPEC, record), spec: SPEC, schema: clippingValuesSchema, toValues });
  const { form, set, errorOf } = f;

  const save = () =>
    f.submit(async (values) => {
      if (!record) {
        const res = await clippingOps.create(values);
        return onSaved(res.record, res.batchId, true, res.notes);
      }
      const patch = changedFields(storedValues(SPEC, record) as ClippingValues, values);
      if (Object.keys(patch).length === 0) return toast.show({ message: '바뀐 내용이 없습니다.' });
      const res = await clippingOps.update(record.id, patch, record.version);
      onSaved(res.record, res.batchId, false, res.notes);
    });

  const refreshRow = useCallback(async () => {
    if (record) onUpdated(await api.invoke('clippings.get', { id: record.id }));
  }, [record, onUpdated]);
  const loadHistory = useCallback(() => (record ? clippingOps.history(record.id) : Promise.resolve([])), [record]);

  const info = (
    <RecordFormShell onSave={() => void save()} formError={f.formError}>
      <DefinitionFields
        spec={SPEC}
        form={form}
        errorOf={errorOf}
        set={set}
        order={ORDER}
        suggest={SUGGEST}
        options={{ mediaType: mediaTypes }}
        onBlur={{
          outlet: () => {
            const known = mediaTypeForOutlet(String(form.outlet));
            if (known && form.mediaType === '') set('mediaType', known);
          },
        }}
        after={{ url: <OpenUrlLine url={String(form.url)} /> }}
        controls={{
          releaseId: ({ error }) => (
            <CustomField name="releaseId" label="보도자료" error={error}>
              <ReleasePicker id={String(form.releaseId)} title={String(form.releaseTitle)} onChange={(id, title) => f.setForm((s) => ({ ...s, releaseId: id, releaseTitle: title }))} />
            </CustomField>
          ),
        }}
      />
      {record && <RecordMetaLine record={record} />}
      <FormFooter saving={f.saving} onClose={onClose} isNew={!record} />
    </RecordFormShell>
  );

  return (
    <DetailFrame
      title={record ? record.title : '새 언론보도'}
      onClose={onClose}
      tabs={[
        { id: 'info', label: '기본 정보', render: () => info },
        ...(record
          ? [
              { id: 'attachments', label: `첨부파일 (${record.attachmentCount})`, render: () => <AttachmentsPanel owner={{ register: 'clippings', id: record.id }} onChanged={() => void refreshRow()} />, keepMounted: true },
              { id: 'history', label: '변경 이력', render: () => <HistoryTable load={loadHistory} /> },
            ]
          : []),
      ]}
    />
  );
}
