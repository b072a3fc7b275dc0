/**
 * Browser mode end to end with the real core on a throwaway data folder: what the clerk's tab
 * does reaches SQLite, what a stranger tries does not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { startWebServer, type WebServer } from '../../../core/web/server.ts';
import type { Envelope } from '../../../shared/api/errors.ts';
import { TOKEN_HEADER } from '../../../shared/api/http.ts';

let dataDir: string;
let core: Core;
let server: WebServer;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'gudesk-web-core-'));
  core = createCore({ dataDir, actor: '테스트' });
  server = await startWebServer({ core, port: 0, warn: () => {} });
});
afterAll(async () => {
  await server.close();
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function post(op: string, body: unknown, token: string | null = server.token) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers[TOKEN_HEADER] = token;
  const res = await fetch(`${server.url}/api/${op}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, envelope: (await res.json()) as Envelope<unknown> };
}

describe('browser mode with the real core', () => {
  it('answers app.info for the data folder it was started on', async () => {
    const { status, envelope } = await post('app.info', {});
    expect(status).toBe(200);
    expect(envelope.ok).toBe(true);
    if (envelope.ok) expect((envelope.value as { dataDir: string }).dataDir).toBe(dataDir);
  });

  it('writes nothing for a caller without the token', async () => {
    const before = await core.call('settings.get', {});
    for (const token of [null, 'guess']) {
      const { status, envelope } = await post('settings.set', { key: 'actorName', value: '침입자' }, token);
      expect(status).toBe(401);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await core.call('settings.get', {})).toEqual(before);
  });

  it('saves a setting for the clerk and reports bad input in Korean with 400', async () => {
    const ok = await post('settings.set', { key: 'actorName', value: '김주무관' });
    expect(ok.status).toBe(200);
    expect((await core.call('settings.get', {}))['actorName']).toBe('김주무관');
    const bad = await post('settings.set', { key: 'nope', value: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!bad.envelope.ok) expect(bad.envelope.error.message).toMatch(/[가-힣]/);
  });

  it('answers an unknown operation with 404', async () => {
    const { status, envelope } = await post('clippings.explode', {});
    expect(status).toBe(404);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });
});
