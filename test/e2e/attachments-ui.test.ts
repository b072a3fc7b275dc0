/**
 * Attachments as a clerk uses them at 1366×768: a file over the limit is refused at once, before a
 * byte is read or sent, naming the file and the limit; an upload shows its progress bar; files
 * dropped on the detail panel and a pasted screenshot are attached; '내려받기' gives back the same
 * bytes; deleting asks in the app's own dialog; a 보도자료 carries its own PDF. The panel is
 * photographed (1366×768, and 1920×1080 for the release) for a person to look at.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments.ts';
import { samplePdf, samplePng } from '../core/attachments/sample-files.ts';
import { RESULTS_DIR, useApp } from './support/app.ts';
import { cellOf, pageOf, rowWith, waitForGrid } from './support/grid.ts';
import { BASIC_CLIPPINGS, seedClippings } from './support/seed.ts';

const RELEASE_TITLE = '청년 창업 지원 확대 보도자료';
const app = useApp({
  seed: async (core) => {
    await seedClippings(core, BASIC_CLIPPINGS);
    await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: RELEASE_TITLE, department: '일자리경제과' } });
  },
});

const CLIPPING = '금천구, 청년 창업 지원 확대';

/** Opens a clipping's 첨부파일 tab at 1366×768 and returns the detail panel. */
async function openClippingAttachments(title = CLIPPING) {
  const { page } = app();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  await waitForGrid(page);
  const clippings = pageOf(page);
  await cellOf(rowWith(page, title), 'outlet').click();
  await clippings.getByTestId('open-detail').click();
  const panel = clippings.getByTestId('detail-panel');
  await panel.getByTestId('tab-attachments').click();
  await panel.getByTestId('attachments-panel').waitFor();
  return panel;
}

const namesIn = async (panel: Awaited<ReturnType<typeof openClippingAttachments>>) =>
  (await panel.getByTestId('attachment-open').allTextContents()).map((t) => t.trim());

describe('첨부 파일 (1366×768)', () => {
  it('한도보다 1바이트 큰 파일은 읽지도 보내지도 않고 바로 파일 이름과 한도를 말하며 거절한다', async () => {
    const { page } = app();
    const panel = await openClippingAttachments();
    const dir = path.join(os.tmpdir(), `gudesk-e2e-big-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const big = path.join(dir, '지면 전체 스캔.pdf');
    writeFileSync(big, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x20));
    const sent: string[] = [];
    page.on('request', (r) => r.url().includes('attachments.add') && sent.push(r.url()));
    try {
      await panel.getByTestId('attachment-file').setInputFiles(big);
      const refusal = panel.getByTestId('upload-refusal');
      await refusal.waitFor({ timeout: 2000 });
      expect(await refusal.textContent()).toBe("'지면 전체 스캔.pdf'(20.1MB)을(를) 첨부하지 않았습니다. 첨부 파일은 한 파일에 20MB까지입니다. 스캔 해상도를 낮추거나 PDF를 나누어 첨부하세요.");
      expect(await panel.getByTestId('upload').getAttribute('data-phase')).toBe('refused');
      expect(sent).toEqual([]);
      expect(await panel.getByTestId('attachment-open').count()).toBe(0);
      const shots = path.join(RESULTS_DIR, 'screenshots');
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, 'attachments-refused-1366.png') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('올리는 동안 파일마다 진행 막대가 보이고, 끝나면 목록에 나온다', async () => {
    const { page } = app();
    const panel = await openClippingAttachments();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/attachments.add', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await panel.getByTestId('attachment-file').setInputFiles({ name: '지면 원본.pdf', mimeType: 'application/pdf', buffer: samplePdf('지면', 2 * 1024 * 1024) });
      const upload = panel.getByTestId('upload').filter({ hasText: '지면 원본.pdf' });
      await expect.poll(() => upload.getAttribute('data-phase'), { timeout: 10_000 }).toBe('sending');
      const bar = upload.getByTestId('upload-progress');
      expect(await bar.isVisible()).toBe(true);
      expect(await upload.textContent()).toMatch(/올리는 중 \d+%/);
      release();
      await expect.poll(() => namesIn(panel)).toContain('지면 원본.pdf');
      await expect.poll(() => upload.count(), { timeout: 10_000 }).toBe(0);
    } finally {
      release();
      await page.unroute('**/api/attachments.add');
    }
  });

  it('상세 창에 파일 두 개를 끌어다 놓으면 둘 다 첨부되고, 옆에 놓친 파일은 브라우저가 열지 않는다', async () => {
    const { page } = app();
    const panel = await openClippingAttachments('도서관 야간 개방 시범 운영');
    const files = [
      { name: '끌어온 스캔 1.png', bytes: [...samplePng(101)], type: 'image/png' },
      { name: '끌어온 스캔 2.png', bytes: [...samplePng(102)], type: 'image/png' },
    ];
    await page.getByTestId('detail-panel').locator('.detail-header').evaluate((target, list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, files);
    await expect.poll(() => namesIn(panel)).toEqual(['끌어온 스캔 1.png', '끌어온 스캔 2.png']);

    // Let go beside the panel (on the grid): the browser must not open the file in place of GuDesk.
    const opened = await page.getByTestId('grid-clippings').evaluate((target, bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], '옆에 놓은 스캔.png', { type: 'image/png' }));
      const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt });
      target.dispatchEvent(drop);
      return !drop.defaultPrevented;
    }, [...samplePng(103)]);
    expect(opened).toBe(false);
    await page.waitForTimeout(300);
    expect(await namesIn(panel)).toEqual(['끌어온 스캔 1.png', '끌어온 스캔 2.png']);
  });

  it('기본 정보 탭을 보는 중에 상세 창에 파일을 끌어다 놓아도 첨부되고, 끄는 동안 창이 어디로 가는지 말하며, 첨부파일 탭이 앞으로 온다', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.reload();
    await waitForGrid(page);
    const clippings = pageOf(page);
    await cellOf(rowWith(page, '하천 산책로 정비 공사 지연'), 'outlet').click();
    await clippings.getByTestId('open-detail').click();
    const panel = clippings.getByTestId('detail-panel');
    await panel.getByTestId('field-title').waitFor();
    expect(await panel.getByTestId('tab-attachments').getAttribute('aria-selected')).toBe('false');
    const form = panel.getByTestId('field-department');
    const drag = (types: string[], name: string) =>
      form.evaluate(
        (target, a) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(a.bytes)], a.name, { type: 'image/png' }));
          for (const type of a.types) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
        },
        { types, name, bytes: [...samplePng(301)] },
      );
    await drag(['dragenter', 'dragover'], '기본 정보에 놓은 스캔.png');
    const hint = await panel.locator('.detail').evaluate((el) => ({ over: el.classList.contains('file-over'), text: getComputedStyle(el, '::after').content }));
    expect(hint).toEqual({ over: true, text: '"여기에 놓으면 첨부파일로 올립니다"' });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'screenshots', 'attachments-drag-over-info-1366.png') });
    await drag(['drop'], '기본 정보에 놓은 스캔.png');
    await expect.poll(() => panel.getByTestId('tab-attachments').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => namesIn(panel)).toEqual(['기본 정보에 놓은 스캔.png']);
    expect(await panel.locator('.detail').evaluate((el) => el.classList.contains('file-over'))).toBe(false);
    await expect.poll(() => panel.getByTestId('tab-attachments').textContent()).toBe('첨부파일 (1)');
  });

  it('캡처한 화면을 Ctrl+V로 붙여 넣으면 붙여넣은 이미지로 첨부되고, 글자 칸에 붙여 넣은 것은 첨부하지 않는다', async () => {
    const { page } = app();
    const panel = await openClippingAttachments('도서관 야간 개방 시범 운영');
    const before = (await namesIn(panel)).length;
    const paste = (bytes: number[]) =>
      page.evaluate((data) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], 'image.png', { type: 'image/png' }));
        (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt }));
      }, bytes);
    await panel.getByTestId('tab-attachments').focus();
    await paste([...samplePng(201)]);
    await expect.poll(async () => (await namesIn(panel)).length).toBe(before + 1);
    expect((await namesIn(panel)).at(-1)).toMatch(/^붙여넣은 이미지 \d{4}-\d{2}-\d{2} \d{2}-\d{2}\.png$/);

    // Focus in a text field: the paste is the field's, nothing is attached.
    await expect.poll(() => panel.getByTestId('upload').count(), { timeout: 10_000 }).toBe(0);
    await pageOf(page).getByPlaceholder(/검색/).first().focus();
    await paste([...samplePng(202)]);
    await page.waitForTimeout(500);
    expect(await panel.getByTestId('upload').count()).toBe(0);
    expect((await namesIn(panel)).length).toBe(before + 1);
  });

  it("'내려받기'는 첨부한 것과 같은 바이트를 내려받는다", async () => {
    const { page } = app();
    const panel = await openClippingAttachments();
    const pdf = samplePdf('내려받기 확인');
    await panel.getByTestId('attachment-file').setInputFiles({ name: '내려받을 지면.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect.poll(() => namesIn(panel)).toContain('내려받을 지면.pdf');
    const row = panel.getByTestId('attachment-list').locator('li').filter({ hasText: '내려받을 지면.pdf' });
    expect(await row.getByTestId('attachment-download').textContent()).toBe('내려받기');
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('attachment-download').click()]);
    expect(download.suggestedFilename()).toBe('내려받을 지면.pdf');
    expect(readFileSync(await download.path()).equals(pdf)).toBe(true);

    // The panel as the clerk sees it, for a person to look at.
    const dir = path.join(RESULTS_DIR, 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'attachments-panel-1366.png') });

    // 삭제 asks in the app's own dialog (never the browser's confirm()), and 취소 keeps the file.
    page.on('dialog', (d) => void d.dismiss().then(() => expect.fail(`browser dialog: ${d.message()}`)));
    await row.getByTestId('attachment-delete').click();
    const ask = page.getByTestId('attachment-delete-dialog');
    expect(await ask.textContent()).toContain("첨부파일 '내려받을 지면.pdf'을(를) 삭제할까요?");
    await ask.getByRole('button', { name: '취소' }).click();
    expect(await namesIn(panel)).toContain('내려받을 지면.pdf');
    await row.getByTestId('attachment-delete').click();
    await ask.getByTestId('attachment-delete-confirm').click();
    await expect.poll(() => namesIn(panel)).not.toContain('내려받을 지면.pdf');
    await panel.getByTestId('detail-close').click();
  });

  it('보도자료에도 PDF를 첨부할 수 있다', async () => {
    const { page, core } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.reload();
    await page.getByTestId('nav-releases').click();
    await waitForGrid(page, 'releases');
    const releases = pageOf(page, 'releases');
    await cellOf(rowWith(page, RELEASE_TITLE, 'title', 'releases'), 'title').click();
    await releases.getByTestId('open-detail').click();
    const panel = releases.getByTestId('detail-panel');
    await panel.getByTestId('tab-attachments').click();
    await panel.getByTestId('attachment-file').setInputFiles({ name: '보도자료 원문.pdf', mimeType: 'application/pdf', buffer: samplePdf('보도자료 원문') });
    await expect.poll(() => panel.getByTestId('attachment-open').allTextContents()).toEqual(['보도자료 원문.pdf']);
    const release = (await core.call('releases.search', { query: '청년 창업 지원 확대 보도자료', limit: 1 })).rows[0]!;
    expect((await core.call('attachments.list', { owner: { register: 'releases', id: release.id } })).map((a) => a.fileName)).toEqual(['보도자료 원문.pdf']);
    const dir = path.join(RESULTS_DIR, 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'release-attachments-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(dir, 'release-attachments-1920.png') });
  });
});
