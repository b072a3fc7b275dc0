/**
 * 파기 through sync: PC A (an admin) destroys a trainee; PC B, offline, edited the trainee's phone
 * meanwhile. After both sync, neither PC nor the server holds any old value — records, history,
 * conflict marks — and a late edit cannot bring the name or phone back, whichever stamp is later.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { failure } from '../temp-core.ts';
import { seedPeople, type People } from '../personal/destroy-fixture.ts';
import { syncWorld, type SyncWorld } from './sync-fixture.ts';

let world: SyncWorld;
beforeEach(async () => {
  world = await syncWorld();
  await world.addUser('kim', '홍보팀', 'admin');
  await world.addUser('lee');
});
afterEach(async () => world.close());

/** Every table of a SQLite file as text. */
function dump(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
    return tables.map((name) => JSON.stringify(db.prepare(`SELECT * FROM ${name}`).all())).join('\n');
  } finally {
    db.close();
  }
}

const OLD_VALUES = ['김철용', '010-1234-5678', '1234-5678', '010-7777-0000', '7777-0000', '1958-07-21', '서초동'];

function expectNoOldValues(text: string, where: string): void {
  for (const v of OLD_VALUES) expect(text.includes(v), `${where} still holds '${v}'`).toBe(false);
}

async function twoPcs(): Promise<{ a: Core; b: Core; p: People }> {
  const a = await world.loggedInPc('kim');
  const b = await world.loggedInPc('lee');
  const p = await seedPeople(a);
  await a.call('sync.now', {});
  await b.call('sync.now', {});
  expect(await b.call('trainees.get', { id: p.old })).toMatchObject({ name: '김*용' });
  return { a, b, p };
}

async function checkEverywhere(a: Core, b: Core, id: string): Promise<void> {
  for (let i = 0; i < 2; i++) for (const pc of [a, b]) await pc.call('sync.now', {});
  for (const [name, pc] of [['A', a], ['B', b]] as const) {
    expect(await pc.call('trainees.get', { id }), name).toMatchObject({ name: '(파기됨)', phone: '', birthDate: '', address: '' });
    expectNoOldValues(dump(join(pc.dataDir, 'gudesk.sqlite')), `PC ${name}`);
    expect(dump(join(pc.dataDir, 'gudesk.sqlite'))).toContain('남궁민수');
    expect((await pc.call('sync.now', { verify: true })).checksums).toBe('equal');
  }
  const serverFile = world.dbUrl.slice('sqlite:'.length);
  expectNoOldValues(dump(serverFile), 'the server');
}

describe('파기 on every PC and the server', () => {
  it('B edited the phone after A destroyed (B’s stamp is later): B pulls the erasure, its edit is not kept', async () => {
    const { a, b, p } = await twoPcs();
    await a.call('personal.destroy', { register: 'trainees', ids: [p.old], reason: '보유 기간 경과' });
    await b.call('trainees.update', { id: p.old, patch: { phone: '010-7777-0000' } });
    await a.call('sync.now', {});
    await b.call('sync.now', {});
    await checkEverywhere(a, b, p.old);
    // Now B knows: typing the phone again is refused on B itself.
    expect((await failure(b, 'trainees.update', { id: p.old, patch: { phone: '010-7777-0000' } })).message).toContain('파기한 수강생');
  });

  it('B pushed its edit first, A destroyed without having seen it: the server still ends erased', async () => {
    const { a, b, p } = await twoPcs();
    await b.call('trainees.update', { id: p.old, patch: { phone: '010-7777-0000' } });
    await b.call('sync.now', {});
    await a.call('personal.destroy', { register: 'trainees', due: true, reason: '보유 기간 경과' });
    await a.call('sync.now', {});
    await checkEverywhere(a, b, p.old);
  });

  it('a PC that destroyed before its first login sends the erasure along with everything', async () => {
    const a = world.pc('김 주무관');
    const p = await seedPeople(a);
    await a.call('personal.destroy', { register: 'trainees', due: true, reason: '보유 기간 경과' });
    await a.call('sync.login', { serverUrl: world.url, login: 'kim', password: '비밀번호-2024!' });
    await a.call('sync.now', {});
    const b = await world.loggedInPc('lee');
    await b.call('sync.now', {});
    await checkEverywhere(a, b, p.old);
    expect((await failure(b, 'trainees.update', { id: p.old, patch: { name: '김철용' } })).message).toContain('파기한 수강생');
  });
});
