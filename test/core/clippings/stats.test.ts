/** The 언론보도 summary the dashboard shows: counts by 매체구분 and by month, deleted ones left out. */
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
  expect(await core.call('clippings.stats', {})).toEqual({
    total: 3,
    byMediaType: [
      { mediaType: '방송사', count: 2 },
      { mediaType: '통신사', count: 1 },
    ],
    byMonth: [
      { month: '2024-08', count: 1 },
      { month: '2024-09', count: 2 },
    ],
  });
});
