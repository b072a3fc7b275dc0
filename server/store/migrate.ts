/** Brings a database up to this server's schema, and refuses one a newer server has written. */
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.ts';
import type { SqlDriver } from './driver.ts';

export class SchemaTooNewError extends Error {
  constructor(found: number) {
    super(`데이터베이스가 이 서버보다 새 버전에서 만들어졌습니다(스키마 ${found}, 이 서버는 ${LATEST_SCHEMA_VERSION}까지 압니다). 서버 프로그램을 업데이트하세요.`);
    this.name = 'SchemaTooNewError';
  }
}

export async function migrate(db: SqlDriver): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  });
  for (;;) {
    // One transaction per migration: a crash leaves the database at a whole version.
    const applied = await db.transaction(async (tx) => {
      const row = await tx.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
      const current = Number(row?.v ?? 0);
      if (current > LATEST_SCHEMA_VERSION) throw new SchemaTooNewError(current);
      const next = MIGRATIONS.find((m) => m.version > current);
      if (!next) return false;
      await tx.exec(next.sql[db.dialect]);
      await tx.run('INSERT INTO schema_version (version) VALUES (?)', [next.version]);
      return true;
    });
    if (!applied) return;
  }
}
