/** Code lists a clerk can edit (매체구분 today; more registers add theirs). */
export type CodeListName = 'mediaType';

export const CODE_LIST_LABELS: Record<CodeListName, string> = {
  mediaType: '매체구분',
};

export const DEFAULT_MEDIA_TYPES = ['중앙지', '통신사', '방송사', '지역언론', '인터넷언론', '기타'] as const;

export interface CodeItem {
  code: string;
  sort: number;
  active: boolean;
}
