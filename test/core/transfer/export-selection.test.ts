/**
 * Export of what the clerk chose: the current list (ids in the grid's order, its visible columns),
 * the selected rows, or the whole register; the file name says which, and when.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../core/io/csv.ts';
import { exportFileStem } from '../../../core/transfer/export-selection.ts';
import { clipping, fromBase64, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeEach(() => {
  t = openTempCore();
});
afterEach(() => t.dispose());

const csvRows = (data: string) => parseCsv(fromBase64(data).subarray(3).toString('utf8'));

describe('clippings.export with a choice', () => {
  it('writes exactly the given rows in the given order, with the given columns', async () => {
    const ids: string[] = [];
    for (const [i, outlet] of ['연합뉴스', 'KBS', 'MBC', '한겨레'].entries()) {
      const r = await t.core.call('clippings.create', { values: clipping({ outlet, title: `기사 ${i + 1}`, publishedOn: `2024-09-0${i + 1}` }) });
      ids.push(r.record.id);
    }
    const file = await t.core.call('clippings.export', {
      format: 'csv',
      ids: [ids[2]!, ids[0]!],
      fields: ['title', 'publishedOn', 'outlet', 'attachmentCount'],
      scope: 'list',
    });
    expect(file.rowCount).toBe(2);
    expect(file.fileName).toMatch(/^언론보도_현재 목록_\d{4}년 \d{1,2}월 \d{1,2}일\.csv$/);
    // 첨부 (a count the grid shows) is no register field: left out, so the file imports back.
    expect(csvRows(file.data)).toEqual([
      ['제목', '보도일자', '매체명'],
      ['기사 3', '2024-09-03', 'MBC'],
      ['기사 1', '2024-09-01', '연합뉴스'],
    ]);
  });

  it('skips deleted and unknown ids; selected rows and whole register name the file', async () => {
    const a = await t.core.call('clippings.create', { values: clipping({ title: '남은 기사' }) });
    const b = await t.core.call('clippings.create', { values: clipping({ title: '지운 기사', outlet: 'KBS' }) });
    await t.core.call('clippings.delete', { ids: [b.record.id] });
    const sel = await t.core.call('clippings.export', { format: 'xlsx', ids: [b.record.id, a.record.id, 'no-such-id'], scope: 'selected' });
    expect(sel.rowCount).toBe(1);
    expect(sel.fileName).toMatch(/^언론보도_선택한 행_.*\.xlsx$/);
    const all = await t.core.call('releases.export', { format: 'csv', scope: 'all' });
    expect(all.fileName).toMatch(/^보도자료_전체 대장_/);
  });

  it('takes 100,000 ids', async () => {
    const r = await t.core.call('clippings.create', { values: clipping() });
    const ids = [r.record.id, ...Array.from({ length: 99_999 }, (_, i) => `x${i}`)];
    const file = await t.core.call('clippings.export', { format: 'csv', ids, scope: 'list' });
    expect(file.rowCount).toBe(1);
  });

  it('dates the file in the clerk’s local day, in Korean', () => {
    expect(exportFileStem('언론보도', 'list', new Date(2024, 8, 2, 23, 30))).toBe('언론보도_현재 목록_2024년 9월 2일');
    expect(exportFileStem('언론보도', undefined, new Date(2024, 8, 2))).toBe('언론보도_20240902');
  });
});
