/** Particles chosen by the word, so messages read '제목은 …', '같은 언론보도가 …', '파일로 …'. */
import { describe, expect, it } from 'vitest';
import { andParticle, meansParticle, objectParticle, subjectParticle, topicParticle, withParticle } from '../../shared/text/particle.ts';

describe('topicParticle', () => {
  it.each([
    ['제목', '은'],
    ['매체명', '은'],
    ['지면', '은'],
    ['기자', '는'],
    ['관련부서', '는'],
    ['담당자', '는'],
    ['URL', '은'],
    ['PDF', '는'],
    ['url', '은(는)'],
    ['', '은(는)'],
  ])('%s → %s', (word, particle) => {
    expect(topicParticle(word)).toBe(particle);
  });
});

describe('subjectParticle, objectParticle, andParticle', () => {
  it.each([
    ['언론보도', '가', '를', '와'],
    ['보도자료', '가', '를', '와'],
    ['제목', '이', '을', '과'],
    ['보도일자', '가', '를', '와'],
    ['배포일', '이', '을', '과'],
    ['파일 3', '이', '을', '과'],
    ['파일 2', '가', '를', '와'],
    ["'보고서.hwp'", '이(가)', '을(를)', '과(와)'],
  ])('%s → %s / %s / %s', (word, subject, object, and) => {
    expect([subjectParticle(word), objectParticle(word), andParticle(word)]).toEqual([subject, object, and]);
  });
  it('a quoted word is read without its quotes', () => {
    expect(withParticle("'금천신문'", subjectParticle)).toBe("'금천신문'이");
  });
});

describe('meansParticle', () => {
  it.each([
    ['파일', '로'],
    ['엑셀', '로'],
    ['목록', '으로'],
    ['서버', '로'],
    ['CSV', '로'],
    ['HTML', '로'],
    ['xlsx', '(으)로'],
  ])('%s → %s', (word, particle) => {
    expect(meansParticle(word)).toBe(particle);
  });
});
