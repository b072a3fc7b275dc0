import type Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/migration.ts';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest schema, one transaction per migration so that a crash
 * leaves it at a whole version. A file written by a newer GuDesk is refused, never "downgraded".
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new AppError(
      'db_too_new',
      `이 데이터는 더 새로운 GuDesk(스키마 ${current})에서 만들어졌습니다. 이 GuDesk는 스키마 ${latest}까지만 읽을 수 있으니 GuDesk를 업데이트하세요.`,
    );
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}

export { LATEST_SCHEMA_VERSION };
