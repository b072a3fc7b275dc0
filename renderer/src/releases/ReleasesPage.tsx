/** 보도자료 page: the generic register workspace configured for releases. */
import { releasesSpec, type Release } from '../../../shared/domain/release.ts';
import type { RegisterName } from '../../../shared/domain/register.ts';
import type { BulkField } from '../common/BulkEditDialog.tsx';
import { RegisterWorkspace, type RegisterPageConfig } from '../common/grid/RegisterWorkspace.tsx';
import { releaseColumns } from './columns.ts';
import { releaseOps } from './ops.ts';
import { bulkFieldsFromSpec } from '../common/bulkFields.ts';
import { ReleaseForm } from './ReleaseForm.tsx';

const BULK_FIELDS: BulkField[] = bulkFieldsFromSpec(releasesSpec, releaseOps);
const DEPENDS: RegisterName[] = ['releases', 'clippings'];
const AFFECTS: RegisterName[] = ['clippings'];

const config: RegisterPageConfig<Release> = {
  ops: releaseOps,
  spec: releasesSpec,
  columnDefs: releaseColumns(),
  bulkFields: BULK_FIELDS,
  dependsOn: DEPENDS,
  affects: AFFECTS,
  searchPlaceholder: '제목·담당부서·담당자 검색 (Ctrl+F)',
  newLabel: '새 보도자료',
  editParsers: { hasPhoto: (v) => v === true },
  renderDetail: (p) => <ReleaseForm {...p} />,
};

export function ReleasesPage({ active }: { active: boolean }) {
  return <RegisterWorkspace config={config} active={active} />;
}
