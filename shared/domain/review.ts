/**
 * 확인할 항목: what a merge of several PCs' work produced that no single edit was allowed to —
 * two live records with one natural key (the same clipping typed offline on two PCs), a link to a
 * record deleted elsewhere or not held here. Sync never fails over them; a person looks and acts.
 * Computed when read from the registers themselves, so the list is never stale and needs no sync.
 */
import type { RegisterName } from './register.ts';

/** 'rule': a rule spanning records broken by a merge (정원 초과, double booking). */
export type ReviewKind = 'twins' | 'dangling-link' | 'rule';

export interface ReviewRecordRef {
  id: string;
  /** How the record reads in a list: '2024. 9. 2. 연합뉴스 「제목」'. */
  label: string;
  createdAt: string;
  createdBy: string;
  /** For twins: the fields in which this record differs from the others ('기자: 최기자 · 태그: 교육'). */
  differs?: string;
}

export interface ReviewItem {
  /** Stable while the situation lasts, e.g. 'twins:clippings:<first id>'. */
  key: string;
  kind: ReviewKind;
  register: RegisterName;
  registerLabel: string;
  /** One Korean sentence: what is wrong and what the clerk can do. */
  message: string;
  records: ReviewRecordRef[];
  /** For 'dangling-link': the link field's Korean label and whether its target is deleted or absent. */
  field?: string;
  target?: 'deleted' | 'missing';
  /** For 'rule': the rule's name ('capacity') and what it says ('수강 인원은 … 정원을 넘을 수 없습니다'). */
  rule?: string;
  ruleMessage?: string;
}
