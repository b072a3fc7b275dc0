/**
 * Scans and PDFs attached to a 언론보도: stored as files under <data folder>/attachments, given back
 * byte for byte, recognised by content (a renamed program or text file is refused in Korean).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { base64, clipping, expectKoreanError, failure, fromBase64, openTempCore, type TempCore } from '../temp-core.ts';
import { tinyPng } from './sample-files.ts';

/** A minimal one-page PDF with a correct cross-reference table. */
function tinyPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

let t: TempCore;
let core: Core;
let clippingId: string;
beforeEach(async () => {
  t = openTempCore();
  core = t.core;
  clippingId = (await core.call('clippings.create', { values: clipping() })).record.id;
});
afterEach(() => t.dispose());

const attachmentsDir = () => path.join(t.dir, 'attachments');

describe('attachments', () => {
  it('adds a PNG and a PDF, lists them, and gives back the same bytes', async () => {
    const png = tinyPng();
    const pdf = tinyPdf();
    const a = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '스크랩.png', data: base64(png) } }, { actor: '김주무관' });
    const b = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '지면 PDF.pdf', data: base64(pdf) } });
    expect(a).toMatchObject({ owner: { register: 'clippings', id: clippingId }, fileName: '스크랩.png', mimeType: 'image/png', size: png.length, createdBy: '김주무관' });
    expect(b).toMatchObject({ fileName: '지면 PDF.pdf', mimeType: 'application/pdf', size: pdf.length });

    const listed = await core.call('attachments.list', { owner: { register: 'clippings', id: clippingId } });
    expect(listed.map((x) => x.id)).toEqual([a.id, b.id]);
    expect((await core.call('clippings.get', { id: clippingId })).attachmentCount).toBe(2);

    const gotPng = await core.call('attachments.get', { id: a.id });
    expect(new Uint8Array(fromBase64(gotPng.data))).toEqual(png);
    expect(gotPng.fileName).toBe('스크랩.png');
    expect(new Uint8Array(fromBase64((await core.call('attachments.get', { id: b.id })).data))).toEqual(pdf);
  });

  it('keeps the file under <data folder>/attachments, named by id, whatever the given name', async () => {
    const png = tinyPng();
    const a = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '../../밖으로.png', data: base64(png) } });
    expect(readdirSync(attachmentsDir())).toEqual([`${a.id}.png`]);
    expect(new Uint8Array(readFileSync(path.join(attachmentsDir(), `${a.id}.png`)))).toEqual(png);
    expect(a.fileName).not.toContain('/');
    expect(existsSync(path.join(t.dir, '..', '밖으로.png'))).toBe(false);
  });

  it('refuses programs, text and empty files in Korean, by content rather than by name', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    const cases: Array<[string, Uint8Array]> = [
      ['setup.exe', exe],
      ['스캔.png', exe], // renamed program
      ['메모.txt', new TextEncoder().encode('보도 메모입니다')],
      ['사진.jpg', new TextEncoder().encode('<html>not an image</html>')],
      ['빈.pdf', new Uint8Array(0)],
    ];
    for (const [fileName, bytes] of cases) {
      const error = await failure(core, 'attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName, data: base64(bytes) } });
      expectKoreanError(error, 'bad_file');
    }
    const exeError = await failure(core, 'attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: 'setup.exe', data: base64(exe) } });
    expect(exeError.message).toContain('PDF');
    expect(await core.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).toEqual([]);
    expect(existsSync(attachmentsDir()) ? readdirSync(attachmentsDir()) : []).toEqual([]);
  });

  it('cannot attach to a missing or deleted clipping', async () => {
    await core.call('clippings.delete', { ids: [clippingId] });
    expectKoreanError(await failure(core, 'attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: 'a.png', data: base64(tinyPng()) } }), 'not_found');
    expectKoreanError(await failure(core, 'attachments.add', { owner: { register: 'clippings', id: 'nope' }, file: { fileName: 'a.png', data: base64(tinyPng()) } }), 'not_found');
  });

  it('delete hides it from the list and the count; a file missing on disk is reported in Korean', async () => {
    const a = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: 'a.png', data: base64(tinyPng()) } });
    const b = await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: 'b.pdf', data: base64(tinyPdf()) } });
    expect((await core.call('attachments.delete', { id: a.id })).count).toBe(1);
    expect((await core.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).map((x) => x.id)).toEqual([b.id]);
    expect((await core.call('clippings.get', { id: clippingId })).attachmentCount).toBe(1);
    expectKoreanError(await failure(core, 'attachments.get', { id: a.id }), 'not_found');

    rmSync(path.join(attachmentsDir(), `${b.id}.pdf`));
    const missing = await failure(core, 'attachments.get', { id: b.id });
    expectKoreanError(missing, 'not_found');
    expect(missing.message).toContain('b.pdf');
  });
});
