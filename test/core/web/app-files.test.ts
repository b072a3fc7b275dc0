/**
 * Electron serves the renderer on gudesk://app/ from dist/renderer (electron/main/app-files.ts).
 * Whatever URL a page asks for, only files inside that folder are ever read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFilePath, isAppUrl, readAppFile } from '../../../electron/main/app-files.ts';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'gudesk-app-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>구데스크</title>');
  writeFileSync(path.join(root, 'assets', 'main-abc.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), '비밀');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('gudesk://app files', () => {
  it('serves index.html for the root and assets with their types', async () => {
    const index = await readAppFile(root, 'gudesk://app/');
    expect(index.status).toBe(200);
    expect(index.contentType).toMatch(/^text\/html/);
    expect(String(index.body)).toContain('구데스크');
    const js = await readAppFile(root, 'gudesk://app/assets/main-abc.js?v=1#x');
    expect(js.status).toBe(200);
    expect(js.contentType).toMatch(/^text\/javascript/);
  });

  it('never reads outside the renderer folder', async () => {
    for (const url of [
      'gudesk://app/../secret.txt',
      'gudesk://app/%2e%2e/secret.txt',
      'gudesk://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'gudesk://app/..%5csecret.txt',
      'gudesk://app/%2Fetc%2Fpasswd',
      'gudesk://app/C:%2FWindows%2Fwin.ini',
      'gudesk://app/index.html%00.js',
      'gudesk://app/%E0%A4%A',
    ]) {
      const res = await readAppFile(root, url);
      expect(res.status, url).not.toBe(200);
      expect(String(res.body)).not.toContain('비밀');
    }
  });

  it('refuses other hosts and schemes, and folders or missing files', async () => {
    expect(appFilePath(root, 'gudesk://other/index.html')).toBeNull();
    expect(appFilePath(root, 'file:///etc/passwd')).toBeNull();
    expect((await readAppFile(root, 'gudesk://app/assets')).status).toBe(404);
    expect((await readAppFile(root, 'gudesk://app/nope.js')).status).toBe(404);
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('gudesk://app/index.html#/clippings')).toBe(true);
    expect(isAppUrl('gudesk://evil/index.html')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
