/**
 * Demo data for the council report (issue 11), like seed 000 (금천구 홍보디지털과, 주요업무계획):
 * a department profile as of 1 January of the demo year with its teams, staffing, facilities and
 * budget, and the year's projects written as the seeds write them — their figures are live
 * ({…}), so a newcomer's first report quotes the demo registers' own statistics. Pure values for
 * the seeding code to write; the years follow the demo's today.
 */
import type { ValuesOf } from '../../shared/registers/define.ts';
import type { blocksSpec, budgetsSpec, divisionsSpec, facilitiesSpec, fundsSpec, profilesSpec, projectsSpec, staffingSpec } from '../../shared/domain/council/index.ts';

type Values<D> = Omit<ValuesOf<D>, 'profileId' | 'projectId'>;

export interface CouncilDemo {
  profile: ValuesOf<typeof profilesSpec>;
  divisions: Values<typeof divisionsSpec>[];
  staffing: Values<typeof staffingSpec>[];
  facilities: Values<typeof facilitiesSpec>[];
  budgets: Values<typeof budgetsSpec>[];
  projects: { project: ValuesOf<typeof projectsSpec>; blocks: Values<typeof blocksSpec>[]; funds: Values<typeof fundsSpec>[] }[];
}

export function councilDemo(year: number): CouncilDemo {
  const y = year;
  const blocks = (...b: [string, string][]) => b.map(([title, body], i) => ({ title, body, position: i + 1 }));
  const funds = (source: string, amounts: number[]) => amounts.map((amount, i) => ({ source, year: y - 1 + i, amount }));
  return {
    profile: { asOf: `${y}-01-01`, office: '금천구', department: '홍보디지털과', note: '예시 데이터' },
    divisions: [
      { name: '홍보팀', position: 1, duties: '금천구 브랜드 홍보 관련 콘텐츠 발굴 및 제작 관리\n소식지, 인터넷방송국, 미디어보드, SNS 등 매체를 통한 구정홍보' },
      { name: '언론팀', position: 2, duties: '언론 대응, 보도자료(정책·사업, 기획, 미담 등) 작성 및 배포\n신문 등 구독, 언론사 공고 및 광고, 지역 언론사 관리 등' },
      { name: '스마트도시팀', position: 3, duties: '스마트도시 관련 정책 총괄·조정에 관한 사항\n스마트도시 구현을 위한 종합기획 및 연구에 관한 사항' },
      { name: '전산관리팀', position: 4, duties: '정보화사업 추진 및 정보시스템 환경 최적화 조성\n직원의 정보화 운영 환경 개선, 홈페이지 운영, 구민 정보화교육 실시' },
      { name: '정보통신팀', position: 5, duties: '구내통신망 등 운영관리, 정보통신 보안업무, 개인정보보호\n정보통신공사 사용전 검사 및 설계도 확인 등' },
    ],
    staffing: [
      { staffGroup: '일반직', grade: '5급', authorized: 1, filled: 1 },
      { staffGroup: '일반직', grade: '6급', authorized: 5, filled: 6 },
      { staffGroup: '일반직', grade: '7급', authorized: 7, filled: 11 },
      { staffGroup: '일반직', grade: '8급', authorized: 8, filled: 4 },
      { staffGroup: '일반직', grade: '9급', authorized: 3, filled: 3 },
    ],
    facilities: [
      { kind: '시설', name: '정보화교육장(2개소)', position: 1, note: '전산관리팀', status: '· 제1정보문화센터\n· 창업스마트교육장' },
      { kind: '시설', name: '정보통신통합관제실', position: 2, note: '정보통신팀', status: '· 전산시스템 서버, 네트워크 51대\n· 스토리지 및 백업시스템 13대' },
      { kind: '장비', name: '디지털사이니지', position: 3, note: '홍보팀', status: '· 실외 8대, 실내 25대 (총 33대)' },
    ],
    budgets: [
      { unit: '찾아가는 정책 공감 홍보 강화', position: 1, budget: 747_552, spent: 0, previous: 258_984 },
      { unit: '전략적 구정보도와 체계적 언론대응', position: 2, budget: 662_326, spent: 0, previous: 701_215 },
      { unit: '정보화 환경 최적화', position: 3, budget: 1_214_870, spent: 0, previous: 1_670_599 },
      { unit: '기본경비', position: 4, budget: 58_420, spent: 0, previous: 61_200 },
    ],
    projects: [
      {
        project: { year: y, position: 1, name: '찾아가는 정책 공감 홍보 강화', team: '홍보팀', kind: '계속', priority: false, purpose: '차별화된 홍보 콘텐츠와 찾아가는 온라인 홍보로 구정 정보의 주민 접근성을 높이고자 함', budgetForm: '재원별·연차별', source: '구비', budget: 0, spent: 0 },
        blocks: blocks(
          ['사업개요', '- 차별화된 홍보 콘텐츠 제작\n- 구정 홍보용 LED 전광판(구청 광장 앞) 설치\n- 카카오톡 채널 본격 운영 등 찾아가는 온라인 홍보 강화'],
          ['추진실적', '- 홍보 미디어 매체의 저변 확대 → 구정 정보의 주민 접근성 제고\n - 외부재원을 활용한 홍보 매체(디지털사이니지) 추가 설치\n※ 총 33대 운영 중\n- SNS 채널 활성화 추진\n - 카카오톡 채널 신설, 유튜브 채널 활성화'],
          ['추진계획', '- 홍보 콘텐츠 제작 다양성 확보 및 차별화 추진\n - 수요자별·분야별 정책(사업), 주요 시설 및 명소 소개 등 제작 유형 다양화\n- LED 전광판 설치\n - 구청 광장 앞 설치 ※ 공공청사 내 설치 시, 옥외광고물법 예외 규정 적용'],
        ),
        funds: funds('구비', [258_984, 747_552, 247_552, 247_552]),
      },
      {
        project: { year: y, position: 2, name: '전략적 구정보도와 체계적 언론대응', team: '언론팀', kind: '계속', priority: false, purpose: '', budgetForm: '재원별·연차별', source: '구비', budget: 0, spent: 0 },
        blocks: blocks(
          ['사업개요', '- 구정 이해와 사회적 이슈, 정보습득을 위한 신문구독\n- 신문, 방송 모니터링으로 신속한 언론 대응\n- 지속적 보도자료 제공, 현장 취재 지원 등을 통한 구정 홍보 강화'],
          ['현 황', `- 보도자료 작성 및 배포: {보도자료 배포 건수, ${y - 1}. 1. 1. ~ ${y - 1}. 12. 31.}건\n- 언론보도 실적: {언론보도 건수, ${y - 1}. 1. 1. ~ ${y - 1}. 12. 31.}건\n(단위 : 건)\n{{표: 언론보도 건수 민선기×매체구분별, 전체 기간}}`],
          ['추진계획', '- 선제적·맞춤형 구정 보도자료 언론사 제공\n - 보도자료 발굴 및 배포 (2건/일 이상), 현장취재 유도\n- 언론보도 대응창구 일원화\n - 언론사 부정적 보도 취재 요청 시 언론팀 경유\n- 공무원 대상 공보 전문성 강화\n - 현직 기자 초청 공보아카데미 운영'],
        ),
        funds: funds('구비', [701_215, 662_326, 670_000, 680_000]),
      },
      {
        project: { year: y, position: 3, name: '취약계층 디지털 정보 격차 해소 추진', team: '전산관리팀', kind: '신규', priority: true, purpose: '어르신, 장애인 등 정보취약계층의 디지털 역량을 높여 정보 격차를 해소하고자 함', budgetForm: '예산액·집행액', source: '구비', budget: 96_000, spent: 0 },
        blocks: blocks(
          ['사업개요', '- 구민 정보화교육 상시 운영 (제1정보문화센터, 창업스마트교육장)\n- 찾아가는 키오스크 체험존 운영'],
          ['추진실적', `- 정보화교육 실적: {정보화교육 실적}명 (${y}. 1. 1. 이후)\n(단위 : 회, 명)\n{{표: 정보화교육 실적 과목군별}}`],
          ['향후계획', '- 어르신 대상 스마트폰·키오스크 교육 확대\n- 챗GPT 활용 등 신기술 교육과정 신설'],
        ),
        funds: [],
      },
    ],
  };
}
