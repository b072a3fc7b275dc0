/** The 언론보도 register's API calls, in the shape the generic register page uses. */
import { api } from '../api/client.ts';
import { loadInPages } from '../common/grid/pages.ts';
import { clippingPatchSchema, type Clipping, type ClippingInput, type ClippingPatch } from '../../../shared/domain/clipping.ts';
import { SEARCH_LIMIT, type RegisterOps } from '../common/registerOps.ts';

export const clippingOps: RegisterOps<Clipping> = {
  register: 'clippings',
  list: (onFirstPage) => loadInPages<Clipping>((cursor, limit) => api.invoke('clippings.page', { cursor, limit }), onFirstPage),
  get: (id) => api.invoke('clippings.get', { id }),
  searchIds: (query) => api.invoke('clippings.searchIds', { query }),
  search: (query) => api.invoke('clippings.search', { query, limit: SEARCH_LIMIT }),
  create: (values) => api.invoke('clippings.create', { values: values as ClippingInput }),
  update: (id, patch, expectedVersion) => api.invoke('clippings.update', { id, patch: patch as ClippingPatch, expectedVersion }),
  bulkUpdate: (ids, patch) => api.invoke('clippings.bulkUpdate', { ids, patch: patch as ClippingPatch }),
  updateMany: (changes) => api.invoke('clippings.updateMany', { changes }),
  delete: (ids) => api.invoke('clippings.delete', { ids }),
  history: (id) => api.invoke('clippings.history', { id }),
  importPreview: (file) => api.invoke('clippings.importPreview', file),
  importCommit: (file) => api.invoke('clippings.importCommit', file),
  export: (format, choice) => api.invoke('clippings.export', { format, ...choice }),
  matchNotes: (query, ids) => api.invoke('clippings.matchNotes', { query, ids }),
  suggest: (field, query) => api.invoke('clippings.suggest', { field, query, limit: 8 }),
  bulkTags: (ids, field, edit) => api.invoke('clippings.bulkTags', { ids, field, ...edit }),
  checkPatch: (patch) => {
    const r = clippingPatchSchema.safeParse(patch);
    return r.success ? null : (r.error.issues[0]?.message ?? '입력값을 확인하세요.');
  },
};
