/** Restoring an older backup cannot erase 접속기록: entries written since come along, once each. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { clipping, tempDir } from '../temp-core.ts';

let root: { dir: string; remove(): void };
let core: Core;
const dataDir = () => join(root.dir, 'data');

beforeEach(() => {
  root = tempDir('gudesk-restore-log-');
  core = createCore({ dataDir: dataDir(), actor: '김주무관' });
});
afterEach(() => {
  core.close();
  root.remove();
});

describe('restore and the access log', () => {
  it('keeps the entries written after the backup, and the backup’s own, each once', async () => {
    await core.call('accessLog.record', { register: 'trainees', recordId: 'before', action: 'open' });
    const file = join(root.dir, 'old.gdbak');
    core.backup(file);
    await core.call('clippings.create', { values: clipping({ title: '백업 후 기사' }) });
    await core.call('accessLog.record', { register: 'trainees', recordId: 'after', action: 'reveal', field: '연락처', reason: '수강 안내 전화' });
    core.close();

    restoreFrom(dataDir(), DATABASE_FILE, file);
    core = createCore({ dataDir: dataDir(), actor: '김주무관' });
    expect(await core.call('clippings.list', {})).toEqual([]); // the records are the backup's
    const log = await core.call('accessLog.list', {});
    expect(log.entries.map((e) => e.recordId).sort()).toEqual(['after', 'before']);
    expect(log.entries.find((e) => e.recordId === 'after')).toMatchObject({ action: 'reveal', reason: '수강 안내 전화' });

    // Restoring the same backup again adds nothing twice.
    core.close();
    restoreFrom(dataDir(), DATABASE_FILE, file);
    core = createCore({ dataDir: dataDir(), actor: '김주무관' });
    expect((await core.call('accessLog.list', {})).total).toBe(2);
  });
});
