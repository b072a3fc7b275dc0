/** 보도자료 detail: create or edit a release, see the clippings it produced, and its history. */
import { useCallback, useEffect, useState } from 'react';
import type { Clipping } from '../../../shared/domain/clipping.ts';
import { releaseValuesSchema, releasesSpec, type Release, type ReleaseValues } from '../../../shared/domain/release.ts';
import { api, errorMessage } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { DetailFrame } from '../common/DetailFrame.tsx';
import { AttachmentsPanel } from '../common/attachments/AttachmentsPanel.tsx';
import { CheckboxField, TextField } from '../common/fields.tsx';
import { changedFields } from '../common/formErrors.ts';
import { FormFooter, RecordMetaLine } from '../common/FormFooter.tsx';
import type { DetailProps } from '../common/grid/RegisterWorkspace.tsx';
import { HistoryTable } from '../common/HistoryTable.tsx';
import { formatKoreanDate, parseKoreanDate } from '../../../shared/text/korean-date.ts';
import { useRecordForm } from '../common/useRecordForm.ts';
import { DateField, RecordFormShell } from '../common/RecordFormShell.tsx';
import { releaseOps } from './ops.ts';
import { suggestFor } from '../common/suggestions.ts';
import { openRecord } from '../app/navigation.ts';
import { openWebUrl } from '../common/OpenUrl.tsx';
import { webUrl } from '../common/webUrl.ts';

interface FormState extends Record<string, unknown> {
  distributedOn: string;
  title: string;
  department: string;
  contact: string;
  hasPhoto: boolean;
}

const today = () => new Date().toLocaleDateString('sv-SE');
const SUGGEST = { department: suggestFor(releaseOps, releasesSpec, 'department'), contact: suggestFor(releaseOps, releasesSpec, 'contact') };

const initialState = (r: Release | null): FormState => ({
  distributedOn: r?.distributedOn ?? today(),
  title: r?.title ?? '',
  department: r?.department ?? '',
  contact: r?.contact ?? '',
  hasPhoto: r?.hasPhoto ?? false,
});

const toValues = (f: FormState) => ({ ...f, distributedOn: parseKoreanDate(f.distributedOn) ?? f.distributedOn.trim() });

function valuesOf(r: Release): ReleaseValues {
  const { distributedOn, title, department, contact, hasPhoto } = r;
  return { distributedOn, title, department, contact, hasPhoto };
}

export function ReleaseForm({ record, onClose, onSaved }: DetailProps<Release>) {
  const toast = useToast();
  const f = useRecordForm<FormState, ReleaseValues>({ initial: initialState(record), spec: releasesSpec, schema: releaseValuesSchema, toValues });
  const { form, set, errorOf } = f;

  const save = () =>
    f.submit(async (values) => {
      if (!record) {
        const res = await releaseOps.create(values);
        return onSaved(res.record, res.batchId, true);
      }
      const patch = changedFields(valuesOf(record), values);
      if (Object.keys(patch).length === 0) return toast.show({ message: '바뀐 내용이 없습니다.' });
      const res = await releaseOps.update(record.id, patch, record.version);
      onSaved(res.record, res.batchId, false);
    });
  const loadHistory = useCallback(() => (record ? releaseOps.history(record.id) : Promise.resolve([])), [record]);

  const info = (
    <RecordFormShell onSave={() => void save()} formError={f.formError}>
      <DateField name="distributedOn" label="배포일" value={form.distributedOn} error={errorOf('distributedOn')} onChange={(v) => set('distributedOn', v)} />
      <TextField name="title" label="제목" required value={form.title} maxLength={300} error={errorOf('title')} onChange={(v) => set('title', v)} />
      <div className="form-pair">
        <TextField name="department" label="담당부서" suggest={SUGGEST.department} value={form.department} maxLength={100} error={errorOf('department')} onChange={(v) => set('department', v)} />
        <TextField name="contact" label="담당자" suggest={SUGGEST.contact} value={form.contact} maxLength={50} error={errorOf('contact')} onChange={(v) => set('contact', v)} />
      </div>
      <CheckboxField name="hasPhoto" label="사진 포함" text="보도사진을 함께 배포함" checked={form.hasPhoto} error={errorOf('hasPhoto')} onChange={(v) => set('hasPhoto', v)} />
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

/** The clippings that came from this release (releases.detail). */
function ProducedClippings({ releaseId }: { releaseId: string }) {
  const [rows, setRows] = useState<Clipping[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    api.invoke('releases.detail', { id: releaseId }).then(
      (d) => live && setRows([...d.clippings].sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : -1))),
      (e) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [releaseId]);
  if (error) return <div className="form-error">{error}</div>;
  if (!rows) return <p className="muted">불러오는 중…</p>;
  if (rows.length === 0) return <p className="muted">이 보도자료로 기사화된 언론보도가 아직 없습니다.</p>;
  return (
    <table className="data-table" data-testid="release-clippings">
      <thead>
        <tr>
          <th>보도일자</th>
          <th>매체명</th>
          <th>제목</th>
          <th>논조</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td className="nowrap">{formatKoreanDate(c.publishedOn)}</td>
            <td className="nowrap">{c.outlet}</td>
            <td>
              {/* The title opens the clipping in GuDesk; the article itself is the separate ↗. */}
              <button type="button" className="clipping-open-link" data-testid="release-clipping-open" title="언론보도 화면에서 엽니다" onClick={() => openRecord('clippings', c.id)}>
                {c.title}
              </button>
              {webUrl(c.url) && (
                <button type="button" className="link-icon" data-testid="release-clipping-url" title="기사 원문을 브라우저에서 엽니다" aria-label="기사 원문 열기" onClick={() => openWebUrl(c.url)}>
                  ↗
                </button>
              )}
            </td>
            <td className="nowrap">
              <span className={`tone-chip tone-${c.tone === '긍정' ? 'pos' : c.tone === '부정' ? 'neg' : 'neu'}`}>{c.tone}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
