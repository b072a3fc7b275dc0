/** 언론보도's statistics: 건수 by 매체구분, month, year, 민선기 and 논조, or a cross of two of them. */
import { TONES, type Clipping } from '../domain/clipping.ts';
import { byMonth, byTerm, byValue, byYear } from './groupings.ts';
import { defineStatistic } from './statistic.ts';

/** What the clippings statistics count: `n` clippings with these values (1 for one record). */
export interface ClippingFact {
  /** 보도일자, 'YYYY-MM-DD' (or 'YYYY-MM' once the core grouped a month). */
  date: string;
  mediaType: string;
  tone: string;
  n: number;
}

export function clippingFact(c: Pick<Clipping, 'publishedOn' | 'mediaType' | 'tone'>): ClippingFact {
  return { date: c.publishedOn ?? '', mediaType: c.mediaType ?? '', tone: c.tone, n: 1 };
}

const dateOf = (f: ClippingFact) => f.date;

export const clippingCount = defineStatistic<ClippingFact>({
  name: 'clippings',
  label: '언론보도 건수',
  register: 'clippings',
  description: '언론보도(기사) 건수. 보도일자로 기간을 정하고, 매체구분·월·연도·민선기·논조별로 (두 가지를 겹쳐 표로도) 셉니다.',
  subject: '언론보도',
  measureWord: '건수',
  dateField: { key: 'publishedOn', label: '보도일자' },
  dateOf,
  measures: [{ key: 'count', label: '건수', unit: '건', value: (f) => f.n }],
  groupings: [
    byValue('mediaType', '매체구분', (f) => f.mediaType),
    byMonth(dateOf),
    byYear(dateOf),
    byTerm(dateOf),
    byValue('tone', '논조', (f) => f.tone, TONES),
  ],
  maxGroupings: 2,
});
