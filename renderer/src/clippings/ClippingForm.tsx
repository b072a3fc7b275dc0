/**
 * 언론보도 detail: create or edit one clipping (instant Korean validation per field), its
 * attachments and its change history.
 */
import { useCallback } from 'react';
import { clippingValuesSchema, clippingsSpec, TONES, type Clipping, type ClippingValues } from '../../../shared/domain/clipping.ts';
import { builtInOutlets, mediaTypeForOutlet } from '../../../shared/domain/outlets.ts';
import { api } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { DetailFrame } from '../common/DetailFrame.tsx';
import { CustomField, SelectField, TextArea, TextField } from '../common/fields.tsx';
import { changedFields, parseTags } from '../common/formErrors.ts';
import { FormFooter, RecordMetaLine } from '../common/FormFooter.tsx';
import type { DetailProps } from '../common/grid/RegisterWorkspace.tsx';
import { HistoryTable } from '../common/HistoryTable.tsx';
import { parseKoreanDate } from '../../../shared/text/korean-date.ts';
import { useRecordForm } from '../common/useRecordForm.ts';
import { DateField, RecordFormShell } from '../common/RecordFormShell.tsx';
import { AttachmentsPanel } from '../common/attachments/AttachmentsPanel.tsx';
import { clippingOps } from './ops.ts';
import { ReleasePicker } from './ReleasePicker.tsx';
import { suggestFor } from '../common/suggestions.ts';
import { OpenUrlLine } from '../common/OpenUrl.tsx';

interface FormState extends Record<string, unknown> {
  publishedOn: string;
  outlet: string;
  mediaType: string;
  title: string;
  reporter: string;
  page: string;
  url: string;
  department: string;
  tone: string;
  summary: string;
  tagsText: string;
  releaseId: string;
  releaseTitle: string;
}

const today = () => new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD, local time
const OUTLETS = builtInOutlets();
const builtInOutletsMatching = (q: string) => OUTLETS.map((o) => o.outlet).filter((o) => o.toLowerCase().includes(q.toLowerCase()));
const SUGGEST = {
  outlet: suggestFor(clippingOps, clippingsSpec, 'outlet', builtInOutletsMatching),
  reporter: suggestFor(clippingOps, clippingsSpec, 'reporter'),
  department: suggestFor(clippingOps, clippingsSpec, 'department'),
  tags: suggestFor(clippingOps, clippingsSpec, 'tags'),
};

function initialState(c: Clipping | null): FormState {
  return {
    publishedOn: c?.publishedOn ?? today(),
    outlet: c?.outlet ?? '',
    mediaType: c?.mediaType ?? '',
    title: c?.title ?? '',
    reporter: c?.reporter ?? '',
    page: c?.page ?? '',
    url: c?.url ?? '',
    department: c?.department ?? '',
    tone: c?.tone ?? '중립',
    summary: c?.summary ?? '',
    tagsText: c?.tags.join(', ') ?? '',
    releaseId: c?.releaseId ?? '',
    releaseTitle: c?.releaseTitle ?? '',
  };
}

function toValues(f: FormState) {
  const { tagsText, releaseTitle: _shown, ...rest } = f;
  return { ...rest, publishedOn: parseKoreanDate(f.publishedOn) ?? f.publishedOn.trim(), tags: parseTags(tagsText) };
}

function valuesOf(c: Clipping): ClippingValues {
  const { publishedOn, outlet, mediaType, title, reporter, page, url, department, tone, summary, tags, releaseId } = c;
  return { publishedOn, outlet, mediaType, title, reporter, page, url, department, tone, summary, tags, releaseId };
}

export function ClippingForm({ record, onClose, onSaved, onUpdated, mediaTypes }: DetailProps<Clipping> & { mediaTypes: readonly string[] }) {
  const toast = useToast();
  const f = useRecordForm<FormState, ClippingValues>({ initial: initialState(record), spec: clippingsSpec, schema: clippingValuesSchema, toValues });
  const { form, set, errorOf } = f;

  const save = () =>
    f.submit(async (values) => {
      if (!record) {
        const res = await clippingOps.create(values);
        return onSaved(res.record, res.batchId, true);
      }
      const patch = changedFields(valuesOf(record), values);
      if (Object.keys(patch).length === 0) return toast.show({ message: '바뀐 내용이 없습니다.' });
      const res = await clippingOps.update(record.id, patch, record.version);
      onSaved(res.record, res.batchId, false);
    });

  const refreshRow = useCallback(async () => {
    if (record) onUpdated(await api.invoke('clippings.get', { id: record.id }));
  }, [record, onUpdated]);
  const loadHistory = useCallback(() => (record ? clippingOps.history(record.id) : Promise.resolve([])), [record]);

  const info = (
    <RecordFormShell onSave={() => void save()} formError={f.formError}>
      <DateField name="publishedOn" label="보도일자" value={form.publishedOn} error={errorOf('publishedOn')} onChange={(v) => set('publishedOn', v)} />
      <TextField
        name="outlet"
        label="매체명"
        required
        value={form.outlet}
        maxLength={100}
        suggest={SUGGEST.outlet}
        error={errorOf('outlet')}
        onChange={(v) => set('outlet', v)}
        onBlur={() => {
          const known = mediaTypeForOutlet(form.outlet);
          if (known && form.mediaType === '') set('mediaType', known);
        }}
      />
      <SelectField name="mediaType" label="매체구분" value={form.mediaType} options={mediaTypes} allowEmpty="(선택 안 함)" error={errorOf('mediaType')} onChange={(v) => set('mediaType', v)} />
      <TextField name="title" label="제목" required value={form.title} maxLength={300} error={errorOf('title')} onChange={(v) => set('title', v)} />
      <div className="form-pair">
        <TextField name="reporter" label="기자" suggest={SUGGEST.reporter} value={form.reporter} maxLength={100} error={errorOf('reporter')} onChange={(v) => set('reporter', v)} />
        <TextField name="page" label="지면" value={form.page} maxLength={30} placeholder="예: A12" error={errorOf('page')} onChange={(v) => set('page', v)} />
      </div>
      <TextField name="url" label="URL" value={form.url} placeholder="https://" maxLength={2000} error={errorOf('url')} onChange={(v) => set('url', v)} />
      <OpenUrlLine url={form.url} />
      <div className="form-pair">
        <TextField name="department" label="관련부서" suggest={SUGGEST.department} value={form.department} maxLength={100} error={errorOf('department')} onChange={(v) => set('department', v)} />
        <SelectField name="tone" label="논조" value={form.tone} options={TONES} error={errorOf('tone')} onChange={(v) => set('tone', v)} />
      </div>
      <TextField name="tags" label="태그" suggest={SUGGEST.tags} tags value={form.tagsText} placeholder="쉼표로 구분 (예: 축제, 복지)" error={errorOf('tags')} onChange={(v) => set('tagsText', v, 'tags')} />
      <CustomField name="releaseId" label="보도자료" error={errorOf('releaseId')}>
        <ReleasePicker id={form.releaseId} title={form.releaseTitle} onChange={(id, title) => f.setForm((s) => ({ ...s, releaseId: id, releaseTitle: title }))} />
      </CustomField>
      <TextArea name="summary" label="요약" rows={5} value={form.summary} maxLength={5000} error={errorOf('summary')} onChange={(v) => set('summary', v)} />
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
