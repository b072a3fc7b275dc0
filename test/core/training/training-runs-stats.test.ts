/**
 * `training-runs` (docs/TRAINING.md): 회 = classes ended in the period, 명 = their 수료 trainees,
 * or for a one-off 특강/체험 those who came; by 교육장 구분 × 과목군 (seed 002's table), by 분류,
 * by 반기; and `gudesk stats training-runs --json` answers exactly what stats.run does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../core/api/core.ts';
import { main } from '../../../core/cli/main.ts';
import type { Core } from '../../../core/api/core-types.ts';

let dir: string;
const out: string[] = [];

async function withCore<T>(fn: (core: Core) => Promise<T>): Promise<T> {
  const core = createCore({ dataDir: dir, actor: '김강사' });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gudesk-training-stats-'));
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  await withCore(async (core) => {
    const c = async (op: string, values: object) => ((await core.call(op as 'courses.create', { values } as never)) as { record: { id: string } }).record.id;
    await c('courses.create', { name: '스마트폰 기초', kind: '정규', subjectGroup: '스마트폰' });
    await c('courses.create', { name: '키오스크 체험', kind: '체험', subjectGroup: '키오스크' });
    await c('venues.create', { name: '구청 전산교육장', kind: '구청' });
    await c('venues.create', { name: '서초동 자치회관', kind: '동 자치회관' });
    const regular = await c('classes.create', { name: '스마트폰 기초 1기', courseId: '스마트폰 기초', venueId: '구청 전산교육장', startOn: '2024-03-04', endOn: '2024-03-29' });
    const oneOff = await c('classes.create', { name: '키오스크 체험 9월', courseId: '키오스크 체험', venueId: '서초동 자치회관', startOn: '2024-09-10', endOn: '2024-09-10' });
    await c('classes.create', { name: '스마트폰 기초 2기', courseId: '스마트폰 기초', venueId: '구청 전산교육장', startOn: '2025-03-03', endOn: '2025-03-28' });
    const session = await c('sessions.create', { classId: oneOff, heldOn: '2024-09-10' });
    for (const [i, status] of (['수료', '수료', '미수료', '취소'] as const).entries()) {
      const t = await c('trainees.create', { name: `예시${i}` });
      await c('enrolments.create', { classId: regular, traineeId: t, appliedAt: '2024-02-20T10:00', status });
      const e = await c('enrolments.create', { classId: oneOff, traineeId: t, appliedAt: '2024-09-01T10:00', status: (['수료', '수료', '미수료', '취소'] as const)[i] });
      // A one-off 체험 is closed like any class (an ended one takes no new 수강): who came still counts.
      await c('attendance.create', { sessionId: session, enrolmentId: e, mark: i === 2 ? '결석' : '출석' });
    }
  });
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const run = (input: { from?: string; to?: string; by?: string[] }) => withCore((core) => core.call('stats.run', { name: 'training-runs', ...input }));

describe('training-runs', () => {
  it('counts 회 by end date and 명 as 수료, or attended for a one-off 체험', async () => {
    const t = await run({ from: '2024-01-01', to: '2024-12-31' });
    expect(t.columns.map((c) => c.label)).toEqual(['회', '명']);
    // 스마트폰 기초 1기: 2 수료; 키오스크 체험: 예시0, 예시1 came (예시2 absent, 예시3 cancelled).
    expect(t.total.values).toEqual([2, 4]);
    expect(t.headlineText).toBe('4명');
  });

  it('groups by 교육장 구분 × 과목군, by 분류 and by 반기', async () => {
    const cross = await run({ from: '2024-01-01', to: '2024-12-31', by: ['교육장 구분', '과목군'] });
    // Seed 002's table: 회 per 장소 (rows) × 과목군 (columns).
    const cell = (venueKind: string, subject: string) => cross.rows.find((r) => r.key === venueKind)!.values[cross.columns.findIndex((c) => c.label === subject)];
    expect([cell('구청', '스마트폰'), cell('동 자치회관', '키오스크'), cell('구청', '키오스크')]).toEqual([1, 1, 0]);
    const kinds = await run({ from: '2024-01-01', to: '2025-12-31', by: ['분류'] });
    const row = (key: string) => kinds.rows.find((r) => r.key === key)?.values;
    expect([row('정규'), row('체험')]).toEqual([[2, 2], [1, 2]]);
    const halves = await run({ from: '2024-01-01', to: '2025-12-31', by: ['반기'] });
    expect(halves.rows.map((r) => [r.label, ...r.values])).toEqual([['2024년 상반기', 1, 2], ['2024년 하반기', 1, 2], ['2025년 상반기', 1, 0]]);
  });

  it('gudesk stats training-runs --json prints what stats.run answers', async () => {
    out.length = 0;
    expect(await main(['--data-dir', dir, 'stats', 'training-runs', '--from', '2024.1.1', '--to', '2024. 12. 31.', '--by', '분류', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(await run({ from: '2024-01-01', to: '2024-12-31', by: ['kind'] }));
  });
});
