/**
 * Operations every register offers beyond reading and writing: suggestions from what the office
 * typed, adding or removing one tag in bulk, and where a search matched. One implementation for
 * any register, driven by its RegisterSpec.
 */
import type { Db } from '../db/open.ts';
import type { RegisterName } from '../../shared/domain/register.ts';
import type { HandlerMap } from '../api/handler-types.ts';
import type { RecordStore } from './record-store.ts';
import type { RegisterService } from './register-service.ts';
import { suggestionsOf } from './suggestions.ts';
import { bulkEditTags } from './bulk-tags.ts';
import { matchNotes } from './match-notes.ts';

type ExtraOps<N extends RegisterName> = `${N}.${'suggest' | 'bulkTags' | 'matchNotes'}`;

export function registerExtras<N extends RegisterName, V extends Record<string, unknown>>(
  name: N,
  db: Db,
  store: RecordStore,
  service: RegisterService<V>,
  /** The fields the register's search looks in (clippings/search.ts, releases/repository.ts). */
  searched: readonly string[],
): HandlerMap<ExtraOps<N>> {
  const suggestions = suggestionsOf(db, store.spec);
  const tags = bulkEditTags(store.spec, service as unknown as RegisterService<Record<string, unknown>>);
  const handlers: Record<string, unknown> = {
    [`${name}.suggest`]: ({ field, query, limit }: { field: string; query: string; limit: number }) => suggestions.suggest(field, query, limit),
    [`${name}.bulkTags`]: ({ ids, field, add, remove }: { ids: string[]; field: string; add?: string; remove?: string }, ctx: { actor: string }) =>
      tags(ids, { field, add, remove }, ctx.actor),
    [`${name}.matchNotes`]: ({ query, ids }: { query: string; ids: string[] }) => matchNotes(store.spec, searched, (id) => store.get(id), query, ids),
  };
  return handlers as HandlerMap<ExtraOps<N>>;
}
