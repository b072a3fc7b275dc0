/**
 * The detail side panel: the register's own form for the open record (or a new one), inside the
 * discard guard; a new key per record so a form never carries one record's typing to another.
 */
import { Fragment, type ReactNode } from 'react';
import type { RecordMeta } from '../../../../shared/domain/register.ts';
import { DetailGuardContext, type DetailGuard } from '../formGuard.ts';
import type { Detail, DetailProps } from './registerPageConfig.ts';

interface Props<R> {
  detail: Detail<R>;
  guard: DetailGuard;
  renderDetail: (p: DetailProps<R>) => ReactNode;
  onClose: () => void;
  onSaved: DetailProps<R>['onSaved'];
  onUpdated: DetailProps<R>['onUpdated'];
}

export function WorkspaceDetailPanel<R extends RecordMeta>({ detail, guard, renderDetail, onClose, onSaved, onUpdated }: Props<R>) {
  if (!detail) return null;
  return (
    <aside className="detail-panel" data-testid="detail-panel">
      <DetailGuardContext.Provider value={guard}>
        <Fragment key={detail.mode === 'edit' ? detail.record.id : 'new'}>
          {renderDetail({ record: detail.mode === 'edit' ? detail.record : null, onClose, onSaved, onUpdated })}
        </Fragment>
      </DetailGuardContext.Provider>
    </aside>
  );
}
