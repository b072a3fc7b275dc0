/**
 * Headlines and summaries for a story, in the style of Korean local news: '금천구, … 운영',
 * '…위한 … 개최', '…운영…디지털 격차 해소 나서', and leads ending in '…고 2일 밝혔다.'
 */
import { josa, withJosa } from './korean.ts';
import { weighted, type Rng } from './random.ts';
import type { Story } from './types.ts';

export const DISTRICT = '금천구';
const SHORT = '금천';

export const pickSubject = weighted<string>([
  ['금천구', 72], ['서울 금천구', 14], ['금천구청', 8], ['서울시 금천구', 3], ['서울 금천구청', 3],
]);

const TAILS = [' 나서', ' 앞장', '에 박차', ' 기대', ' 총력'];
/** Verbs about something a 구청장 can go and see. */
const VISITABLE = new Set(['운영', '조성', '설치', '개소', '정비', '가동', '개장', '재개관', '새 단장', '확대 설치', '구축', '개최']);

const GENERIC_QUOTES = [
  '앞으로도 구민이 체감할 수 있는 정책을 꾸준히 추진하겠다',
  '구민 여러분의 많은 관심과 참여를 바란다',
  '주민 눈높이에 맞춘 서비스를 계속 확대해 나가겠다',
  '소외되는 주민이 없도록 세심하게 살피겠다',
];

export function releaseTitle(story: Story, rng: Rng): string {
  const { name, verb, hook } = story;
  if (story.award) return `${DISTRICT}, ${story.short} ${story.award[0]}`;
  const d = rng.chance(0.85) ? DISTRICT : `서울 ${DISTRICT}`;
  const form = rng.int(4);
  if (form === 1) return `${d}, ${hook} 위한 ${name} ${verb.title}`;
  if (form === 2) return `${d}, ${name} ${verb.title}…${hook}${rng.pick(TAILS)}`;
  return `${d}, ${name} ${verb.title}`;
}

export function clippingTitle(story: Story, rng: Rng): string {
  const { name, short, verb, hook } = story;
  const d = pickSubject(rng);
  if (story.award && rng.chance(0.85)) return `${d}, ${short} ${story.award[0]}`;
  const r = rng.next();
  if (r < 0.2) return `${d}, ${name} ${verb.title}`;
  if (r < 0.34) return `${d}, ${hook} 위한 ${name} ${verb.title}`;
  if (r < 0.48) return `${d}, ${name} ${verb.title}…${hook}${rng.pick(TAILS)}`;
  if (r < 0.58) return short !== name ? `${d} '${short}' ${verb.title}` : `${d}, '${name}' ${verb.title}`;
  if (r < 0.68) return `${d}, ${name} ${verb.title}한다`;
  if (r < 0.73) return `[포토] ${d}, ${name} ${verb.title}`;
  if (r < 0.8 && VISITABLE.has(verb.title)) return `${DISTRICT}청장, ${short} 현장 점검`;
  if (r < 0.88) return `${name} ${verb.title}…${d}, ${hook}${rng.pick(TAILS)}`;
  if (r < 0.93 && (verb.title === '운영' || verb.title === '개최')) return `${d} ${name}, 주민 호응 이어져`;
  return `[${SHORT}] ${name} ${verb.title}`;
}

export function storySummary(story: Story, rng: Rng): string {
  const s = rng.chance(0.7) ? `서울 ${DISTRICT}` : DISTRICT;
  const tense = rng.chance(0.5) ? '한다' : '했다';
  const purpose = `${withJosa(story.hook, '을/를')} 위해`;
  let lead: string;
  if (story.award) lead = `${s}${josa(s, '은/는')} ${story.name} 사업으로 ${story.award[1]}고 ${story.day}일 밝혔다.`;
  else {
    const form = rng.int(3);
    if (form === 0) lead = `${s}${josa(s, '은/는')} ${purpose} ${story.verb.lead}${tense}고 ${story.day}일 밝혔다.`;
    else if (form === 1) lead = `${s}${josa(s, '은/는')} ${story.verb.lead}${tense}고 ${story.day}일 밝혔다.`;
    else lead = `${s}${josa(s, '이/가')} ${purpose} ${story.verb.lead}${tense}.`;
  }
  if (rng.chance(0.3)) return lead;
  return `${lead} ${secondSentence(story, rng)}`;
}

function secondSentence(story: Story, rng: Rng): string {
  const { project } = story;
  const quote = rng.chance(0.7) ? rng.pick(project.quotes) : rng.pick(GENERIC_QUOTES);
  const r = rng.next();
  if (r < 0.33) return `구 관계자는 "${quote}"고 말했다.`;
  if (r < 0.53) return `${DISTRICT}청장은 "${quote}"고 말했다.`;
  if (r < 0.68) return `자세한 내용은 ${DISTRICT}청 누리집 또는 ${withJosa(project.dept, '으로/로')} 문의하면 된다.`;
  if (r < 0.84) return '구는 소식지와 SNS, 디지털 사이니지 등 다양한 매체를 통해 적극 홍보할 계획이다.';
  const digital = project.tags.includes('디지털') || project.tags.includes('스마트도시');
  return digital
    ? '구는 스마트 기술을 접목한 디지털 행정 서비스를 지속 확대할 방침이다.'
    : `구는 ${withJosa(story.hook, '을/를')} 위한 관련 사업을 지속 확대할 방침이다.`;
}
