/**
 * Clippings that come from no press release: critical articles (부정), 구청장 interviews and
 * features. Critical headlines must read critical, so a clerk testing tone filters sees why.
 */
import { fillName, pickProject } from './catalog.ts';
import { DISTRICT, pickSubject } from './headlines.ts';
import { josa, withJosa } from './korean.ts';
import type { Rng } from './random.ts';

export interface SpecialItem {
  title: string;
  summary: string;
  department: string;
  tags: readonly string[];
}

/** [headline, summary, department, tags]; '{D}' is the district. */
const ISSUES: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ['{D} 가산디지털단지역 일대 불법 주정차 몸살', '가산디지털단지역 일대가 출퇴근 시간마다 불법 주정차로 몸살을 앓고 있다.', '교통행정과', ['교통']],
  ['{D}, 쓰레기 무단투기 여전…단속 실효성 의문', '골목 곳곳에 쓰레기 무단투기가 끊이지 않아 단속의 실효성에 의문이 제기되고 있다.', '청소행정과', ['환경']],
  ['{D}청 공무원 음주운전 적발…공직 기강 해이 지적', '{D}청 소속 공무원이 음주운전으로 적발돼 공직 기강 해이가 도마에 올랐다.', '감사담당관', ['행정']],
  ['{D} 시흥동 도로 땅꺼짐 발생…주민 불안', '시흥동 주택가 도로에서 땅꺼짐이 발생해 주민 불안이 커지고 있다.', '안전총괄과', ['안전']],
  ['{D} 재개발 구역 주민 갈등 장기화', '재개발 추진 구역에서 찬반 주민 간 갈등이 해를 넘겨 이어지고 있다.', '도시계획과', ['도시']],
  ['{D}, 민원 처리 지연에 주민 불만', '인허가 민원 처리가 늦어지면서 주민들의 불만이 잇따르고 있다.', '민원여권과', ['행정']],
  ['{D}청 홈페이지 개인정보 노출…관리 부실 도마', '{D}청 홈페이지 게시판에서 민원인의 개인정보가 노출된 사실이 확인됐다.', '디지털정보과', ['디지털']],
  ['{D}청 주변 주차난 심화…민원 잇따라', '{D}청 주변 주차 공간이 부족해 방문객 민원이 잇따르고 있다.', '주차관리과', ['교통']],
  ['{D} 공공 와이파이 잦은 끊김…이용자 불편', '공원과 버스정류장의 공공 와이파이가 자주 끊겨 이용자 불편이 크다는 지적이다.', '스마트도시과', ['스마트도시', '디지털']],
  ['{D} 디지털 사이니지 고장 방치…예산 낭비 지적', '구정 홍보용 디지털 사이니지 일부가 고장 난 채 방치돼 예산 낭비라는 지적이 나온다.', '소통담당관', ['홍보', '디지털']],
  ['{D} 축제 소음 민원 잇따라', '대규모 축제 기간 늦은 밤까지 이어진 공연 소음으로 인근 주민 민원이 잇따랐다.', '문화체육과', ['축제']],
  ['{D}, 홍보 예산 과다 편성 논란', '구의회 예산 심사에서 {D}의 홍보 예산이 과다 편성됐다는 지적이 나왔다.', '소통담당관', ['홍보']],
  ['{D} 스마트 쉼터 이용률 저조…실효성 의문', '수억 원을 들여 설치한 스마트 쉼터의 이용률이 낮아 실효성 논란이 일고 있다.', '스마트도시과', ['스마트도시']],
];

const CRITIQUES = ['실효성이 떨어진다는', '예산 대비 효과가 미미하다는', '주민 의견 수렴이 부족했다는', '홍보가 부족해 이용률이 낮다는'];

const SLOGANS = [
  '구민 삶의 질 높이는 스마트도시 만들겠다',
  '현장에서 답 찾는 소통 행정 펼치겠다',
  '디지털 소외 없는 금천 만들겠다',
  'G밸리 중심 일자리 도시로 도약하겠다',
  '안전하고 따뜻한 복지도시 완성하겠다',
  '구정 홍보 강화로 도시 브랜드 가치 높이겠다',
  '아이 키우기 좋은 교육도시 만들겠다',
  '서남권 대표 문화도시로 키우겠다',
];

export function negativeItem(rng: Rng, isoDate: string): SpecialItem {
  if (rng.chance(0.5)) {
    const [title, summary, department, tags] = rng.pick(ISSUES);
    const reply = rng.chance(0.5) ? ` 이에 대해 구청 관계자는 "조속히 개선 대책을 마련하겠다"고 해명했다.` : '';
    return { title: title.replaceAll('{D}', DISTRICT), summary: summary.replaceAll('{D}', DISTRICT) + reply, department, tags };
  }
  const project = pickProject(rng, isoDate);
  const name = fillName(rng.pick(project.names), Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)));
  const short = /'([^']+)'/.exec(name)?.[1] ?? name;
  const d = pickSubject(rng);
  const forms = [
    `${d}, ${short} 실효성 논란`,
    `${d} ${short}…"보여주기식 행정" 비판`,
    `${d}, ${short} 지연에 주민 불편`,
    `${DISTRICT}의회, ${short} 예산 삭감`,
    `${short} 이용률 저조…${d} 예산 낭비 지적`,
    `${d} ${short}, 홍보 부족에 주민 외면`,
  ];
  const summary =
    `${DISTRICT}${josa(DISTRICT, '이/가')} 추진 중인 ${withJosa(name, '을/를')} 두고 ${rng.pick(CRITIQUES)} 지적이 나오고 있다.` +
    (rng.chance(0.5) ? ' 구 관계자는 "지적된 문제를 면밀히 검토해 개선하겠다"고 밝혔다.' : '');
  return { title: rng.pick(forms), summary, department: project.dept, tags: project.tags };
}

export function interviewItem(rng: Rng, isoDate: string, outlet: string): SpecialItem {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const slogan = rng.pick(SLOGANS);
  let label = rng.pick(['인터뷰', '구청장에게 듣는다', '단체장 인터뷰']);
  if (month <= 2 && rng.chance(0.6)) label = '신년 인터뷰';
  if ((month === 6 || month === 7) && year >= 2023 && rng.chance(0.6)) label = `민선8기 ${year - 2022}주년 인터뷰`;
  const other = rng.pick(SLOGANS.filter((s) => s !== slogan));
  return {
    title: `[${label}] ${DISTRICT}청장 "${slogan}"`,
    summary: `${DISTRICT}청장은 ${withJosa(outlet, '과/와')}의 인터뷰에서 "${slogan}"고 밝혔다. 이어 "${other}"고 덧붙였다.`,
    department: '소통담당관',
    tags: ['소통', '홍보'],
  };
}

export function featureItem(rng: Rng, isoDate: string): SpecialItem {
  const project = pickProject(rng, isoDate);
  const name = fillName(rng.pick(project.names), Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)));
  const short = /'([^']+)'/.exec(name)?.[1] ?? name;
  const hook = rng.pick(project.hooks);
  const title = rng.chance(0.5) ? `[기획] ${DISTRICT} ${short}, 현장을 가다` : `[기획] ${hook}…${DISTRICT} ${short} 주목`;
  const summary = `${DISTRICT}${josa(DISTRICT, '이/가')} ${withJosa(hook, '을/를')} 위해 추진하는 ${withJosa(name, '이/가')} 주민들의 호응을 얻고 있다. 구 관계자는 "${rng.pick(project.quotes)}"고 말했다.`;
  return { title, summary, department: project.dept, tags: project.tags };
}
