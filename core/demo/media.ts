/**
 * Which outlets cover a 구청, and how their clippings look: local papers and internet outlets
 * most often, news agencies often, national dailies less, broadcasters rarely. Print outlets
 * carry a 지면, online ones a URL (fake, under the reserved .example domain).
 */
import { builtInOutlets } from '../../shared/domain/outlets.ts';
import { namePool } from './people.ts';
import { hashString, weighted, type Rng } from './random.ts';

/** Share of all clippings per 매체구분. */
const TYPE_SHARE: Record<string, number> = { 지역언론: 0.3, 인터넷언론: 0.28, 통신사: 0.2, 중앙지: 0.16, 방송사: 0.06 };

/** Relative weight inside the type; outlets not listed weigh 1. */
const OUTLET_WEIGHT: Record<string, number> = {
  뉴시스: 1.4, 뉴스1: 1.3, 연합뉴스: 1,
  금천신문: 6, 시정일보: 4, 서울일보: 3, 로컬세계: 3, 서울경기신문: 2.5, 우리일보: 2, 서남투데이: 3,
  서울시정일보: 2, 한강타임즈: 1.5, 구로타임즈: 1.2, 관악저널: 0.7, 동작신문: 0.5, 영등포신문: 0.5, 영등포시대: 0.5,
  아시아투데이: 2, 뉴스핌: 1.5, 브레이크뉴스: 1.8, 데일리안: 1.2, 이투데이: 1.2, 쿠키뉴스: 1.2, 위키트리: 0.6,
  서울신문: 2, 아시아경제: 2, 아주경제: 2, 파이낸셜뉴스: 1.5, 헤럴드경제: 1.5, 이데일리: 1.5, 내일신문: 1.5,
  세계일보: 1.2, 국민일보: 1.2, 전자신문: 0.6, 디지털타임스: 0.8,
  LG헬로비전: 4, 딜라이브: 3, SK브로드밴드: 2.5, tbs: 2, 티브로드: 1, HCN: 1, 연합뉴스TV: 1, YTN: 1,
};

const SLUG: Record<string, string> = {
  조선일보: 'chosun', 중앙일보: 'joongang', 동아일보: 'donga', 한겨레: 'hani', 경향신문: 'khan',
  한국일보: 'hankookilbo', 서울신문: 'seoul', 국민일보: 'kmib', 세계일보: 'segye', 문화일보: 'munhwa',
  매일경제: 'mk', 한국경제: 'hankyung', 서울경제: 'sedaily', 머니투데이: 'mt', 헤럴드경제: 'heraldcorp',
  아시아경제: 'asiae', 파이낸셜뉴스: 'fnnews', 이데일리: 'edaily', 전자신문: 'etnews', 디지털타임스: 'dt',
  내일신문: 'naeil', 아주경제: 'ajunews', 연합뉴스: 'yna', 뉴시스: 'newsis', 뉴스1: 'news1',
  KBS: 'kbs', MBC: 'imbc', SBS: 'sbs', YTN: 'ytn', JTBC: 'jtbc', MBN: 'mbn', TV조선: 'tvchosun',
  채널A: 'ichannela', 연합뉴스TV: 'yonhapnewstv', EBS: 'ebs', OBS: 'obs', tbs: 'tbs', CBS: 'cbs',
  BBS: 'bbsi', PBC: 'cpbc', SK브로드밴드: 'skbroadband', LG헬로비전: 'lghellovision', 딜라이브: 'dlive',
  HCN: 'hcn', 티브로드: 'tbroad', 서울경기신문: 'sgnews', 시정일보: 'sijung', 로컬세계: 'localsegye',
  서울일보: 'seoulilbo', 우리일보: 'wooriilbo', 금천신문: 'gcnews', 영등포신문: 'ydpnews',
  영등포시대: 'ydptimes', 구로타임즈: 'gurotimes', 관악저널: 'gwanakjournal', 동작신문: 'dongjaknews',
  서울시정일보: 'seoulsijung', 한강타임즈: 'hangangtimes', 서남투데이: 'seonamtoday', 오마이뉴스: 'ohmynews',
  프레시안: 'pressian', 데일리안: 'dailian', 노컷뉴스: 'nocutnews', 뉴데일리: 'newdaily',
  브레이크뉴스: 'breaknews', 뉴스핌: 'newspim', 아시아투데이: 'asiatoday', 에너지경제: 'ekn',
  쿠키뉴스: 'kukinews', 이투데이: 'etoday', 뉴스웨이: 'newsway', 시사저널: 'sisajournal',
  위키트리: 'wikitree', 뉴스로: 'newsro',
};

const POOL_SIZE: Record<string, readonly [number, number]> = {
  통신사: [4, 6], 중앙지: [2, 4], 방송사: [2, 3], 지역언론: [1, 3], 인터넷언론: [2, 4],
};

export interface Outlet {
  outlet: string;
  mediaType: string;
  reporters: readonly string[];
  slug: string;
  /** Which URL layout this outlet's site uses (0–2). */
  urlStyle: number;
}

export interface MediaDesk {
  outlets: readonly Outlet[];
  pickOutlet(rng: Rng): Outlet;
  reporter(outlet: Outlet, rng: Rng): string;
  page(outlet: Outlet, rng: Rng): string;
  url(outlet: Outlet, isoDate: string, rng: Rng): string;
}

export function createMediaDesk(seed: number): MediaDesk {
  const outlets: Outlet[] = builtInOutlets().map(({ outlet, mediaType }, i) => {
    const h = hashString(outlet);
    const [lo, hi] = POOL_SIZE[mediaType] ?? [1, 3];
    return {
      outlet,
      mediaType,
      reporters: namePool(`reporter:${outlet}`, seed, lo + (h % (hi - lo + 1))),
      slug: SLUG[outlet] ?? `media${i + 1}`,
      urlStyle: h % 3,
    };
  });
  const typeTotals = new Map<string, number>();
  for (const o of outlets) typeTotals.set(o.mediaType, (typeTotals.get(o.mediaType) ?? 0) + (OUTLET_WEIGHT[o.outlet] ?? 1));
  const pickOutlet = weighted(
    outlets.map((o) => [o, ((TYPE_SHARE[o.mediaType] ?? 0.02) * (OUTLET_WEIGHT[o.outlet] ?? 1)) / (typeTotals.get(o.mediaType) ?? 1)] as const),
  );

  return {
    outlets,
    pickOutlet,
    reporter(outlet, rng) {
      if (rng.chance(outlet.mediaType === '방송사' ? 0.25 : 0.08)) return '';
      return rng.pick(outlet.reporters);
    },
    page(outlet, rng) {
      if (outlet.mediaType === '중앙지') {
        if (rng.chance(0.08)) return '';
        return rng.chance(0.7) ? `A${rng.between(1, 32)}면` : rng.chance(0.5) ? `${rng.between(2, 28)}면` : `수도권 ${rng.between(10, 24)}면`;
      }
      if (outlet.mediaType === '지역언론') {
        if (rng.chance(0.08)) return '';
        return rng.chance(0.75) ? `${rng.between(1, 20)}면` : `지역 ${rng.between(8, 24)}면`;
      }
      return '';
    },
    url(outlet, isoDate, rng) {
      const online = outlet.mediaType === '통신사' || outlet.mediaType === '인터넷언론';
      const p = online ? 0.92 : outlet.mediaType === '방송사' ? 0.6 : 0.25;
      if (!rng.chance(p)) return '';
      const id = rng.between(100000, 999999);
      const [y, m, d] = [isoDate.slice(0, 4), isoDate.slice(5, 7), isoDate.slice(8, 10)];
      if (outlet.urlStyle === 0) return `https://www.${outlet.slug}.example/news/articleView.html?idxno=${id}`;
      if (outlet.urlStyle === 1) return `https://www.${outlet.slug}.example/view/${y}${m}${d}${id}`;
      return `https://news.${outlet.slug}.example/article/${y}/${m}/${d}/${id}`;
    },
  };
}
