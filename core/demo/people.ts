/**
 * Korean personal names for reporters (기자) and release contacts (담당자). Every outlet and
 * department gets a small stable pool, as in a real clipping register where the same few
 * reporters cover the district for years.
 */
import { createRng, hashString, weighted, type Rng } from './random.ts';

/** Surnames roughly in proportion to their share of the population. */
const pickSurname = weighted<string>([
  ['김', 21], ['이', 15], ['박', 8.5], ['최', 4.7], ['정', 4.3], ['강', 2.4], ['조', 2.1], ['윤', 2.1],
  ['장', 2], ['임', 1.7], ['한', 1.5], ['오', 1.5], ['서', 1.5], ['신', 1.4], ['권', 1.4], ['황', 1.4],
  ['안', 1.3], ['송', 1.3], ['류', 1.2], ['전', 1.1], ['홍', 1.1], ['고', 0.9], ['문', 0.9], ['양', 0.9],
  ['손', 0.9], ['배', 0.8], ['백', 0.7], ['허', 0.6], ['유', 0.6], ['남', 0.6], ['심', 0.5], ['노', 0.5],
  ['하', 0.4], ['곽', 0.4], ['성', 0.4], ['차', 0.4], ['주', 0.4], ['우', 0.4], ['구', 0.4], ['민', 0.3],
]);

const GIVEN_NAMES = [
  '민준', '서연', '지훈', '수빈', '현우', '지은', '도윤', '하은', '성민', '은영', '정호', '미경',
  '상철', '영수', '혜진', '준호', '태윤', '예린', '동현', '수진', '지영', '재원', '승현', '유진',
  '민지', '세영', '경민', '영훈', '진우', '소연', '한결', '다은', '주원', '서현', '건우', '나연',
  '상훈', '미숙', '정희', '병철', '종민', '윤서', '시우', '하린', '우진', '지민', '은지', '현정',
  '성호', '재희', '보람', '슬기', '용준', '태희', '혜원', '기현', '수경', '민석', '가영', '준영',
  '동욱', '선영', '인호', '채원', '형준', '지수', '명수', '은희', '승우', '다현', '창민', '연주',
];

export function koreanName(rng: Rng): string {
  return pickSurname(rng) + rng.pick(GIVEN_NAMES);
}

/** `size` different names, the same for the same key and seed whatever else was generated. */
export function namePool(key: string, seed: number, size: number): string[] {
  const rng = createRng(hashString(key) ^ seed);
  const names = new Set<string>();
  for (let guard = 0; names.size < size && guard < size * 20; guard++) names.add(koreanName(rng));
  return [...names];
}
