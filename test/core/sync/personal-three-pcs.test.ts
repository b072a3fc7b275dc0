/**
 * 장애 여부 across PCs: PC A of the 정보화팀 records it; PC B of the same team reads it revealed
 * through personal.reveal (the server opened its sealed copy for the team); PC C, logged in with a
 * 조회 전용 account of the team, holds only masked copies (●●●, 김*용), cannot reveal what it
 * never received, and can change nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim', '정보화팀');
  await world.addUser('lee', '정보화팀');
  await world.addUser('view', '정보화팀', 'viewer');
});
afterEach(async () => world.close());

describe('장애 여부 on three PCs', () => {
  it('A records it, B (same team) reveals it, C (viewer) sees ●●● and a masked name only', async () => {
    const a = await world.loggedInPc('kim');
    const { record } = await a.call('trainees.create', { values: { name: '김철용', phone: '010-1234-5678', birthDate: '1958-07-21', disability: true } });
    await a.call('sync.now', {});

    const b = await world.loggedInPc('lee');
    await b.call('sync.now', {});
    expect((await b.call('trainees.list', { includeDeleted: false })).map((r) => r.disability)).toEqual(['●●●']);
    expect(await b.call('personal.reveal', { register: 'trainees', id: record.id, field: 'disability', reason: '교육장 편의시설 준비' })).toEqual({ value: true });

    const c = await world.loggedInPc('view');
    await c.call('sync.now', {});
    expect(await c.call('sync.status', {})).toMatchObject({ quarantined: 0, role: 'viewer' });
    const onC = await c.call('trainees.list', { includeDeleted: false });
    // The server sent 010-1234-****; the PC shows it as it came (a masked number is not masked again).
    expect(onC.map((r) => [r.name, r.phone, r.disability])).toEqual([['김*용', '010-1234-****', '●●●']]);
    // What C holds is the masked copy itself: a reveal says so instead of showing a mask or a made-up 아니오.
    await expect(c.call('personal.reveal', { register: 'trainees', id: record.id, field: 'disability', reason: '확인' })).rejects.toThrow('가려서 보낸 사본');
    await expect(c.call('trainees.update', { id: record.id, patch: { address: '서초동' } })).rejects.toThrow('조회 전용');

    // A's value is untouched by all of this.
    await a.call('sync.now', {});
    expect(await a.call('personal.reveal', { register: 'trainees', id: record.id, field: 'name', reason: '확인' })).toEqual({ value: '김철용' });
  });
});
