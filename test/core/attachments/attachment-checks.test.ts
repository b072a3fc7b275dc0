/**
 * Attachment rows and files are never trusted: a crafted row cannot make the app hand out a file
 * outside <data>/attachments (/etc/passwd), neither when read nor when a crafted backup is
 * restored; a file is recognised by its whole header ('BM<html>…' is no bitmap) and stored and
 * served under the type it really is.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { base64, clipping, expectKoreanError, failure, openTempCore, tempDir, type TempCore } from '../temp-core.ts';
import { bitmapLookingHtml, tinyBmp, tinyPng } from './sample-files.ts';

let t: TempCore;
let core: Core;
let clippingId: string;
beforeEach(async () => {
  t = openTempCore();
  core = t.core;
  clippingId = (await core.call('clippings.create', { values: clipping() })).record.id;
});
afterEach(() => t.dispose());

/** Rewrites an attachment row behind the app's back, as a crafted backup or a tampered file would. */
function tamper(sql: string, ...params: unknown[]): void {
  const db = new Database(path.join(t.dir, DATABASE_FILE));
  db.prepare(sql).run(...params);
  db.close();
}

const PASSWD_LINE = /root:.*:0:0:/;

describe('attachment rows and files are checked', () => {
  it('refuses a row whose stored name points outside the attachments folder, and never returns /etc/passwd', async () => {
    const a = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '스캔.png', data: base64(tinyPng()) } });
    for (const crafted of ['../../../../../../etc/passwd', '/etc/passwd', `${a.id}.png/../../../../../../etc/passwd`, `../${a.id}.png`]) {
      tamper('UPDATE attachments SET stored_name = ? WHERE id = ?', crafted, a.id);
      const error = await failure(core, 'attachments.get', { id: a.id });
      expectKoreanError(error, 'bad_file');
      expect(error.message).toContain('스캔.png');
      expect(JSON.stringify(error)).not.toMatch(PASSWD_LINE);
    }
    // A row claiming a type GuDesk never stores (so that the served type would be HTML) is refused too.
    tamper("UPDATE attachments SET stored_name = ?, mime_type = 'text/html' WHERE id = ?", `${a.id}.png`, a.id);
    expectKoreanError(await failure(core, 'attachments.get', { id: a.id }), 'bad_file');
  });

  it('does not follow a link planted in the attachments folder', async () => {
    const a = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '스캔.png', data: base64(tinyPng()) } });
    const stored = path.join(t.dir, 'attachments', `${a.id}.png`);
    rmSync(stored);
    symlinkSync('/etc/passwd', stored);
    const error = await failure(core, 'attachments.get', { id: a.id });
    expectKoreanError(error, 'not_found');
    expect(JSON.stringify(error)).not.toMatch(PASSWD_LINE);
  });

  it("refuses 'BM<html>…' named report.html as a bitmap, and accepts a real bitmap", async () => {
    const error = await failure(core, 'attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: 'report.html', data: base64(bitmapLookingHtml()) } });
    expectKoreanError(error, 'bad_file');
    const alsoNamedBmp = await failure(core, 'attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: 'scan.bmp', data: base64(bitmapLookingHtml()) } });
    expectKoreanError(alsoNamedBmp, 'bad_file');
    expect(existsSync(path.join(t.dir, 'attachments')) ? readdirSync(path.join(t.dir, 'attachments')) : []).toEqual([]);
    const bmp = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '스캔.bmp', data: base64(tinyBmp()) } });
    expect(bmp).toMatchObject({ mimeType: 'image/bmp', fileName: '스캔.bmp' });
  });

  it('saves and serves a file under the type it really is, whatever its name says', async () => {
    const a = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: 'report.html', data: base64(tinyPng()) } });
    expect(a).toMatchObject({ mimeType: 'image/png', fileName: 'report.png' });
    expect(readdirSync(path.join(t.dir, 'attachments'))).toEqual([`${a.id}.png`]);
    const got = await core.call('attachments.get', { id: a.id });
    expect(got.mimeType).toBe('image/png');

    // A file swapped on disk for something else is refused rather than served under the old type.
    writeFileSync(path.join(t.dir, 'attachments', `${a.id}.png`), '<html><script>alert(1)</script></html>');
    expectKoreanError(await failure(core, 'attachments.get', { id: a.id }), 'bad_file');
  });

  it('refuses to restore a backup whose attachment row is crafted, and changes nothing', async () => {
    const a = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '스캔.png', data: base64(tinyPng()) } });
    const out = tempDir('gudesk-crafted-');
    try {
      // Craft a backup: a bare SQLite copy whose row and packed file point outside.
      const crafted = path.join(out.dir, 'crafted.gdbak');
      const db = new Database(path.join(t.dir, DATABASE_FILE), { readonly: true });
      db.prepare('VACUUM INTO ?').run(crafted);
      db.close();
      const c = new Database(crafted);
      c.prepare('UPDATE attachments SET stored_name = ? WHERE id = ?').run('../../../../tmp/gudesk-crafted-escape', a.id);
      c.exec('CREATE TABLE backup_attachment_files (name TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT');
      c.prepare('INSERT INTO backup_attachment_files VALUES (?, ?)').run('../../../../tmp/gudesk-crafted-escape', Buffer.from('escaped'));
      c.close();
      const target = path.join(out.dir, 'target');
      let error: unknown;
      try {
        restoreFrom(target, DATABASE_FILE, crafted);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toContain('백업의 첨부 파일 정보가 올바르지 않습니다');
      expect((error as AppError).message).toContain('아무것도 바꾸지 않았습니다');
      expect(existsSync('/tmp/gudesk-crafted-escape')).toBe(false);
      expect(existsSync(path.join(target, DATABASE_FILE))).toBe(false);
    } finally {
      out.remove();
    }
  });
});
