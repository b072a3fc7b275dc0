/**
 * What a personal field holds (개인정보의 종류). The kind decides how the value is masked on every
 * screen, grid, search result, print, export and CLI output, and whether it is encrypted at rest
 * ('sensitive': 장애 여부 and the like).
 */
export const PERSONAL_KINDS = ['name', 'phone', 'birthDate', 'address', 'email', 'sensitive'] as const;

export type PersonalKind = (typeof PERSONAL_KINDS)[number];

export const PERSONAL_KIND_LABELS: Record<PersonalKind, string> = {
  name: '이름',
  phone: '전화번호',
  birthDate: '생년월일',
  address: '주소',
  email: '전자우편',
  sensitive: '민감정보',
};

export function isPersonalKind(value: unknown): value is PersonalKind {
  return typeof value === 'string' && (PERSONAL_KINDS as readonly string[]).includes(value);
}
