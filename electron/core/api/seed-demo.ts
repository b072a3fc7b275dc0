/** Writes generated demo data (see demo/generate.ts) in one transaction, as one undoable batch. */
import { AppError } from '../../../shared/api/errors.ts';
import { generateDemo } from '../demo/generate.ts';
import { stampNow } from '../records/ids.ts';
import { bulkLoad } from '../db/bulk-load.ts';
import type { Services } from './services.ts';

export function seedDemo(s: Services, rows: number, actor: string): { clippings: number; releases: number } {
  if (s.clippings.repo.count() > 0 || s.releases.repo.count() > 0) {
    throw new AppError('conflict', '이미 자료가 있어 예시 데이터를 넣지 않았습니다. 예시 데이터는 빈 데이터 폴더에만 넣을 수 있습니다.');
  }
  const demo = generateDemo({ clippings: rows });
  const stamp = stampNow(actor);
  s.db.transaction(() => {
    const releaseIds = demo.releases.map((r) => s.releases.repo.store.insert(r, stamp));
    bulkLoad(s.db, () => {
      for (const { releaseIndex, ...values } of demo.clippings) {
        s.clippings.repo.store.insert({ ...values, releaseId: releaseIndex === null ? '' : (releaseIds[releaseIndex] ?? '') }, stamp);
      }
    });
    s.clippings.repo.fts.indexBatch(stamp.batchId);
  })();
  return { clippings: demo.clippings.length, releases: demo.releases.length };
}
