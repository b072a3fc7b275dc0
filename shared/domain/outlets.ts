/**
 * Built-in outlet table: fills 매체구분 when an imported or typed clipping leaves it blank.
 * Names are matched after removing spaces and lower-casing Latin letters, so 'kbs', 'K B S'
 * and 'KBS' are one outlet. Clerks may still type any 매체구분 from the code list.
 */
const OUTLETS: Record<string, readonly string[]> = {
  중앙지: [
    '조선일보', '중앙일보', '동아일보', '한겨레', '경향신문', '한국일보', '서울신문', '국민일보',
    '세계일보', '문화일보', '매일경제', '한국경제', '서울경제', '머니투데이', '헤럴드경제',
    '아시아경제', '파이낸셜뉴스', '이데일리', '전자신문', '디지털타임스', '내일신문', '아주경제',
  ],
  통신사: ['연합뉴스', '뉴시스', '뉴스1'],
  방송사: [
    'KBS', 'MBC', 'SBS', 'YTN', 'JTBC', 'MBN', 'TV조선', '채널A', '연합뉴스TV', 'EBS', 'OBS',
    'tbs', 'CBS', 'BBS', 'PBC', 'SK브로드밴드', 'LG헬로비전', '딜라이브', 'HCN', '티브로드',
  ],
  지역언론: [
    '서울경기신문', '시정일보', '로컬세계', '서울일보', '우리일보', '금천신문', '영등포신문',
    '영등포시대', '구로타임즈', '관악저널', '동작신문', '서울시정일보', '한강타임즈', '서남투데이',
  ],
  인터넷언론: [
    '오마이뉴스', '프레시안', '데일리안', '노컷뉴스', '뉴데일리', '브레이크뉴스', '뉴스핌',
    '아시아투데이', '에너지경제', '쿠키뉴스', '이투데이', '뉴스웨이', '시사저널', '위키트리', '뉴스로',
  ],
};

function key(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

const BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(OUTLETS).flatMap(([type, names]) => names.map((n) => [key(n), type] as const)),
);

/** 매체구분 for a known outlet name, or undefined when the outlet is not in the table. */
export function mediaTypeForOutlet(outlet: string): string | undefined {
  return BY_NAME.get(key(outlet));
}

/** Every built-in outlet with its 매체구분, for demo data and autocompletion. */
export function builtInOutlets(): Array<{ outlet: string; mediaType: string }> {
  return Object.entries(OUTLETS).flatMap(([mediaType, names]) => names.map((outlet) => ({ outlet, mediaType })));
}
