/** The 언론보도 counts the dashboard, the CLI and the council report share: deleted ones left out. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { clipping, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore();
});
afterEach(() => t.dispose());

it('counts live clippings by 매체구분 and by month (oldest first)', async () => {
  const { core } = t;
  await core.call('clippings.create', { values: clipping({ outlet: '연합뉴스', publishedOn: '2024-08-30' }) });
  await core.call('clippings.create', { values: clipping({ outlet: 'KBS', publishedOn: '2024-09-02' }) });
  await core.call('clippings.create', { values: clipping({ outlet: 'MBC', publishedOn: '2024-09-03' }) });
  const gone = await core.call('clippings.create', { values: clipping({ outlet: '뉴시스', publishedOn: '2024-07-01' }) });
  await core.call('clippings.delete', { ids: [gone.record.id] });
  const media = await core.call('stats.run', { name: 'clippings', by: ['mediaType'] });
  expect(media.total.values[0]).toBe(3);
  expect(media.rows.map((r) => [r.label, r.values[0]])).toEqual([
    ['방송사', 2],
    ['통신사', 1],
  ]);
  const months = await core.call('stats.run', { name: 'clippings', by: ['month'] });
  expect(months.rows.map((r) => [r.key, r.values[0]])).toEqual([
    ['2024-08', 1],
    ['2024-09', 2],
  ]);
});
