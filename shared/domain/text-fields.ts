/** Field rules shared by every register's schema, with their Korean messages. */
import { z } from 'zod';
import { topicParticle } from '../text/particle.ts';

/**
 * Trimmed text of at most `max` characters. NFC: Hangul pasted from a Mac arrives decomposed
 * (NFD) and would never match a typed search.
 */
export function text(label: string, max: number) {
  return z
    .string({ error: `${label}${topicParticle(label)} 글자로 입력하세요.` })
    .trim()
    .normalize('NFC')
    .max(max, { error: `${label}${topicParticle(label)} ${max}자 이내로 입력하세요.` });
}

/** Text that must be filled in: missing and blank both read '제목을 입력하세요.'. */
export function requiredText(label: string, max: number, missing: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? missing : `${label}${topicParticle(label)} 글자로 입력하세요.`) })
    .trim()
    .normalize('NFC')
    .max(max, { error: `${label}${topicParticle(label)} ${max}자 이내로 입력하세요.` })
    .min(1, { error: missing });
}
