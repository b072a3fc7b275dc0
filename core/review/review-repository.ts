/**
 * The SQL of 확인할 항목, generic over every register's definition: live records sharing a
 * natural key, and links (ref fields) whose target is deleted or not held on this PC.
 */
import type { Db } from '../db/open.ts';
import type { RegisterSpec, SyncedName } from '../../shared/domain/register.ts';
import { columnName } from '../records/columns.ts';

export interface TwinGroup {
  ids: string[];
}

export interface DanglingLink {
  id: string;
  field: string;
  target: 'deleted' | 'missing';
}

export function reviewRepository(db: Db, specs: readonly RegisterSpec[]) {
  const byTable = new Map(specs.map((s) => [s.name, s]));

  function twinsQuery(spec: RegisterSpec) {
    const key = spec.naturalKey.map(columnName);
    // 파기된 records share their empty natural key: they are no twins (personal/destroy/).
    const live = spec.fields.some((f) => f.personal)
      ? `deleted_at IS NULL AND id NOT IN (SELECT record_id FROM destroyed_records WHERE register = '${spec.name}')`
      : 'deleted_at IS NULL';
    // Keys first, over the natural-key index with no sort (this runs after every change the window
    // sees); then the few twin groups' ids, oldest first so the keeper is the first typed.
    const groups = db
      .prepare<[], Record<string, unknown>>(
        `SELECT ${key.join(', ')} FROM ${spec.table} WHERE ${live} GROUP BY ${key.join(', ')} HAVING count(*) > 1`,
      )
      .raw();
    const members = db
      .prepare<unknown[], string>(
        `SELECT id FROM ${spec.table} WHERE ${key.map((c) => `${c} = ?`).join(' AND ')} AND ${live} ORDER BY created_at, id`,
      )
      .pluck();
    return { all: () => (groups.all() as unknown as unknown[][]).map((k) => ({ ids: members.all(...k).join(',') })) };
  }

  function danglingQuery(spec: RegisterSpec, col: string, target: RegisterSpec) {
    return db.prepare<[], { id: string; deleted: number }>(
      `SELECT s.id, t.id IS NOT NULL AS deleted FROM ${spec.table} s LEFT JOIN ${target.table} t ON t.id = s.${col}
       WHERE s.deleted_at IS NULL AND s.${col} IS NOT NULL AND s.${col} != '' AND (t.id IS NULL OR t.deleted_at IS NOT NULL)
       ORDER BY s.rowid DESC`,
    );
  }

  const twins = new Map(specs.filter((s) => s.naturalKey.length > 0).map((s) => [s.name, twinsQuery(s)]));
  const links = specs.flatMap((spec) =>
    spec.fields
      .filter((f) => f.kind === 'ref' && f.target && byTable.has(f.target as SyncedName))
      .map((f) => ({ spec, field: f.key, query: danglingQuery(spec, columnName(f.key), byTable.get(f.target as SyncedName)!) })),
  );
  /** Records of any register linking to `id` of `target` through a ref field. */
  const linkers = specs.flatMap((spec) =>
    spec.fields
      .filter((f) => f.kind === 'ref' && f.target)
      .map((f) => ({
        target: f.target!,
        spec,
        field: f.key,
        query: db.prepare<[string], string>(`SELECT id FROM ${spec.table} WHERE ${columnName(f.key)} = ? AND deleted_at IS NULL`).pluck(),
      })),
  );

  return {
    twins(register: string): TwinGroup[] {
      const q = twins.get(register as RegisterSpec['name']);
      return q ? q.all().map((r) => ({ ids: r.ids.split(',') })) : [];
    },
    danglingLinks(register: string): DanglingLink[] {
      return links
        .filter((l) => l.spec.name === register)
        .flatMap((l) => l.query.all().map((r) => ({ id: r.id, field: l.field, target: r.deleted ? ('deleted' as const) : ('missing' as const) })));
    },
    /** Who links to a record: merging twins moves these links to the record kept. */
    linksTo(target: string, id: string): Array<{ register: string; field: string; id: string }> {
      return linkers.filter((l) => l.target === target).flatMap((l) => l.query.all(id).map((rid) => ({ register: l.spec.name, field: l.field, id: rid })));
    },
  };
}

export type ReviewRepository = ReturnType<typeof reviewRepository>;
