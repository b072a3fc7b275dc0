/** Rules of the 언론보도 register. */
import type { Db } from '../db/open.ts';
import { AppError } from '../../shared/api/errors.ts';
import { clippingValuesSchema, type ClippingValues } from '../../shared/domain/clipping.ts';
import { mediaTypeForOutlet } from '../../shared/domain/outlets.ts';
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import { topicParticle } from '../../shared/text/particle.ts';
import { registerService, type KernelParts } from '../records/register-service.ts';
import type { CodesRepository } from '../settings/codes-repository.ts';
import type { ClippingsRepository } from './repository.ts';

export function clippingsService(db: Db, repo: ClippingsRepository, codes: CodesRepository, kernel: KernelParts) {
  const lastMediaType = db.prepare<[string], { media_type: string }>(
    "SELECT media_type FROM clippings WHERE outlet = ? AND media_type != '' AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1",
  );

  /**
   * 매체구분 left blank: the built-in outlet table, else what this office used for the outlet before —
   * but only a code still in the list, or a clerk who removed one could not save with it left blank.
   */
  function guessMediaType(outlet: string): string {
    const guesses = [mediaTypeForOutlet(outlet), lastMediaType.get(outlet)?.media_type];
    return guesses.find((g) => g !== undefined && g !== '' && codes.isActive('mediaType', g)) ?? '';
  }

  return registerService<ClippingValues>(db, repo.store, {
    schema: clippingValuesSchema as never,
    normalize(values, current) {
      const mediaType = values.mediaType || guessMediaType(values.outlet);
      // A code removed from the list (or set inactive) stays valid on the records that already have it, so they can
      // still be edited and restored; only newly chosen values must be in the list.
      const keptCode = current !== undefined && mediaType === current.mediaType;
      if (mediaType && !keptCode && !codes.isActive('mediaType', mediaType)) {
        const why = codes.has('mediaType', mediaType) ? '사용하지 않음으로 설정되어 있습니다' : '코드 목록에 없습니다';
        throw new AppError('invalid_input', `매체구분 '${mediaType}'${topicParticle(mediaType)} ${why}. 설정에서 바꾸거나 다른 값을 고르세요.`, {
          매체구분: `${why}.`,
        });
      }
      // 보도자료 (releaseId) is resolved and checked by the kernel (records/ref-links.ts): an id or
      // a title; a link kept from before stays valid after its release is deleted (undo can bring it back).
      // History, undo and export write tags as 'a, b': a comma inside one tag would split it later.
      const tags = [...new Set(values.tags.flatMap((t) => t.split(',')).map((t) => t.trim().replace(/^#/, '').trim()).filter((t) => t !== ''))];
      return { ...values, mediaType, tags };
    },
    naturalKeyId: (v) => repo.findByNaturalKey(v.publishedOn, v.outlet, v.title),
    describeKey: (v) => `${formatKoreanDate(v.publishedOn)} ${v.outlet} 「${v.title}」`,
  }, kernel);
}

export type ClippingsService = ReturnType<typeof clippingsService>;
