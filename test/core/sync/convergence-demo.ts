/**
 * 예시 데이터 in the convergence world: a PC gets demo records (marked demo, written by the very
 * code `app.seedDemo` uses) at any point of a run, whatever it holds already; and what the check
 * needs to know about them — which records of a PC are demo (or belong to a demo record).
 */
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../core/api/core.ts';
import { writeDemo } from '../../../core/api/seed-demo.ts';
import { buildServices } from '../../../core/api/services.ts';
import { openDatabase } from '../../../core/db/open.ts';
import { clippingValuesSchema } from '../../../shared/domain/clipping.ts';
import { releaseValuesSchema } from '../../../shared/domain/release.ts';

/**
 * Writes one demo 보도자료 and two demo clippings (the first linked to it) into the data folder
 * of a PC whose core is closed: the first run's seeding, on a PC that already holds and syncs data.
 */
export function seedDemoInFolder(dataDir: string, tag: string, actor: string): void {
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  try {
    const release = releaseValuesSchema.parse({ distributedOn: '2024-08-20', title: `예시 보도자료 ${tag}`, department: '홍보팀' });
    const clipping = (n: number, releaseIndex: number | null) => ({
      ...clippingValuesSchema.parse({ publishedOn: '2024-08-21', outlet: '예시일보', title: `예시 기사 ${tag}-${n}` }),
      releaseIndex,
    });
    writeDemo(buildServices(db, dataDir), { releases: [release], clippings: [clipping(1, 0), clipping(2, null)] }, actor);
  } finally {
    db.close();
  }
}

/** Ids of one register that stay on the PC: demo records, and attachments of demo clippings and releases. */
export function demoIds(db: Database.Database, register: string): Set<string> {
  const own = db.prepare<[string], string>('SELECT record_id FROM demo_records WHERE register = ?').pluck().all(register);
  const owned = register === 'attachments'
    ? db.prepare<[], string>(
      `SELECT a.id FROM attachments a JOIN demo_records d
         ON (d.register = 'clippings' AND d.record_id = a.clipping_id) OR (d.register = 'releases' AND d.record_id = a.release_id)`,
    ).pluck().all()
    : [];
  return new Set([...own, ...owned]);
}
