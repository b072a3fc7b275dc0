/**
 * How a clipping names its 보도자료 outside the app (import files, the CLI): '2024-09-02 제목' as
 * export writes it (any date form), a bare title, or an id. A bare title picks the latest release
 * with that title distributed on or before the clipping's date (yearly releases repeat titles).
 */
import { parseKoreanDate } from '../../shared/text/korean-date.ts';
import type { ReleasesRepository } from './repository.ts';

const DATED = /^(\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*[.일]?)\s+(.+)$/;

export function resolveReleaseRef(repo: ReleasesRepository, text: string, publishedOn?: string): string | undefined {
  const ref = text.trim();
  if (ref === '') return undefined;
  if (repo.exists(ref)) return ref;
  const dated = DATED.exec(ref);
  const day = dated ? parseKoreanDate(dated[1]) : undefined;
  if (dated && day) {
    const id = repo.findByNaturalKey(day, dated[2]!.trim()) ?? repo.idByTitle(dated[2]!.trim(), day);
    if (id) return id;
  }
  return repo.idByTitle(ref, publishedOn ?? '9999-12-31');
}

/** The text export writes for a release: readable, and unambiguous on re-import. */
export function releaseRefText(repo: ReleasesRepository, id: unknown): string {
  if (typeof id !== 'string' || id === '') return '';
  const r = repo.get(id);
  return r ? `${r.distributedOn} ${r.title}` : '';
}
