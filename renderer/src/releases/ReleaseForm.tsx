/** 보도자료 detail: create or edit a release, see the clippings it produced, and its history. */
import { useCallback } from 'react';
import { clippingsSpec, type Clipping } from '../../../shared/domain/clipping.ts';
import { ChildGrid } from '../common/children/ChildGrid.tsx';
import { childColumns } from '../common/children/childColumns.ts';
import { useChildRows } from '../common/children/useChildRows.ts';
import { releaseValuesSchema, releasesSpec, type Release, type ReleaseValues } from '../../../shared/domain/release.ts';
import { api } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { DetailFrame } from '../common/DetailFrame.tsx';
import { AttachmentsPanel } from '../common/attachments/AttachmentsPanel.tsx';
import { changedFields } from '../common/formErrors.ts';
import { FormFooter, RecordMetaLine } from '../common/FormFooter.tsx';
import type { DetailProps } from '../common/grid/RegisterWorkspace.tsx';
import { HistoryTable } from '../common/HistoryTable.tsx';
import { asSpec } from '../../../shared/registers/define.ts';
import { DefinitionFields } from '../common/registerFields/DefinitionFields.tsx';
import { formStateFor, formValues, storedValues, type FormState } from '../common/registerFields/formModel.ts';
import { useRecordForm } from '../common/useRecordForm.ts';
import { RecordFormShell } from '../common/RecordFormShell.tsx';
import { releaseOps } from './ops.ts';
import { suggestFor } from '../common/suggestions.ts';
import { openRecord } from '../app/navigation.ts';
import { openWebUrl } from '../common/OpenUrl.tsx';
import { webUrl } from '../common/webUrl.ts';

const SPEC = asSpec(releasesSpec);
const SUGGEST = { department: suggestFor(releaseOps, SPEC, 'department'), contact: suggestFor(releaseOps, SPEC, 'contact') };
const toValues = (f: FormState) => formValues(SPEC, f);

export function ReleaseForm({ record, onClose, onSaved }: DetailProps<Release>) {
  const toast = useToast();
  const f = useRecordForm<FormState, ReleaseValues>({ initial: formStateFor(SPEC, record), spec: SPEC, schema: releaseValuesSchema, toValues });
  const { form, set, errorOf } = f;

  const save = () =>
    f.submit(async (values) => {
      if (!record) {
        const res = await releaseOps.create(values);
        return onSaved(res.record, res.batchId, true, res.notes);
      }
      const patch = changedFields(storedValues(SPEC, record) as ReleaseValues, values);
      if (Object.keys(patch).length === 0) return toast.show({ message: '바뀐 내용이 없습니다.' });
      const res = await releaseOps.update(record.id, patch, record.version);
      onSaved(res.record, res.batchId, false, res.notes);
    });
  const loadHistory = useCallback(() => (record ? releaseOps.history(record.id) : Promise.resolve([])), [record]);

  const info = (
    <RecordFormShell onSave={() => void save()} formError={f.formError}>
      <DefinitionFields spec={SPEC} form={form} errorOf={errorOf} set={set} suggest={SUGGEST} />
      {record && <RecordMetaLine record={record} />}
      <FormFooter saving={f.saving} onClose={onClose} isNew={!record} />
    </RecordFormShell>
  );

  return (
    <DetailFrame
      title={record ? record.title : '새 보도자료'}
      onClose={onClose}
      tabs={[
        { id: 'info', label: '기본 정보', render: () => info },
        ...(record
          ? [
              { id: 'clippings', label: `기사화 (${record.clippingCount})`, render: () => <ProducedClippings releaseId={record.id} /> },
              { id: 'attachments', label: '첨부파일', render: () => <AttachmentsPanel owner={{ register: 'releases', id: record.id }} />, keepMounted: true },
              { id: 'history', label: '변경 이력', render: () => <HistoryTable load={loadHistory} /> },
            ]
          : []),
      ]}
    />
  );
}

const CLIPPING_SPEC = asSpec(clippingsSpec);
const PRODUCED_COLUMNS = childColumns<Clipping>(CLIPPING_SPEC, ['publishedOn', 'outlet', 'title', 'tone'], {
  title: (c) => (
    <>
      {/* The title opens the clipping in GuDesk; the article itself is the separate ↗. */}
      <button type="button" className="clipping-open-link" data-testid="release-clipping-open" title="언론보도 화면에서 엽니다" onClick={() => openRecord('clippings', c.id)}>
        {c.title}
      </button>
      {webUrl(c.url) && (
        <button type="button" className="link-icon" data-testid="release-clipping-url" title="기사 원문을 브라우저에서 엽니다" aria-label="기사 원문 열기" onClick={() => openWebUrl(c.url)}>
          ↗
        </button>
      )}
    </>
  ),
  tone: (c) => <span className={`tone-chip tone-${c.tone === '긍정' ? 'pos' : c.tone === '부정' ? 'neg' : 'neu'}`}>{c.tone}</span>,
});

/** The clippings that came from this release (releases.detail): its children, newest first. */
function ProducedClippings({ releaseId }: { releaseId: string }) {
  const { rows, error } = useChildRows(
    () => api.invoke('releases.detail', { id: releaseId }).then((d) => [...d.clippings].sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : -1))),
    [releaseId],
  );
  return <ChildGrid rows={rows} error={error} columns={PRODUCED_COLUMNS} testId="release-clippings" childLabel="언론보도" emptyText="이 보도자료로 기사화된 언론보도가 아직 없습니다." />;
}
