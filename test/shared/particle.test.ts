/** 은/는 after a field name, so messages read '제목은 …', '기자는 …'. */
import { describe, expect, it } from 'vitest';
import { topicParticle } from '../../shared/text/particle.ts';

describe('topicParticle', () => {
  it.each([
    ['제목', '은'],
    ['매체명', '은'],
    ['지면', '은'],
    ['기자', '는'],
    ['관련부서', '는'],
    ['담당자', '는'],
    ['URL', '은(는)'],
    ['', '은(는)'],
  ])('%s → %s', (word, particle) => {
    expect(topicParticle(word)).toBe(particle);
  });
});
