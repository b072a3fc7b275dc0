/**
 * The STRICT table a register definition needs, as SQL: what a new register's migration holds
 * (paste the output into the numbered migration; never generate a landed migration at run time,
 * it must not change when a definition does).
 */
import type { FieldSpec, RegisterSpec } from '../../shared/domain/register.ts';
import { columnName } from './columns.ts';

function columnSql(f: FieldSpec): string {
  const col = columnName(f.key);
  // A sensitive value is stored sealed ('enc1:…', personal/at-rest.ts) whatever its kind.
  if (f.personal === 'sensitive') return `${col} TEXT NOT NULL DEFAULT ''`;
  switch (f.kind) {
    case 'integer':
    case 'money':
    case 'boolean':
      return `${col} INTEGER NOT NULL DEFAULT 0`;
    case 'tags':
      return `${col} TEXT NOT NULL DEFAULT '[]'`;
    case 'ref':
      // Links are checked by GuDesk, not foreign keys (migration 003): a pull may bring a child first.
      return `${col} TEXT`;
    default:
      return f.required ? `${col} TEXT NOT NULL` : `${col} TEXT NOT NULL DEFAULT ''`;
  }
}

export function createTableSql(spec: Pick<RegisterSpec, 'table' | 'fields'>): string {
  return `CREATE TABLE ${spec.table} (
  id TEXT PRIMARY KEY,
  ${spec.fields.map(columnSql).join(',\n  ')},
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_by TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  sync_hlc TEXT,
  sync_hlcs TEXT
) STRICT;`;
}
