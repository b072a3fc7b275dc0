/**
 * What a council report is made of (issue 11): the department's profile as of a 기준일, the
 * year's projects, and the report's settings. Registers hold these (부서 현황, 주요사업); the
 * builder (council-report.ts) turns them into the document, and computes every derived figure
 * (과부족, 집행률, 증감, 증감률, totals) itself: none is typed or stored.
 */

export const REPORT_TYPES = ['보고', '계획', '진행'] as const;
export type CouncilReportType = (typeof REPORT_TYPES)[number];

/** The title each type gives the report and its project chapter (the seeds' wording). */
export const REPORT_TYPE_TITLES: Readonly<Record<CouncilReportType, { title: string; chapter: string; priority: string }>> = {
  보고: { title: '주요업무 보고', chapter: '주요업무 추진실적', priority: '중점사업 추진실적' },
  계획: { title: '주요업무계획', chapter: '주요업무계획', priority: '중점사업 추진계획' },
  진행: { title: '주요업무 진행사항 보고', chapter: '주요업무 추진상황', priority: '중점사업 추진상황' },
};

export const STAFF_GROUPS = ['일반직', '관리운영직', '별정직·임기제'] as const;
export const GRADES = ['3급', '4급', '5급', '6급', '7급', '8급', '9급'] as const;

export interface TeamDuty {
  team: string;
  /** One line per duty (주요업무). */
  duties: string[];
}

export interface StaffingRow {
  group: (typeof STAFF_GROUPS)[number];
  grade: (typeof GRADES)[number];
  /** 정원 */
  authorized: number;
  /** 현원 */
  filled: number;
}

export interface FacilityRow {
  /** 시설, 장비, 차량 … */
  kind: string;
  name: string;
  /** One line per item ('· 네트워크장비 176대'); '{…}' figures allowed. */
  status: string[];
  note?: string;
}

export interface BudgetRow {
  /** 단위사업명 */
  unit: string;
  /** 예산액, 천원 */
  budget: number;
  /** 집행액, 천원 (reports of results) */
  spent?: number;
  /** 전년도 예산액, 천원 (plans and progress reports compare) */
  previous?: number;
}

export interface DepartmentProfile {
  /** 기준일, ISO date. */
  asOf: string;
  /** 구청 ('영등포구'). */
  office: string;
  department: string;
  teams: TeamDuty[];
  staffing: StaffingRow[];
  facilities: FacilityRow[];
  budget: BudgetRow[];
}

/** 소요예산: one line (예산액/집행액/집행률) or 재원별 × 연차별 with totals. */
export type ProjectBudget =
  | { kind: 'execution'; budget: number; spent?: number; source?: string }
  | { kind: 'plan'; years: number[]; sources: { source: string; amounts: number[] }[] };

export interface ProjectBlock {
  /** 사업개요, 추진실적, 향후계획 … or the writer's own title. */
  title: string;
  /** Outline text (outline-text.ts). */
  text: string;
}

export interface CouncilProject {
  name: string;
  team: string;
  kind: '계속' | '신규';
  /** 중점사업: a chapter of its own (001's III.). */
  priority: boolean;
  purpose?: string;
  blocks: ProjectBlock[];
  budget?: ProjectBudget;
}

export interface CouncilReportSettings {
  type: CouncilReportType;
  year: number;
  /** '제214회 구의회 제1차 정례회'. */
  session?: string;
  /** '2019. 6. 12. ~ 6. 25.'. */
  sessionPeriod?: string;
  /** 기준일 of the figures (ISO): the period of live figures runs from 1 January of the year to it. */
  asOf: string;
  /** When the data was last synced (ISO datetime) — printed with the 기준일 so a reader knows how fresh it is. */
  lastSyncAt?: string;
}

export interface CouncilReportInput {
  settings: CouncilReportSettings;
  profile?: DepartmentProfile;
  /** In the order the report lists them. */
  projects: CouncilProject[];
}

export const BLOCK_TITLES = ['사업개요', '추진실적', '주요 추진실적', '추진현황 및 실적', '향후계획', '추진계획', '진단 및 과제', '기대효과', '사업 필요성'] as const;
