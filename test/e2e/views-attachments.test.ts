/**
 * Arranging the grid and keeping scans: hiding a column with the column chooser and saving the
 * layout as a named view that comes back after a restart; attaching a scanned page (PNG) and a
 * PDF to a clipping, with a preview, kept in the data folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { BASIC_CLIPPINGS, seedClippings } from './support/seed.ts';
import { cellOf, gridOf, pageOf, rowWith, waitForGrid } from './support/grid.ts';

const app = useApp({ seed: (core) => seedClippings(core, BASIC_CLIPPINGS).then(() => undefined) });

/** A real 2×2 PNG (a scan stand-in), built by hand so the test needs no image files. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const tinyPdf = () =>
  Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');

describe('열 선택과 저장한 보기', () => {
  it('기자 열을 숨기고 "간단히" 보기로 저장하면, 다시 열어도 그 보기를 고를 수 있다', async () => {
    const { page } = app();
    await waitForGrid(page);
    const clippings = pageOf(page);
    await clippings.getByTestId('column-chooser').click();
    await clippings.getByTestId('column-toggle-reporter').uncheck();
    await page.keyboard.press('Escape');
    await expect.poll(() => gridOf(page).locator('.ag-header-cell[col-id="reporter"]').count()).toBe(0);

    await clippings.getByTestId('view-save').click();
    await page.getByTestId('view-name').fill('간단히');
    await page.getByTestId('view-save-confirm').click();
    await expect.poll(async () => (await app().core.call('views.list', { grid: 'clippings' })).map((v) => v.name)).toEqual(['간단히']);

    await page.reload();
    await waitForGrid(page);
    // The layout is remembered (common/layout): still hidden, and the chosen view still chosen.
    const select = pageOf(page).getByTestId('view-select');
    await expect.poll(() => select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('간단히');
    await expect.poll(() => gridOf(page).locator('.ag-header-cell[col-id="reporter"]').count()).toBe(0);
    await select.selectOption({ label: '기본 보기' });
    await expect.poll(() => gridOf(page).locator('.ag-header-cell[col-id="reporter"]').count()).toBeGreaterThan(0);
    await select.selectOption({ label: '간단히' });
    await expect.poll(() => gridOf(page).locator('.ag-header-cell[col-id="reporter"]').count()).toBe(0);
  });
});

describe('첨부 파일', () => {
  it('스캔 이미지와 PDF를 첨부하면 미리 보기가 보이고 데이터 폴더에 보관되며 첨부 수가 표에 나온다', async () => {
    const { page, dataDir } = app();
    await page.reload();
    await waitForGrid(page);
    const clippings = pageOf(page);
    await cellOf(rowWith(page, '금천구, 청년 창업 지원 확대'), 'outlet').click();
    await clippings.getByTestId('open-detail').click();
    const panel = clippings.getByTestId('detail-panel');
    await panel.getByTestId('tab-attachments').click();
    await panel.getByTestId('attachment-file').setInputFiles([
      { name: '2024-09-02_연합뉴스_스캔.png', mimeType: 'image/png', buffer: tinyPng() },
      { name: '지면.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
    ]);
    const list = panel.getByTestId('attachment-list');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    expect(await list.textContent()).toContain('2024-09-02_연합뉴스_스캔.png');

    const preview = panel.getByTestId('attachment-preview');
    await list.getByTestId('attachment-open').filter({ hasText: '.png' }).click();
    await preview.locator('img').waitFor();
    await list.getByTestId('attachment-open').filter({ hasText: '.pdf' }).click();
    await preview.locator('iframe').waitFor();
    expect(await preview.textContent()).not.toContain('미리 볼 수 없습니다');
    const files = readdirSync(path.join(dataDir, 'attachments'));
    expect(files.filter((f) => f.endsWith('.png') || f.endsWith('.pdf'))).toHaveLength(2);
    expect(existsSync(path.join(dataDir, 'attachments'))).toBe(true);

    await panel.getByTestId('detail-close').click();
    await expect.poll(() => cellOf(rowWith(page, '금천구, 청년 창업 지원 확대'), 'attachmentCount').textContent()).toBe('2');
  });

  it('이미지나 PDF가 아닌 파일은 한국어 안내와 함께 거절된다', async () => {
    const { page, core } = app();
    const clippings = pageOf(page);
    await cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'outlet').click();
    await clippings.getByTestId('open-detail').click();
    const panel = clippings.getByTestId('detail-panel');
    await panel.getByTestId('tab-attachments').click();
    await panel.getByTestId('attachment-file').setInputFiles({ name: '바이러스.png', mimeType: 'image/png', buffer: Buffer.from('MZ not an image') });
    await expect.poll(() => panel.getByTestId('upload-refusal').textContent()).toBe("'바이러스.png'을(를) 첨부하지 않았습니다. 이름은 PNG 이미지이지만 내용이 PNG 이미지가 아닙니다(손상되었거나 이름만 바뀐 파일). 원래 프로그램에서 다시 저장해 첨부하세요.");
    const id = (await core.call('clippings.search', { query: '도서관', limit: 1 })).rows[0]!.id;
    expect(await core.call('attachments.list', { owner: { register: 'clippings', id: id } })).toEqual([]);
  });
});
