/**
 * 언론보도 → 보도자료 as the register kernel's first parent/child: a link typed by name, the
 * refusal of an unknown one, and deleting a release keeping its clippings (rule 'keep').
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clipping, expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
beforeEach(() => (t = openTempCore()));
afterEach(() => t.dispose());

describe('a clipping linked to its release through the kernel', () => {
  it('accepts the release title in place of its id (forms, API), picking the release before the clipping', async () => {
    const older = (await t.core.call('releases.create', { values: { distributedOn: '2023-09-01', title: '구민의 날 행사' } })).record;
    const newer = (await t.core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '구민의 날 행사' } })).record;
    const c2024 = (await t.core.call('clippings.create', { values: clipping({ publishedOn: '2024-09-02', releaseId: '구민의 날 행사' }) })).record;
    const c2023 = (await t.core.call('clippings.create', { values: clipping({ publishedOn: '2023-09-02', title: '작년 기사', releaseId: '구민의 날 행사' }) })).record;
    expect([c2024.releaseId, c2023.releaseId]).toEqual([newer.id, older.id]);
    expect(c2024.releaseTitle).toBe('구민의 날 행사');
  });

  it('refuses an unknown release in Korean and saves nothing', async () => {
    const err = await failure(t.core, 'clippings.create', { values: clipping({ releaseId: '없는 보도자료' }) });
    expectKoreanError(err, 'invalid_input');
    expect(err.message).toBe('보도자료 "없는 보도자료"를 찾을 수 없습니다.');
    expect(await t.core.call('clippings.list', {})).toHaveLength(0);
  });

  it('keeps the clippings of a deleted release, still linked, and one undo brings the release back', async () => {
    const release = (await t.core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '축제 개최' } })).record;
    const c = (await t.core.call('clippings.create', { values: clipping({ releaseId: release.id }) })).record;
    const { batchId } = await t.core.call('releases.delete', { ids: [release.id] });
    const kept = await t.core.call('clippings.get', { id: c.id });
    expect(kept.deletedAt).toBeNull();
    expect(kept.releaseId).toBe(release.id);
    // The kept link stays editable: another field changes without touching it.
    await t.core.call('clippings.update', { id: c.id, patch: { reporter: '김기자' } });
    await t.core.call('history.undo', { batchId });
    expect((await t.core.call('releases.get', { id: release.id })).clippingCount).toBe(1);
  });
});
