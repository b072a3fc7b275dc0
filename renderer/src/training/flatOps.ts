/**
 * The API calls of any flat register (shared/domain/registers.ts FLAT_REGISTERS), in the shape the
 * generic register page uses: every flat register has the same operations, named `<name>.<op>`.
 */
import { api } from '../api/client.ts';
import { loadInPages } from '../common/grid/pages.ts';
import { SEARCH_LIMIT, type RegisterOps } from '../common/registerOps.ts';
import type { FlatRegisterName } from '../../../shared/domain/registers.ts';
import type { RecordMeta } from '../../../shared/domain/register.ts';
import { registerDefinition } from '../../../shared/domain/registers.ts';

type AnyInvoke = (op: string, input: unknown) => Promise<never>;

export function flatOps<R extends RecordMeta>(name: FlatRegisterName): RegisterOps<R> {
  const call = api.invoke as unknown as AnyInvoke;
  const op = (o: string, input: unknown) => call(`${name}.${o}`, input);
  const patchSchema = registerDefinition(name).patchSchema;
  return {
    register: name,
    list: (onFirstPage) => loadInPages<R>((cursor, limit) => op('page', { cursor, limit }), onFirstPage),
    get: (id) => op('get', { id }),
    searchIds: (query) => op('searchIds', { query }),
    search: (query) => op('search', { query, limit: SEARCH_LIMIT }),
    create: (values) => op('create', { values }),
    update: (id, patch, expectedVersion) => op('update', { id, patch, expectedVersion }),
    bulkUpdate: (ids, patch) => op('bulkUpdate', { ids, patch }),
    updateMany: (changes) => op('updateMany', { changes }),
    delete: (ids) => op('delete', { ids }),
    history: (id) => op('history', { id }),
    importPreview: (file) => op('importPreview', file),
    importCommit: (file) => op('importCommit', file),
    export: (format, choice) => op('export', { format, ...choice }),
    matchNotes: (query, ids) => op('matchNotes', { query, ids }),
    suggest: (field, query) => op('suggest', { field, query, limit: 8 }),
    bulkTags: (ids, field, edit) => op('bulkTags', { ids, field, ...edit }),
    checkPatch: (patch) => {
      const r = patchSchema.safeParse(patch);
      return r.success ? null : (r.error.issues[0]?.message ?? '입력값을 확인하세요.');
    },
  };
}

/** Live rows of a child register whose link `field` holds `parentId` (a parent form's ChildGrid). */
export async function childrenOf<R extends Record<string, unknown>>(name: FlatRegisterName, field: string, parentId: string): Promise<R[]> {
  const rows = await (api.invoke as unknown as AnyInvoke)(`${name}.list`, {}) as unknown as R[];
  return rows.filter((r) => r[field] === parentId);
}
