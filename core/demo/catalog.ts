/**
 * Turns the project catalog into stories: which project makes news in a given month, and how
 * it is phrased that time (name, verb, purpose, and now and then an award).
 */
import { withJosa } from './korean.ts';
import { CIVIC_PROJECTS } from './projects-civic.ts';
import { OFFICE_PROJECTS } from './projects-office.ts';
import { weighted, type Rng } from './random.ts';
import type { Project, Story, Verb } from './types.ts';

export const PROJECTS: readonly Project[] = [...OFFICE_PROJECTS, ...CIVIC_PROJECTS];

/** One weighted picker per month (index 1–12): seasonal projects only join in their months. */
const BY_MONTH = Array.from({ length: 13 }, (_, month) =>
  weighted(PROJECTS.filter((p) => !p.months || p.months.includes(month)).map((p) => [p, p.weight ?? 1] as const)),
);

/** [headline, lead-sentence predicate] */
const AWARDS: ReadonlyArray<readonly [string, string]> = [
  ["서울시 평가 '최우수' 선정", '서울시 평가에서 최우수 자치구로 선정됐다'],
  ['서울시 평가 우수구 선정', '서울시 평가에서 우수구로 선정됐다'],
  ['행정안전부 우수사례 선정', '행정안전부 우수사례로 선정됐다'],
  ['국무총리 표창 수상', '국무총리 표창을 받았다'],
  ['정부혁신 우수사례 선정', '정부혁신 우수사례로 선정됐다'],
  ["'지방자치 경영대상' 수상", '지방자치 경영대상을 수상했다'],
];

/** The programme name of a catalog entry ('name@verbs'), placeholders filled in. */
export function fillName(entry: string, year: number, month: number): string {
  const template = entry.slice(0, entry.includes('@') ? entry.indexOf('@') : entry.length);
  return template.replace(/\{(NY|Y|K|AN|H)\}/g, (_, key: string) => {
    if (key === 'Y') return String(year);
    if (key === 'NY') return String(year + 1);
    if (key === 'K') return String(Math.max(1, year - 2018));
    if (key === 'AN') return String(year - 1995);
    return month <= 6 ? '상반기' : '하반기';
  });
}

function parseVerb(spec: string, name: string): Verb {
  const [title, leadSpec] = spec.includes('=') ? (spec.split('=') as [string, string]) : [spec, `~ ${spec}`];
  const object = withJosa(name, '을/를');
  const lead = leadSpec.includes('~') ? leadSpec.replace('~', object) : `${name} ${leadSpec}`;
  return { title, lead };
}

interface Phrasing {
  name: string;
  short: string;
  verbs: readonly Verb[];
}

/**
 * Phrasings per catalog entry and month, built once: a story then only picks from them, which
 * keeps generating 100,000 rows quick.
 */
const PHRASINGS = new Map<string, Map<number, Phrasing>>();

function phrasing(entry: string, year: number, month: number): Phrasing {
  let byMonth = PHRASINGS.get(entry);
  if (!byMonth) PHRASINGS.set(entry, (byMonth = new Map()));
  const key = year * 100 + month;
  let found = byMonth.get(key);
  if (!found) {
    const name = fillName(entry, year, month);
    const verbs = entry.slice(entry.indexOf('@') + 1).split(',').map((spec) => parseVerb(spec, name));
    found = { name, short: /'([^']+)'/.exec(name)?.[1] ?? name, verbs };
    byMonth.set(key, found);
  }
  return found;
}

/** A story announced on `isoDate`. */
export function makeStory(rng: Rng, isoDate: string): Story {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const project = (BY_MONTH[month] ?? BY_MONTH[1])!(rng);
  const { name, short, verbs } = phrasing(rng.pick(project.names), year, month);
  return {
    project,
    name,
    short,
    verb: rng.pick(verbs),
    hook: rng.pick(project.hooks),
    award: rng.chance(0.06) ? rng.pick(AWARDS) : null,
    day: Number(isoDate.slice(8, 10)),
  };
}

/** A month's project, for clippings that are not about one announcement (features, criticism). */
export function pickProject(rng: Rng, isoDate: string): Project {
  return (BY_MONTH[Number(isoDate.slice(5, 7))] ?? BY_MONTH[1])!(rng);
}
