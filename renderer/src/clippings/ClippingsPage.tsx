/** 언론보도 page: the generic register workspace configured for clippings. */
import { useMemo } from 'react';
import { clippingsSpec, type Clipping } from '../../../shared/domain/clipping.ts';
import { bulkFieldsFromSpec } from '../common/bulkFields.ts';
import type { BulkField } from '../common/BulkEditDialog.tsx';
import { RegisterWorkspace, type RegisterPageConfig } from '../common/grid/RegisterWorkspace.tsx';
import { ClippingForm } from './ClippingForm.tsx';
import { ClippingStats } from './ClippingStats.tsx';
import { clippingColumns, clippingEditParsers } from './columns.ts';
import { clippingOps } from './ops.ts';
import type { Patch, RegisterOps } from '../common/registerOps.ts';
import type { RegisterName } from '../../../shared/domain/register.ts';
import { ReleasePicker } from './ReleasePicker.tsx';
import { useMediaTypes } from './useMediaTypes.ts';

function bulkFields(mediaTypes: readonly string[]): BulkField[] {
  return bulkFieldsFromSpec(clippingsSpec, clippingOps, {
    mediaType: { options: mediaTypes },
    releaseId: {
      render: (value, onChange) => <BulkReleaseValue value={value} onChange={onChange} />,
      describe: (value) => (isPicked(value) ? value.title : '연결 해제'),
    },
  });
}

/** The bulk dialog keeps {id, title} for display; the patch needs the id only. */
type Picked = { id: string; title: string };
const isPicked = (v: unknown): v is Picked => typeof v === 'object' && v !== null && 'id' in v;

function BulkReleaseValue({ value, onChange }: { value: unknown; onChange: (v: unknown) => void }) {
  const picked = isPicked(value) ? value : { id: '', title: '' };
  return <ReleasePicker id={picked.id} title={picked.title} onChange={(id, title) => onChange(id ? { id, title } : '')} />;
}

const releaseIdOnly = (patch: Patch): Patch => (isPicked(patch['releaseId']) ? { ...patch, releaseId: patch['releaseId'].id } : patch);
const pageOps: RegisterOps<Clipping> = {
  ...clippingOps,
  bulkUpdate: (ids, patch) => clippingOps.bulkUpdate(ids, releaseIdOnly(patch)),
  checkPatch: (patch) => clippingOps.checkPatch(releaseIdOnly(patch)),
};
const DEPENDS: RegisterName[] = ['clippings', 'releases'];
const AFFECTS: RegisterName[] = ['releases'];

export function ClippingsPage({ active }: { active: boolean }) {
  const mediaTypes = useMediaTypes(active);
  const columnDefs = useMemo(() => clippingColumns(mediaTypes.ref), [mediaTypes.ref]);
  const config = useMemo<RegisterPageConfig<Clipping>>(
    () => ({
      ops: pageOps,
      spec: clippingsSpec,
      columnDefs,
      bulkFields: bulkFields(mediaTypes.list),
      dependsOn: DEPENDS,
      affects: AFFECTS,
      searchPlaceholder: '제목·매체·기자·요약·태그 검색 (Ctrl+F)',
      newLabel: '새 언론보도',
      editParsers: clippingEditParsers,
      renderSummary: ({ gridApi, listVersion }) => <ClippingStats gridApi={gridApi} listVersion={listVersion} active={active} />,
      renderDetail: (p) => <ClippingForm {...p} mediaTypes={mediaTypes.list} />,
    }),
    [columnDefs, mediaTypes.list, active],
  );
  return <RegisterWorkspace config={config} active={active} />;
}
