/** The 언론보도 operations of the contract. */
import { AppError } from '../../shared/api/errors.ts';
import { clippingsSpec, type Clipping } from '../../shared/domain/clipping.ts';
import { objectParticle } from '../../shared/text/particle.ts';
import { releaseRefText, resolveReleaseRef } from '../releases/release-ref.ts';
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import { registerExtras } from '../records/register-extras.ts';
import { historyEntries } from '../records/history-view.ts';
import { trashRepository } from '../records/trash-repository.ts';
import { importRegister } from '../transfer/import-register.ts';
import { exportRegister } from '../transfer/export-register.ts';

type ClippingOps = `clippings.${'list' | 'page' | 'get' | 'create' | 'update' | 'bulkUpdate' | 'updateMany' | 'delete' | 'restore' | 'trash' | 'search' | 'searchIds' | 'history' | 'importPreview' | 'importCommit' | 'export'}`;

export function clippingHandlers(s: Services): HandlerMap<ClippingOps | `clippings.${'suggest' | 'bulkTags' | 'matchNotes'}`> {
  const { repo, service } = s.clippings;
  const trash = trashRepository(s.db, clippingsSpec);
  const get = (id: string): Clipping => {
    const rec = repo.get(id);
    if (!rec) throw new AppError('not_found', `언론보도 기록을 찾을 수 없습니다 (ID ${id}).`);
    return rec;
  };

  function resolveRelease(_field: string, text: string, row: Record<string, unknown>, warn: (reason: string) => void): string {
    if (text === '') return '';
    const id = resolveReleaseRef(s.releases.repo, text, typeof row.publishedOn === 'string' ? row.publishedOn : undefined);
    if (!id) warn(`보도자료 '${text}'${objectParticle(text)} 찾을 수 없어 연결하지 않았습니다.`);
    return id ?? '';
  }

  const importTarget = {
    spec: clippingsSpec,
    store: repo.store,
    service,
    resolveRef: resolveRelease,
    searchIndex: repo.fts,
  };

  return {
    ...registerExtras('clippings', s.db, repo.store, service, ['title', 'summary', 'outlet', 'reporter']),
    'clippings.list': ({ includeDeleted }) => repo.list(includeDeleted),
    'clippings.page': ({ cursor, limit }) => repo.page(cursor, limit),
    'clippings.get': ({ id }) => get(id),
    'clippings.create': ({ values }, ctx) => {
      const { id, batchId } = service.create(values, ctx.actor);
      return { record: get(id), batchId };
    },
    'clippings.update': ({ id, patch, expectedVersion }, ctx) => {
      const { batchId } = service.update(id, patch, ctx.actor, expectedVersion);
      return { record: get(id), batchId };
    },
    'clippings.bulkUpdate': ({ ids, patch }, ctx) => service.bulkUpdate(ids, patch, ctx.actor),
    'clippings.updateMany': ({ changes }, ctx) => {
      const { saved, refused, batchId } = service.updateMany(changes, ctx.actor);
      return { records: saved.map(get), batchId: saved.length > 0 ? batchId : null, refused };
    },
    'clippings.delete': ({ ids }, ctx) => service.delete(ids, ctx.actor),
    'clippings.restore': ({ ids }, ctx) => service.restore(ids, ctx.actor),
    'clippings.trash': ({ query, limit }) => trash.list(query, limit),
    'clippings.search': ({ query, limit }) => repo.search(query, limit),
    'clippings.searchIds': ({ query }) => {
      const ids = repo.searchIds(query);
      return { ids, total: ids.length };
    },
    'clippings.history': ({ id }) => historyEntries(clippingsSpec, s.history.forRecord('clippings', get(id).id), (field, ref) => s.kernel.links.text(field, ref)),
    'clippings.importPreview': ({ fileName, data }, ctx) => importRegister(s.db, importTarget, fileName, Buffer.from(data, 'base64'), false, ctx.actor),
    'clippings.importCommit': ({ fileName, data }, ctx) => importRegister(s.db, importTarget, fileName, Buffer.from(data, 'base64'), true, ctx.actor),
    'clippings.export': ({ format, ids, fields, scope }) =>
      exportRegister(clippingsSpec, repo.list(false), format, (_f, v) => releaseRefText(s.releases.repo, v), new Date(), { ids, fields, scope }),
  };
}
