/**
 * clippings.updateMany: what a paste or fill down in the grid sends. A clerk pasting a block of
 * cells expects the good cells saved together (one 실행 취소 reverts them all) and each record that
 * cannot take its change left exactly as it was, with a Korean reason naming the field.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import type { Clipping } from '../../../shared/domain/clipping.ts';
import { clipping, expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore();
  core = t.core;
});
afterEach(() => t.dispose());

async function three(): Promise<Clipping[]> {
  const out: Clipping[] = [];
  for (const [i, outlet] of ['연합뉴스', 'KBS', '한겨레'].entries()) {
    out.push((await core.call('clippings.create', { values: clipping({ outlet, title: `기사 ${i + 1}`, tone: '중립', department: '홍보과' }) })).record);
  }
  return out;
}
const byId = (id: string) => core.call('clippings.get', { id });

describe('clippings.updateMany', () => {
  it('saves a different patch per record as one batch that one undo reverts', async () => {
    const [a, b, c] = await three();
    const res = await core.call('clippings.updateMany', {
      changes: [
        { id: a!.id, patch: { department: '일자리정책과', reporter: '김기자' }, expectedVersion: a!.version },
        { id: b!.id, patch: { department: '문화체육과' }, expectedVersion: b!.version },
        { id: c!.id, patch: { tone: '긍정' } },
      ],
    });
    expect(res.refused).toEqual([]);
    expect(res.records.map((r) => r.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(res.records[0]).toMatchObject({ department: '일자리정책과', reporter: '김기자', version: a!.version + 1 });
    expect(await byId(c!.id)).toMatchObject({ tone: '긍정', department: '홍보과' });
    const historyA = await core.call('clippings.history', { id: a!.id });
    expect(historyA.filter((h) => h.batchId === res.batchId).map((h) => h.fieldLabel).sort()).toEqual(['관련부서', '기자']);

    await core.call('history.undo', { batchId: res.batchId! });
    expect(await byId(a!.id)).toMatchObject({ department: '홍보과', reporter: '' });
    expect(await byId(b!.id)).toMatchObject({ department: '홍보과' });
    expect(await byId(c!.id)).toMatchObject({ tone: '중립' });
  });

  it('refuses only the record with a bad value, a stale version or a duplicate key; the rest are saved', async () => {
    const [a, b, c] = await three();
    await core.call('clippings.update', { id: b!.id, patch: { page: 'A3' } }); // someone else edited b meanwhile
    const d = (await core.call('clippings.create', { values: clipping({ outlet: '조선일보', title: '기사 4' }) })).record;
    const res = await core.call('clippings.updateMany', {
      changes: [
        { id: a!.id, patch: { publishedOn: '2024-13-45' }, expectedVersion: a!.version },
        { id: b!.id, patch: { department: '문화체육과' }, expectedVersion: b!.version },
        { id: c!.id, patch: { department: '문화체육과' }, expectedVersion: c!.version },
        { id: d.id, patch: { outlet: '연합뉴스', title: '기사 1' } },
      ],
    });
    expect(res.records.map((r) => r.id)).toEqual([c!.id]);
    expect(res.refused.map((r) => r.id)).toEqual([a!.id, b!.id, d.id]);
    expect(res.refused[0]!.details).toHaveProperty('보도일자');
    expect(res.refused[1]!.message).toContain('먼저 수정했습니다');
    expect(res.refused[2]!.message).toContain('이미 있습니다');
    for (const r of res.refused) expect(r.message).toMatch(/[가-힣]/);

    expect(await byId(a!.id)).toMatchObject({ publishedOn: '2024-09-02', version: a!.version });
    expect(await byId(b!.id)).toMatchObject({ department: '홍보과', page: 'A3' });
    expect(await byId(d.id)).toMatchObject({ outlet: '조선일보', title: '기사 4' });
    expect(await byId(c!.id)).toMatchObject({ department: '문화체육과' });
    // The refused records left nothing in the batch: undo touches c alone.
    expect((await core.call('history.undo', { batchId: res.batchId! })).count).toBe(1);
  });

  it('merges two changes to one record, names an unknown field, and saves nothing when nothing changes', async () => {
    const [a] = await three();
    const res = await core.call('clippings.updateMany', {
      changes: [
        { id: a!.id, patch: { reporter: '김기자' } },
        { id: a!.id, patch: { page: 'A1' } },
        { id: a!.id, patch: { department: '홍보과' } },
      ],
    });
    expect(res.records).toHaveLength(1);
    expect(res.records[0]).toMatchObject({ reporter: '김기자', page: 'A1', version: a!.version + 1 });

    const odd = await core.call('clippings.updateMany', { changes: [{ id: a!.id, patch: { colour: '빨강' } }] });
    expect(odd.batchId).toBeNull();
    expect(odd.refused[0]!.message).toContain('colour');

    const same = await core.call('clippings.updateMany', { changes: [{ id: a!.id, patch: { reporter: '김기자' } }] });
    expect(same).toEqual({ records: [], batchId: null, refused: [] });

    const missing = await core.call('clippings.updateMany', { changes: [{ id: 'no-such-id', patch: { reporter: '김' } }] });
    expect(missing.refused[0]!.message).toContain('찾을 수 없습니다');

    expectKoreanError(await failure(core, 'clippings.updateMany', { changes: [] }), 'invalid_input');
  });

  it('works the same for 보도자료', async () => {
    const r = (await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '보도자료 1', department: '홍보과' } })).record;
    const res = await core.call('releases.updateMany', { changes: [{ id: r.id, patch: { hasPhoto: true, contact: '이담당' }, expectedVersion: r.version }] });
    expect(res.records[0]).toMatchObject({ hasPhoto: true, contact: '이담당' });
  });
});
