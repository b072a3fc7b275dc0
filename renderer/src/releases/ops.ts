/** The 보도자료 register's API calls, in the shape the generic register page uses. */
import { api } from '../api/client.ts';
import { loadInPages } from '../common/grid/pages.ts';
import { releasePatchSchema, type Release, type ReleaseInput, type ReleasePatch } from '../../../shared/domain/release.ts';
import { SEARCH_LIMIT, type RegisterOps } from '../common/registerOps.ts';

export const releaseOps: RegisterOps<Release> = {
  register: 'releases',
  list: (onFirstPage) => loadInPages<Release>((cursor, limit) => api.invoke('releases.page', { cursor, limit }), onFirstPage),
  get: (id) => api.invoke('releases.get', { id }),
  searchIds: (query) => api.invoke('releases.searchIds', { query }),
  search: (query) => api.invoke('releases.search', { query, limit: SEARCH_LIMIT }),
  create: (values) => api.invoke('releases.create', { values: values as ReleaseInput }),
  update: (id, patch, expectedVersion) => api.invoke('releases.update', { id, patch: patch as ReleasePatch, expectedVersion }),
  bulkUpdate: (ids, patch) => api.invoke('releases.bulkUpdate', { ids, patch: patch as ReleasePatch }),
  updateMany: (changes) => api.invoke('releases.updateMany', { changes }),
  delete: (ids) => api.invoke('releases.delete', { ids }),
  history: (id) => api.invoke('releases.history', { id }),
  importPreview: (file) => api.invoke('releases.importPreview', file),
  importCommit: (file) => api.invoke('releases.importCommit', file),
  export: (format, choice) => api.invoke('releases.export', { format, ...choice }),
  matchNotes: (query, ids) => api.invoke('releases.matchNotes', { query, ids }),
  suggest: (field, query) => api.invoke('releases.suggest', { field, query, limit: 8 }),
  bulkTags: (ids, field, edit) => api.invoke('releases.bulkTags', { ids, field, ...edit }),
  checkPatch: (patch) => {
    const r = releasePatchSchema.safeParse(patch);
    return r.success ? null : (r.error.issues[0]?.message ?? '입력값을 확인하세요.');
  },
};
