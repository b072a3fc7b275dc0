/**
 * A real core over a real SQLite file in a fresh temp folder, as every UI uses it (createCore →
 * invoke/call). Each test gets its own folder; `dispose` closes the database and removes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { createCore } from '../../core/api/core.ts';
import type { CallContext, Core } from '../../core/api/core-types.ts';
import type { AppErrorCode, AppErrorShape } from '../../shared/api/errors.ts';
import type { OpInput, OpName } from '../../shared/api/contract.ts';
import type { ClippingInput } from '../../shared/domain/clipping.ts';

export interface TempCore {
  core: Core;
  dir: string;
  /** Closes the core and opens the same data folder again, as after a restart. */
  reopen(): Core;
  dispose(): void;
}

export function tempDir(prefix = 'gudesk-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openTempCore(actor = '홍길동'): TempCore {
  const { dir, remove } = tempDir();
  const t: TempCore = {
    core: createCore({ dataDir: dir, actor }),
    dir,
    reopen() {
      t.core.close();
      t.core = createCore({ dataDir: dir, actor });
      return t.core;
    },
    dispose() {
      t.core.close();
      remove();
    },
  };
  return t;
}

/** Calls an operation that must fail and returns the error the user would see. */
export async function failure<K extends OpName>(core: Core, op: K, input: OpInput<K>, ctx?: CallContext): Promise<AppErrorShape> {
  const result = await core.invoke(op, input, ctx);
  if (result.ok) throw new Error(`${op} should have failed but returned ${JSON.stringify(result.value).slice(0, 300)}`);
  return result.error;
}

/** The error must have this code and a Korean message. */
export function expectKoreanError(error: AppErrorShape, code: AppErrorCode): void {
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/[가-힣]/);
}

export function clipping(overrides: Partial<ClippingInput> = {}): ClippingInput {
  return { publishedOn: '2024-09-02', outlet: '연합뉴스', title: '금천구, 청년 창업 지원 확대', ...overrides };
}

export function base64(bytes: Uint8Array | string): string {
  return Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString('base64');
}

export function fromBase64(data: string): Buffer {
  return Buffer.from(data, 'base64');
}
