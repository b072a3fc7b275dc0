/** Rules of the 보도자료 register. */
import type { Db } from '../db/open.ts';
import { releaseValuesSchema, type ReleaseValues } from '../../shared/domain/release.ts';
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import { registerService, type KernelParts } from '../records/register-service.ts';
import type { ReleasesRepository } from './repository.ts';

export function releasesService(db: Db, repo: ReleasesRepository, kernel: KernelParts) {
  return registerService<ReleaseValues>(db, repo.store, {
    schema: releaseValuesSchema as never,
    normalize: (values) => values,
    naturalKeyId: (v) => repo.findByNaturalKey(v.distributedOn, v.title),
    describeKey: (v) => `${formatKoreanDate(v.distributedOn)} 「${v.title}」`,
  }, kernel);
}

export type ReleasesService = ReturnType<typeof releasesService>;
