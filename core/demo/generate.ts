/**
 * Demo data for a 구청 PR department: three years of 보도자료 and the 언론보도 they produced,
 * plus articles no release asked for (criticism, interviews, features). Pure and deterministic:
 * the same options give the same rows, and nothing here touches the database — the caller
 * writes the rows, linking each clipping to releases[releaseIndex].
 */
import type { ClippingValues, Tone } from '../../shared/domain/clipping.ts';
import type { ReleaseValues } from '../../shared/domain/release.ts';
import { isIsoDate } from '../../shared/text/korean-date.ts';
import { buildCalendar } from './calendar.ts';
import { makeStory } from './catalog.ts';
import { clippingTitle, releaseTitle, storySummary } from './headlines.ts';
import { createMediaDesk, type Outlet } from './media.ts';
import { namePool } from './people.ts';
import { createRng, hashString, weighted, type Rng } from './random.ts';
import { featureItem, interviewItem, negativeItem } from './special.ts';
import type { Story } from './types.ts';

export interface DemoOptions {
  /** How many 언론보도 rows to make; releases follow from it (about one per two clippings). */
  clippings: number;
  seed?: number;
  /** ISO date the three-year window ends on; defaults to the local today. */
  today?: string;
}

/** releaseId stays ''; releaseIndex points into DemoData.releases (null: no release). */
export type DemoClipping = ClippingValues & { releaseIndex: number | null };

export interface DemoData {
  releases: ReleaseValues[];
  clippings: DemoClipping[];
}

const DEFAULT_SEED = 20240902;
/** Share of clippings that come from a press release. */
const LINKED_SHARE = 0.7;
/** Clippings per release: many get none or one, a few are picked up widely. */
const pickReleaseSize = weighted<number>([[0, 30], [1, 32], [2, 18], [3, 10], [4, 5], [5, 3], [6, 2]]);
/** Working days between 배포일 and 보도일. */
const pickLag = weighted<number>([[0, 45], [1, 35], [2, 12], [3, 5], [4, 2], [5, 1]]);
const pickTagCount = weighted<number>([[0, 20], [1, 35], [2, 30], [3, 15]]);
const EXTRA_TAGS = ['복지', '안전', '축제', '교육', '디지털', '홍보', '스마트도시', '문화', '환경', '일자리', '교통', '건강', '청년', '소통', '행정'];

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Natural keys already used, kept as 32-bit hashes: no key string is built or retained per
 * row (100,000 rows stay fast). A hash collision only costs one more headline draw.
 */
class KeyRegistry {
  private readonly used = new Set<number>();

  /** A title whose key (group + title) is still free; '(2보)', '(3보)' … as a last resort. */
  claim(group: string, make: () => string): string {
    const seed = hashString(group);
    let title = make();
    let key = hashString(title, seed);
    for (let attempt = 0; this.used.has(key) && attempt < 8; attempt++) key = hashString((title = make()), seed);
    const base = title;
    for (let n = 2; this.used.has(key); n++) key = hashString((title = `${base} (${n}보)`), seed);
    this.used.add(key);
    return title;
  }
}

function pickTags(rng: Rng, own: readonly string[]): string[] {
  const count = pickTagCount(rng);
  const tags = new Set<string>();
  for (let guard = 0; tags.size < count && guard < 10; guard++) {
    tags.add(rng.chance(0.9) && own.length ? rng.pick(own) : rng.pick(EXTRA_TAGS));
  }
  return [...tags];
}

export function generateDemo(options: DemoOptions): DemoData {
  const count = options.clippings;
  if (!Number.isInteger(count) || count < 0) throw new Error('예시 언론보도 건수는 0 이상의 정수여야 합니다.');
  const today = options.today ?? localToday();
  if (!isIsoDate(today)) throw new Error('기준일은 2024-09-02 형식의 실제 날짜여야 합니다.');
  const seed = Math.trunc(options.seed ?? DEFAULT_SEED) >>> 0;
  const rng = createRng(seed);
  const calendar = buildCalendar(today);
  const media = createMediaDesk(seed);
  const contacts = new Map<string, string[]>();
  const releaseTitles = new KeyRegistry();
  const clippingTitles = new KeyRegistry();
  const releases: ReleaseValues[] = [];
  const clippings: DemoClipping[] = [];

  const contactFor = (dept: string) => {
    let pool = contacts.get(dept);
    if (!pool) contacts.set(dept, (pool = namePool(`contact:${dept}`, seed, 3)));
    return rng.pick(pool);
  };

  /** Most clippings carry a one- or two-sentence 요약; some clerks leave it empty. */
  const summaryFor = (story: Story) => (rng.chance(0.92) ? storySummary(story, rng) : '');

  const addClipping = (
    publishedOn: string, outlet: Outlet, make: () => string, rest: { summary: string; department: string; tone: Tone; tags: string[] },
    releaseIndex: number | null,
  ) => {
    clippings.push({
      publishedOn,
      outlet: outlet.outlet,
      mediaType: outlet.mediaType,
      title: clippingTitles.claim(`${publishedOn}\u0000${outlet.outlet}`, make),
      reporter: media.reporter(outlet, rng),
      page: media.page(outlet, rng),
      url: media.url(outlet, publishedOn, rng),
      department: rng.chance(0.07) ? '' : rest.department,
      tone: rest.tone,
      summary: rest.summary,
      tags: rest.tags,
      releaseId: '',
      releaseIndex,
    });
  };

  // 보도자료 and the clippings they produced.
  const linkedTarget = Math.round(count * LINKED_SHARE);
  const sizes: number[] = [];
  for (let sum = 0; sum < linkedTarget; ) {
    const size = Math.min(pickReleaseSize(rng), linkedTarget - sum);
    sizes.push(size);
    sum += size;
  }
  const days = sizes.map(() => calendar.randomWorkday(rng)).sort((a, b) => a - b);
  sizes.forEach((size, index) => {
    const day = days[index] as number;
    const distributedOn = calendar.iso(day);
    const story = makeStory(rng, distributedOn);
    const title = releaseTitles.claim(distributedOn, () => releaseTitle(story, rng));
    const department = story.project.dept;
    releases.push({ distributedOn, title, department, contact: contactFor(department), hasPhoto: rng.chance(0.6) });
    const used = new Set<Outlet>();
    for (let j = 0; j < size; j++) {
      let outlet = media.pickOutlet(rng);
      for (let guard = 0; used.has(outlet) && guard < 20; guard++) outlet = media.pickOutlet(rng);
      used.add(outlet);
      const published = rng.chance(0.03) ? Math.min(day + 1, calendar.last) : calendar.workdaysAfter(day, pickLag(rng));
      const tone: Tone = story.award || rng.chance(0.85) ? '긍정' : '중립';
      addClipping(
        calendar.iso(published), outlet,
        () => (rng.chance(0.3) ? title : clippingTitle(story, rng)),
        { summary: summaryFor(story), department, tone, tags: pickTags(rng, story.project.tags) },
        index,
      );
    }
  });

  // Articles no release asked for.
  for (let i = clippings.length; i < count; i++) {
    const publishedOn = calendar.iso(rng.chance(0.93) ? calendar.randomWorkday(rng) : calendar.randomDay(rng));
    const outlet = media.pickOutlet(rng);
    const r = rng.next();
    if (r < 0.19) {
      const negative = r < 0.12;
      const item = negative ? negativeItem(rng, publishedOn) : r < 0.15 ? interviewItem(rng, publishedOn, outlet.outlet) : featureItem(rng, publishedOn);
      const tone: Tone = negative ? '부정' : '긍정';
      addClipping(publishedOn, outlet, () => item.title, { summary: rng.chance(0.92) ? item.summary : '', department: item.department, tone, tags: pickTags(rng, item.tags) }, null);
      continue;
    }
    const story = makeStory(rng, publishedOn);
    const tone: Tone = story.award || rng.chance(0.78) ? '긍정' : '중립';
    addClipping(
      publishedOn, outlet, () => clippingTitle(story, rng),
      { summary: summaryFor(story), department: story.project.dept, tone, tags: pickTags(rng, story.project.tags) },
      null,
    );
  }

  clippings.sort((a, b) => (a.publishedOn < b.publishedOn ? -1 : a.publishedOn > b.publishedOn ? 1 : 0));
  return { releases, clippings };
}
