/**
 * A backup sealed with a passphrase: it restores whole with the passphrase, a wrong or missing
 * one is refused in Korean with the data folder untouched, its bytes show nothing of the data,
 * a damaged or cut-off copy is refused, and an unsealed backup of personal data says so.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { main } from '../../../core/cli/main.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { clipping, tempDir } from '../temp-core.ts';

let root: { dir: string; remove(): void };
let core: Core;
const dataDir = () => join(root.dir, 'data');
const PASS = '구청 홍보팀 2026 백업';

beforeEach(() => {
  root = tempDir('gudesk-sealed-');
  core = createCore({ dataDir: dataDir(), actor: '김주무관' });
});
afterEach(() => {
  core.close();
  vi.restoreAllMocks();
  root.remove();
});

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('should have been refused');
}

async function titles(c: Core): Promise<string[]> {
  return (await c.call('clippings.list', {})).map((r) => r.title).sort();
}

describe('sealed backup', () => {
  it('restores whole with the passphrase; its bytes hold none of the data', async () => {
    for (let i = 0; i < 300; i++) await core.call('clippings.create', { values: clipping({ title: `암호 백업 기사 ${i}`, summary: '가'.repeat(2000) }) });
    const file = join(root.dir, 'sealed.gdbak');
    const r = core.backup(file, { passphrase: PASS });
    expect(r).toMatchObject({ encrypted: true });
    expect(r.bytes).toBeGreaterThan(1024 * 1024); // more than one chunk
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('암호 백업 기사'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    // No plain intermediate file is left anywhere.
    expect(readdirSync(root.dir).sort()).toEqual(['data', 'sealed.gdbak']);
    expect(readdirSync(dataDir()).filter((f) => f.startsWith('.backup-'))).toEqual([]);

    await core.call('clippings.create', { values: clipping({ title: '백업 후 기사' }) });
    core.close();
    restoreFrom(dataDir(), DATABASE_FILE, file, { passphrase: PASS });
    core = createCore({ dataDir: dataDir(), actor: '김주무관' });
    const list = await titles(core);
    expect(list).toHaveLength(300);
    expect(list).not.toContain('백업 후 기사');
  });

  it('refuses a wrong or missing passphrase in Korean and changes nothing', async () => {
    await core.call('clippings.create', { values: clipping({ title: '그대로 있어야 할 기사' }) });
    const file = join(root.dir, 'sealed.gdbak');
    core.backup(file, { passphrase: PASS });
    await core.call('clippings.create', { values: clipping({ title: '백업 후 기사' }) });
    core.close();
    const before = readFileSync(join(dataDir(), DATABASE_FILE));

    const wrong = refusal(() => restoreFrom(dataDir(), DATABASE_FILE, file, { passphrase: '틀린 암호입니다요' }));
    expect(wrong.message).toBe('백업 암호가 맞지 않습니다. 아무것도 바꾸지 않았습니다. 백업할 때 정한 암호를 다시 확인하세요.');
    const missing = refusal(() => restoreFrom(dataDir(), DATABASE_FILE, file));
    expect(missing.message).toContain('암호로 보호되어 있습니다');

    expect(readFileSync(join(dataDir(), DATABASE_FILE)).equals(before)).toBe(true);
    expect(readdirSync(dataDir()).filter((f) => /staged|unsealed|before-restore/.test(f))).toEqual([]);
    core = createCore({ dataDir: dataDir(), actor: '김주무관' });
    expect(await titles(core)).toEqual(['그대로 있어야 할 기사', '백업 후 기사']);
  });

  it('refuses a sealed backup that was altered or cut off', async () => {
    for (let i = 0; i < 200; i++) await core.call('clippings.create', { values: clipping({ title: `기사 ${i}`, summary: '나'.repeat(3000) }) });
    const file = join(root.dir, 'sealed.gdbak');
    core.backup(file, { passphrase: PASS });
    core.close();
    const original = readFileSync(file);

    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.from([0x01]), 0, 1, Math.floor(original.length / 2));
    closeSync(fd);
    expect(refusal(() => restoreFrom(dataDir(), DATABASE_FILE, file, { passphrase: PASS })).message).toContain('백업 파일이 손상되었습니다');

    writeFileSync(file, original);
    // Cut right after the first chunk: what remains is intact, but that chunk was not sealed as the last.
    const headerEnd = original.indexOf(0x0a, original.indexOf(0x0a) + 1) + 1;
    const firstChunkEnd = headerEnd + 4 + 12 + 1024 * 1024 + 16;
    expect(original.length).toBeGreaterThan(firstChunkEnd);
    truncateSync(file, firstChunkEnd);
    expect(statSync(file).size).toBe(firstChunkEnd);
    expect(refusal(() => restoreFrom(dataDir(), DATABASE_FILE, file, { passphrase: PASS })).message).toContain('백업 파일이 손상되었습니다');
    core = createCore({ dataDir: dataDir(), actor: '김주무관' });
    expect((await core.call('clippings.list', {})).length).toBe(200);
  });

  it('refuses a passphrase shorter than 8 characters', () => {
    const err = refusal(() => core.backup(join(root.dir, 'x.gdbak'), { passphrase: 'short' }));
    expect(err.message).toBe('백업 암호는 8자 이상이어야 합니다.');
    expect(existsSync(join(root.dir, 'x.gdbak'))).toBe(false);
  });
});

describe('personal data in a backup', () => {
  it('says an unsealed backup holds personal data once the access log has entries, and not when sealed', async () => {
    const plainBefore = core.backup(join(root.dir, 'a.gdbak'));
    expect(plainBefore).toMatchObject({ personalData: false, encrypted: false });
    expect(plainBefore.warning).toBeUndefined();

    await core.call('accessLog.record', { register: 'trainees', recordId: 'r1', person: '김철용', action: 'open' });
    const plain = core.backup(join(root.dir, 'b.gdbak'));
    expect(plain.personalData).toBe(true);
    expect(plain.warning).toMatch(/^개인정보가 들어 있는 백업이 암호화되지 않았습니다/);
    const sealed = core.backup(join(root.dir, 'c.gdbak'), { passphrase: PASS });
    expect(sealed).toMatchObject({ personalData: true, encrypted: true });
    expect(sealed.warning).toBeUndefined();
  });

  it('takes the passphrase from a file on the command line, backup and restore alike', async () => {
    await core.call('clippings.create', { values: clipping({ title: '명령줄 백업' }) });
    await core.call('accessLog.record', { register: 'trainees', recordId: 'r1', action: 'open' });
    core.close();
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
    const passFile = join(root.dir, 'pass.txt');
    writeFileSync(passFile, `${PASS}\n`);

    expect(await main(['--data-dir', dataDir(), 'backup', '--out', join(root.dir, 'plain.gdbak')])).toBe(0);
    expect(err.join('\n')).toContain('주의: 개인정보가 들어 있는 백업이 암호화되지 않았습니다');
    err.length = 0;
    expect(await main(['--data-dir', dataDir(), 'backup', '--out', join(root.dir, 'sealed.gdbak'), '--passphrase-file', passFile])).toBe(0);
    expect(out.at(-1)).toContain('암호화됨');
    expect(err).toEqual([]);

    expect(await main(['--data-dir', dataDir(), 'restore', join(root.dir, 'sealed.gdbak')])).toBe(1);
    expect(err.join('\n')).toContain('암호로 보호되어 있습니다');
    expect(await main(['--data-dir', dataDir(), 'restore', join(root.dir, 'sealed.gdbak'), '--passphrase-file', passFile])).toBe(0);
    core = createCore({ dataDir: dataDir(), actor: '김주무관' });
    expect(await titles(core)).toEqual(['명령줄 백업']);
  });
});
