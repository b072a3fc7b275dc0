/**
 * The request of `stats.run`, checked before anything runs: dates as clerks write them
 * (2024-09-02, 2024.9.2, 2024. 9. 2.), stored ISO; 시작일 not after 종료일; `by` as one grouping,
 * 'term,mediaType' or a list. Which names and groupings exist is checked by registry.ts.
 */
import { z } from 'zod';
import { dateMessage, formatKoreanDate, parseKoreanDate } from '../text/korean-date.ts';

const statDate = (label: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      const iso = parseKoreanDate(v);
      if (iso === undefined) {
        ctx.issues.push({ code: 'custom', message: `${dateMessage(label)} (받은 값: ${v.slice(0, 40)})`, input: v });
        return z.NEVER;
      }
      return iso;
    });

const groupingList = z
  .union([z.string().max(100), z.array(z.string().max(50)).max(5)])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,×]/)).map((s) => s.trim()).filter(Boolean));

export const statsRunInput = z
  .object({
    name: z.string({ error: '통계 이름이 필요합니다.' }).trim().min(1, { error: '통계 이름이 필요합니다.' }).max(50),
    from: statDate('시작일').optional(),
    to: statDate('종료일').optional(),
    by: groupingList.optional(),
  })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (from && to && from > to) {
      ctx.issues.push({
        code: 'custom',
        message: `시작일(${formatKoreanDate(from)})이 종료일(${formatKoreanDate(to)})보다 늦습니다.`,
        input: ctx.value,
        path: ['from'],
      });
    }
  });

export type StatsRunInput = z.input<typeof statsRunInput>;
