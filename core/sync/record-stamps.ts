/**
 * The stamps of a record's fields as a PC stores them: `sync_hlc`, the stamp most fields share,
 * and `sync_hlcs`, JSON of the fields stamped otherwise ('' for a field the server never had).
 * Every record has the same set of stamped keys: its register's fields plus SYNC_META_FIELDS.
 */
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { DELETED_FIELD, packStamps } from '../../shared/sync/protocol.ts';

/** Record metadata synced as fields, so every PC shows who changed what and when. */
export const SYNC_META_FIELDS = [DELETED_FIELD, '_createdAt', '_createdBy', '_at', '_by'] as const;

export function stampedKeys(spec: RegisterSpec): string[] {
  return [...spec.fields.map((f) => f.key), ...SYNC_META_FIELDS];
}

export interface StoredStamps {
  sync_hlc: string | null;
  sync_hlcs: string | null;
}

/** Every key's stamp; an empty map for a record never stamped (sync was off when it was written). */
export function readStamps(spec: RegisterSpec, row: StoredStamps): Map<string, string> {
  const out = new Map<string, string>();
  if (row.sync_hlc === null) return out;
  const exceptions = row.sync_hlcs ? (JSON.parse(row.sync_hlcs) as Record<string, string>) : {};
  for (const key of stampedKeys(spec)) out.set(key, exceptions[key] ?? row.sync_hlc);
  return out;
}

export function writeStamps(stamps: ReadonlyMap<string, string>): StoredStamps {
  return storedStamps([...stamps.keys()], [...stamps.values()]);
}

/** writeStamps for keys and their stamps given by position. */
export function storedStamps(keys: readonly string[], stamps: readonly string[]): StoredStamps {
  // Every field with one stamp (a record pulled whole, e.g. a new PC's first sync): nothing to pack.
  const first = stamps[0];
  if (first !== undefined && stamps.every((s) => s === first)) return { sync_hlc: first, sync_hlcs: null };
  const all: Record<string, string> = {};
  for (const [i, key] of keys.entries()) all[key] = stamps[i]!;
  const packed = packStamps(all);
  return { sync_hlc: packed.hlc, sync_hlcs: packed.hlcs ? JSON.stringify(packed.hlcs) : null };
}
