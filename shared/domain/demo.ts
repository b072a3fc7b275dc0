/** 예시 데이터 as 설정 and the sync login card show it (core/demo/demo-records.ts). */

export interface DemoSummary {
  /** Live demo records on this PC, per register. */
  clippings: number;
  releases: number;
  /** Records the clerk entered that link to a demo 보도자료: the removal unlinks them. */
  linkedByClerk: number;
}

export interface DemoRemoval {
  /** Every record the removal touched (one history batch: one 실행 취소 brings it all back). */
  count: number;
  batchId: string;
  clippings: number;
  releases: number;
  unlinked: number;
  /** 정보화교육 demo records removed (교육장 … 출석, with what the clerk added under a demo class). */
  training?: number;
  /** 구의회 보고 demo records removed (부서 현황, 주요사업 and their rows, with what the clerk added under them). */
  council?: number;
}
