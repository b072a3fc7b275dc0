/**
 * A 보도자료 carries its own files (the release as the office wrote it: HWP, HWPX or PDF), with
 * the same checks as a clipping's scans: recognised by content (an old Word file or an Excel ZIP
 * named .hwp is refused), one size limit (MAX_ATTACHMENT_BYTES, the file named when refused),
 * kept by a backup and brought back by a restore.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { createCore } from '../../../core/api/core.ts';
import { restoreFrom } from '../../../core/backup/backup.ts';
import { DATABASE_FILE } from '../../../core/api/core.ts';
import { sniffAttachmentType } from '../../../shared/attachments/file-type.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/attachments.ts';
import { base64, clipping, expectKoreanError, failure, fromBase64, openTempCore, tempDir, type TempCore } from '../temp-core.ts';
import { plainZip, sampleHwp, sampleHwpx, samplePdf, tinyPng } from './sample-files.ts';

let t: TempCore;
let core: Core;
let releaseId: string;
const owner = () => ({ register: 'releases' as const, id: releaseId });
beforeEach(async () => {
  t = openTempCore('김주무관');
  core = t.core;
  releaseId = (await core.call('releases.create', { values: { distributedOn: '2024-09-02', title: '청년 창업 지원 확대' } })).record.id;
});
afterEach(() => t.dispose());

/** A PDF of exactly `size` bytes (comment padding). */
function pdfOfSize(size: number): Buffer {
  // The padding's length also changes the offsets' digits: correct once more.
  let pdf = samplePdf('크기', size - samplePdf('크기', 1).length + 1);
  pdf = samplePdf('크기', size - pdf.length + (size - samplePdf('크기', 1).length + 1));
  expect(pdf.length).toBe(size);
  return pdf;
}

describe('한/글 files are recognised by their content', () => {
  it('knows an HWP 5 document and an HWPX package, and nothing else that merely looks like one', () => {
    expect(sniffAttachmentType(sampleHwp())).toMatchObject({ mime: 'application/x-hwp', ext: '.hwp' });
    expect(sniffAttachmentType(sampleHwpx())).toMatchObject({ mime: 'application/hwp+zip', ext: '.hwpx' });
    // An OLE file without a 한/글 FileHeader is an old Word or Excel file.
    expect(sniffAttachmentType(sampleHwp(0, 'WordDocument'))).toBeUndefined();
    expect(sniffAttachmentType(sampleHwp(0, 'FileHeader', 'Microsoft Word 97'))).toBeUndefined();
    // A ZIP is an HWPX only when its first entry says so.
    expect(sniffAttachmentType(plainZip())).toBeUndefined();
    expect(sniffAttachmentType(sampleHwpx('책', 'application/epub+zip'))).toBeUndefined();
    expect(sniffAttachmentType(sampleHwpx().subarray(0, 200))).toBeUndefined();
  });
});

describe('attachments of a 보도자료', () => {
  it('attaches the release as HWP, HWPX and PDF, lists them under the release only, and gives back the same bytes', async () => {
    const hwp = await core.call('attachments.add', { owner: owner(), file: { fileName: '보도자료 원문.hwp', data: base64(sampleHwp()) } });
    const hwpx = await core.call('attachments.add', { owner: owner(), file: { fileName: '보도자료 원문', data: base64(sampleHwpx()) } });
    const pdf = await core.call('attachments.add', { owner: owner(), file: { fileName: '보도자료.pdf', data: base64(samplePdf()) } });
    expect(hwp).toMatchObject({ owner: owner(), fileName: '보도자료 원문.hwp', mimeType: 'application/x-hwp', createdBy: '김주무관', fileReceived: true });
    // A name without the extension gets the one of what the file is.
    expect(hwpx).toMatchObject({ fileName: '보도자료 원문.hwpx', mimeType: 'application/hwp+zip' });
    const listed = await core.call('attachments.list', { owner: owner() });
    expect(listed.map((a) => a.fileName)).toEqual(['보도자료 원문.hwp', '보도자료 원문.hwpx', '보도자료.pdf']);
    expect(readdirSync(join(t.dir, 'attachments')).sort()).toEqual([`${hwp.id}.hwp`, `${hwpx.id}.hwpx`, `${pdf.id}.pdf`].sort());
    expect(fromBase64((await core.call('attachments.get', { id: hwp.id })).data)).toEqual(sampleHwp());
    expect(fromBase64((await core.call('attachments.get', { id: hwpx.id })).data)).toEqual(sampleHwpx());

    // A clipping with the same id space sees none of them; its own scan is not the release's.
    const clippingId = (await core.call('clippings.create', { values: clipping() })).record.id;
    await core.call('attachments.add', { owner: { register: 'clippings', id: clippingId }, file: { fileName: '스캔.png', data: base64(tinyPng()) } });
    expect(await core.call('attachments.list', { owner: { register: 'clippings', id: clippingId } })).toHaveLength(1);
    expect(await core.call('attachments.list', { owner: owner() })).toHaveLength(3);
  });

  it('refuses the same file twice, a missing release, and a file that is not a 한/글 document although named .hwp', async () => {
    await core.call('attachments.add', { owner: owner(), file: { fileName: 'a.hwp', data: base64(sampleHwp()) } });
    const twice = await failure(core, 'attachments.add', { owner: owner(), file: { fileName: 'b.hwp', data: base64(sampleHwp()) } });
    expectKoreanError(twice, 'conflict');
    expect(twice.message).toContain('보도자료');
    const missing = await failure(core, 'attachments.add', { owner: { register: 'releases', id: 'nope' }, file: { fileName: 'a.hwp', data: base64(sampleHwp(1)) } });
    expectKoreanError(missing, 'not_found');
    const excel = await failure(core, 'attachments.add', { owner: owner(), file: { fileName: '명단.hwp', data: base64(plainZip()) } });
    expectKoreanError(excel, 'bad_file');
    // Named .hwp but a plain zip: the clerk is told the file is not what its name says.
    expect(excel.message).toBe("'명단.hwp'을(를) 첨부하지 않았습니다. 이름은 한/글(HWP) 문서이지만 내용이 한/글(HWP) 문서가 아닙니다(손상되었거나 이름만 바뀐 파일). 원래 프로그램에서 다시 저장해 첨부하세요.");
    const program = await failure(core, 'attachments.add', { owner: owner(), file: { fileName: '명단.zip', data: base64(plainZip()) } });
    expect(program.message).toBe("'명단.zip'을(를) 첨부하지 않았습니다. 스캔 이미지(JPG, PNG, GIF, WEBP, BMP), PDF, 한/글 문서(HWP, HWPX)만 첨부할 수 있습니다.");
  });
});

describe('one size limit', () => {
  it('takes a file of exactly the limit and refuses one byte more, naming the file and the limit', async () => {
    const ok = await core.call('attachments.add', { owner: owner(), file: { fileName: '꽉 찬.pdf', data: base64(pdfOfSize(MAX_ATTACHMENT_BYTES)) } });
    expect(ok.size).toBe(MAX_ATTACHMENT_BYTES);
    const error = await failure(core, 'attachments.add', { owner: owner(), file: { fileName: '넘친 보도자료.pdf', data: base64(pdfOfSize(MAX_ATTACHMENT_BYTES + 1)) } });
    expectKoreanError(error, 'bad_file');
    expect(error.message).toBe("'넘친 보도자료.pdf'(20.1MB)을(를) 첨부하지 않았습니다. 첨부 파일은 한 파일에 20MB까지입니다. 스캔 해상도를 낮추거나 PDF를 나누어 첨부하세요.");
    expect(await core.call('attachments.list', { owner: owner() })).toHaveLength(1);
  });
});

describe('backup and restore', () => {
  it('keep a release attachment and its file', async () => {
    const a = await core.call('attachments.add', { owner: owner(), file: { fileName: '보도자료.hwpx', data: base64(sampleHwpx('원문')) } });
    const out = tempDir('gudesk-release-backup-');
    try {
      const file = join(out.dir, 'gudesk.gdbak');
      expect(core.backup(file)).toMatchObject({ attachments: 1 });
      const other = join(out.dir, 'other');
      expect(restoreFrom(other, DATABASE_FILE, file)).toMatchObject({ attachments: 1, skippedAttachments: [] });
      const restored = createCore({ dataDir: other });
      try {
        expect((await restored.call('attachments.list', { owner: owner() })).map((x) => [x.fileName, x.fileReceived])).toEqual([['보도자료.hwpx', true]]);
        expect(fromBase64((await restored.call('attachments.get', { id: a.id })).data)).toEqual(sampleHwpx('원문'));
        expect(existsSync(join(other, 'attachments', `${a.id}.hwpx`))).toBe(true);
      } finally {
        restored.close();
      }
    } finally {
      out.remove();
    }
  });
});
