/** A council report's input like seed 001 (영등포구 홍보전산과, 2019 주요업무 보고), and statistics to answer its figures. */
import type { CouncilReportInput } from '../../../shared/reports/council-input.ts';
import type { FigureSource } from '../../../shared/reports/council-report.ts';
import { STATISTICS } from '../../../shared/stats/registry.ts';

export function seedLikeInput(): CouncilReportInput {
  return {
    settings: { type: '보고', year: 2019, session: '제214회 구의회 제1차 정례회', sessionPeriod: '2019. 6. 12. ~ 6. 25.', asOf: '2019-05-31', lastSyncAt: '2019-06-03T09:12:00Z' },
    profile: {
      asOf: '2019-05-31',
      office: '영등포구',
      department: '홍보전산과',
      teams: [
        { team: '홍보기획팀', duties: ['구정 홍보 기획 및 언론 보도', '소식지 발행'] },
        { team: '뉴미디어팀', duties: ['소셜미디어방송 영등포 TV 운영'] },
        { team: '전산운영팀', duties: ['정보시스템 운영', '정보화교육장 운영'] },
      ],
      staffing: [
        { group: '일반직', grade: '5급', authorized: 1, filled: 1 },
        { group: '일반직', grade: '6급', authorized: 4, filled: 6 },
        { group: '일반직', grade: '7급', authorized: 8, filled: 12 },
        { group: '일반직', grade: '9급', authorized: 4, filled: 2 },
        { group: '별정직·임기제', grade: '9급', authorized: 2, filled: 1 },
      ],
      facilities: [{ kind: '시설', name: '정보화교육장(2개소)', status: ['· 창업스마트교육장', '· 영등포 정보문화센터'], note: '전산운영팀' }],
      budget: [
        { unit: '홍보기능 강화를 통한 구 이미지 제고', budget: 1_132_475, spent: 585_523 },
        { unit: '신속하고 안정적인 행정서비스 지원을 위한 정보통신망 운영', budget: 1_927_370, spent: 1_019_297 },
        { unit: '기본경비', budget: 164_978, spent: 78_846 },
      ],
    },
    projects: [
      {
        name: '홍보기능 강화를 통한 구 이미지 제고',
        team: '홍보기획팀',
        kind: '계속',
        priority: false,
        purpose: '우리구 주요 역점사업과 구정 현안에 대한 다양하고 체계적인 홍보를 통해 구민 알권리를 충족시키고, 대외적인 구 이미지를 제고하고자 함',
        blocks: [
          { title: '사업개요', text: '- 신문, 방송 등 언론 매체를 통한 구정 홍보\n- 소식지(행복소식, 꿈나무, 마루) 발행 및 홍보전광판 운영' },
          { title: '주요 추진실적', text: '- 보도자료 작성 및 배포: {보도자료 배포 건수}건\n- 언론보도 실적: {언론보도 건수}건\n{{표: 언론보도 건수 매체구분별}}' },
        ],
        budget: { kind: 'execution', budget: 1_132_475, spent: 585_523, source: '구비' },
      },
      {
        name: '스마트 정보화교육 운영',
        team: '전산운영팀',
        kind: '신규',
        priority: true,
        blocks: [{ title: '추진계획', text: '○ 구민 정보화교육 상시 운영\n※ 교육장 2개소' }],
        budget: { kind: 'plan', years: [2019, 2020], sources: [{ source: '구비', amounts: [100_000, 120_000] }, { source: '시비', amounts: [50_000, 0] }] },
      },
    ],
  };
}

/** Statistics over a fixed set of facts: 195 보도자료, 3,014 언론보도 in 2019 up to 5. 31. */
export const seedLikeFigures: FigureSource = (request, period) => {
  const params = { from: period.from, to: period.to, by: request.by };
  switch (request.stat) {
    case 'releases':
    case 'coverage':
      return STATISTICS[request.stat].run([{ date: '2019-03-01', n: 195, covered: 150, clippings: 900, department: '홍보전산과' }], params);
    case 'clippings':
      return STATISTICS.clippings.run(
        [
          { date: '2019-02-01', mediaType: '방송', tone: '중립', n: 96 },
          { date: '2019-03-01', mediaType: '중앙지', tone: '긍정', n: 309 },
          { date: '2019-04-01', mediaType: '인터넷', tone: '중립', n: 2609 },
          { date: '2018-12-01', mediaType: '방송', tone: '중립', n: 7 },
        ],
        params,
      );
    default:
      throw new Error(`no facts for ${request.stat}`);
  }
};
