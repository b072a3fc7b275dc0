/** The 보도자료 operations of the contract. */
import { AppError } from '../../shared/api/errors.ts';
import { releasesSpec, type Release } from '../../shared/domain/release.ts';
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import { registerExtras } from '../records/register-extras.ts';
import { historyEntries } from '../records/history-view.ts';
import { trashRepository } from '../records/trash-repository.ts';
import { importRegister } from '../transfer/import-register.ts';
import { resolveReleaseRef } from './release-ref.ts';
import { exportRegister } from '../transfer/export-register.ts';

type ReleaseOps = `releases.${'list' | 'page' | 'get' | 'create' | 'update' | 'bulkUpdate' | 'updateMany' | 'delete' | 'restore' | 'trash' | 'search' | 'searchIds' | 'history' | 'importPreview' | 'importCommit' | 'export' | 'detail' | 'resolve'}`;

export function releaseHandlers(s: Services): HandlerMap<ReleaseOps | `releases.${'suggest' | 'bulkTags' | 'matchNotes'}`> {
  const { repo, service } = s.releases;
  const trash = trashRepository(s.db, releasesSpec);
  const get = (id: string): Release => {
    const rec = repo.get(id);
    if (!rec) throw new AppError('not_found', `보도자료 기록을 찾을 수 없습니다 (ID ${id}).`);
    return rec;
  };
  const importTarget = {
    spec: releasesSpec,
    store: repo.store,
    service,
  };

  return {
    ...registerExtras('releases', s.db, repo.store, service, ['title', 'department', 'contact']),
    'releases.list': ({ includeDeleted }) => repo.list(includeDeleted),
    'releases.page': ({ cursor, limit }) => repo.page(cursor, limit),
    'releases.get': ({ id }) => get(id),
    'releases.resolve': ({ text, publishedOn }) => resolveReleaseRef(repo, text, publishedOn) ?? null,
    'releases.detail': ({ id }) => ({ ...get(id), clippings: s.clippings.repo.forRelease(id) }),
    'releases.create': ({ values }, ctx) => {
      const { id, batchId } = service.create(values, ctx.actor);
      return { record: get(id), batchId };
    },
    'releases.update': ({ id, patch, expectedVersion }, ctx) => {
      const { batchId } = service.update(id, patch, ctx.actor, expectedVersion);
      return { record: get(id), batchId };
    },
    'releases.bulkUpdate': ({ ids, patch }, ctx) => service.bulkUpdate(ids, patch, ctx.actor),
    'releases.updateMany': ({ changes }, ctx) => {
      const { saved, refused, batchId } = service.updateMany(changes, ctx.actor);
      return { records: saved.map(get), batchId: saved.length > 0 ? batchId : null, refused };
    },
    'releases.delete': ({ ids }, ctx) => service.delete(ids, ctx.actor),
    'releases.restore': ({ ids }, ctx) => service.restore(ids, ctx.actor),
    'releases.trash': ({ query, limit }) => trash.list(query, limit),
    'releases.search': ({ query, limit }) => repo.search(query, limit),
    'releases.searchIds': ({ query }) => {
      const ids = repo.searchIds(query);
      return { ids, total: ids.length };
    },
    'releases.history': ({ id }) => historyEntries(releasesSpec, s.history.forRecord('releases', get(id).id), () => undefined),
    'releases.importPreview': ({ fileName, data }, ctx) => importRegister(s.db, importTarget, fileName, Buffer.from(data, 'base64'), false, ctx.actor),
    'releases.importCommit': ({ fileName, data }, ctx) => importRegister(s.db, importTarget, fileName, Buffer.from(data, 'base64'), true, ctx.actor),
    'releases.export': ({ format, ids, fields, scope }) => exportRegister(releasesSpec, repo.list(false), format, undefined, new Date(), { ids, fields, scope }),
  };
}
