/**
 * Korean words stay whole when text wraps ('내보내기를', never '내보내기/를'): every screen and dialog a
 * clerk opens, at 1366×768 and in a narrow window, is read line by line (support/korean-wrap.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, useApp } from './support/app.ts';
import { expectKoreanWordsWhole, koreanWordBreaks } from './support/korean-wrap.ts';
import { closeDetailDiscarding, closeToasts, gridOf, pageOf, selectRow, toastWith, waitForGrid } from './support/grid.ts';

const app = useApp({
  seed: async (core) => {
    await core.call('app.seedDemo', { rows: 400 });
  },
});

const expectWhole = expectKoreanWordsWhole;

async function firstTitle(page: Page, register: 'clippings' | 'releases'): Promise<string> {
  const cell = gridOf(page, register).locator('.ag-row[row-index="0"] .ag-cell[col-id="title"]');
  return (await cell.textContent()) ?? '';
}

describe('한글 단어 줄바꿈', () => {
  it('the check finds a word cut by the browser (word-break: normal in a narrow box)', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'cut-probe';
      box.style.cssText = 'position:fixed;top:0;left:0;width:70px;word-break:normal;font-size:14px;background:#fff;z-index:9999';
      box.textContent = '내보내기를 누르면 일자리경제과 목록이 저장됩니다';
      document.body.append(box);
    });
    const cut = await koreanWordBreaks(page, '#cut-probe');
    await page.evaluate(() => document.getElementById('cut-probe')?.remove());
    expect(cut.length).toBeGreaterThan(0);
    expect(cut[0]!.where).toContain('div');
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 900, height: 680 },
  ]) {
    it(`${size.width}×${size.height}: 언론보도, 보도자료, 설정 and their forms and dialogs keep every Korean word whole`, async () => {
      const { page } = app();
      await page.setViewportSize(size);
      await page.getByTestId('nav-clippings').click();
      const clippings = pageOf(page);
      await waitForGrid(page);
      await clippings.getByTestId('stats-chart').waitFor();
      await expectWhole(page, '언론보도');

      // The detail form with every message shown.
      await clippings.getByTestId('add-button').click();
      const form = clippings.getByTestId('detail-panel');
      await form.getByTestId('field-publishedOn').fill('2024. 2. 30.');
      await form.getByTestId('save-button').click();
      await form.getByTestId('error-title').waitFor();
      await expectWhole(page, '새 언론보도 (오류 표시)');
      await closeDetailDiscarding(page, form, 'cancel-button');

      // An existing clipping: its tabs (기본 정보, 첨부파일, 변경 이력).
      await gridOf(page).locator('.ag-row[row-index="0"] .ag-cell[col-id="publishedOn"]').click();
      await clippings.getByTestId('open-detail').click();
      await form.getByTestId('detail-form').waitFor();
      await expectWhole(page, '언론보도 상세');
      for (const tab of ['attachments', 'history']) {
        await form.getByTestId(`tab-${tab}`).click();
        await page.waitForTimeout(300);
        await expectWhole(page, `언론보도 상세 (${tab})`);
      }
      await closeDetailDiscarding(page, form);

      // Dialogs and popovers of the toolbar.
      await clippings.getByTestId('import-button').click();
      await page.locator('dialog[open]').waitFor();
      await expectWhole(page, '가져오기');
      await page.keyboard.press('Escape');
      await clippings.getByTestId('view-save').click();
      await page.getByTestId('view-name').waitFor();
      await expectWhole(page, '보기 저장');
      await page.keyboard.press('Escape');
      await clippings.getByRole('button', { name: '열 선택' }).click();
      await clippings.getByTestId('column-chooser-panel').waitFor();
      await expectWhole(page, '열 선택');
      // 요약 shown, for its tooltip: the longest text a clerk reads in a tooltip.
      const summaryShown = await clippings.getByTestId('column-toggle-summary').isChecked();
      if (!summaryShown) await clippings.getByTestId('column-toggle-summary').check();
      await clippings.getByRole('button', { name: '열 선택' }).click();
      const summaryCell = gridOf(page).locator('.ag-row[row-index="0"] .ag-cell[col-id="summary"]');
      // Columns off to the right are not rendered until the grid scrolls there.
      await gridOf(page).locator('.ag-grid-viewport').evaluate((v) => v.scrollTo({ left: v.scrollWidth }));
      await summaryCell.waitFor();
      await summaryCell.hover();
      await page.locator('.ag-tooltip').waitFor();
      await expectWhole(page, '요약 풍선 도움말');
      await page.mouse.move(0, 0);
      await gridOf(page).locator('.ag-grid-viewport').evaluate((v) => v.scrollTo({ left: 0 }));
      if (!summaryShown) {
        await clippings.getByRole('button', { name: '열 선택' }).click();
        await clippings.getByTestId('column-toggle-summary').uncheck();
        await clippings.getByRole('button', { name: '열 선택' }).click();
      }

      const title = await firstTitle(page, 'clippings');
      await selectRow(page, title);
      await clippings.getByTestId('bulk-edit-button').click();
      await page.getByTestId('bulk-field').waitFor();
      await expectWhole(page, '일괄 수정');
      await page.keyboard.press('Escape');

      // A toast with its action: delete the row, read the toast, undo.
      await clippings.getByTestId('delete-button').click();
      const toast = toastWith(page, '삭제했습니다');
      await toast.waitFor();
      await expectWhole(page, '삭제 알림');
      await toast.getByRole('button', { name: '실행 취소' }).click();
      await toastWith(page, '실행 취소했습니다').waitFor();
      await closeToasts(page);

      await page.getByTestId('nav-releases').click();
      const releases = pageOf(page, 'releases');
      await waitForGrid(page, 'releases');
      await expectWhole(page, '보도자료');
      await gridOf(page, 'releases').locator('.ag-row[row-index="0"] .ag-cell[col-id="distributedOn"]').click();
      await releases.getByTestId('open-detail').click();
      await releases.getByTestId('detail-form').waitFor();
      await expectWhole(page, '보도자료 상세');
      await closeDetailDiscarding(page, releases);
      await releases.getByTestId('add-button').click();
      await releases.getByTestId('field-distributedOn').fill('');
      await releases.getByTestId('save-button').click();
      await releases.getByTestId('error-distributedOn').waitFor();
      await expectWhole(page, '새 보도자료 (오류 표시)');
      await closeDetailDiscarding(page, releases, 'cancel-button');

      await page.getByTestId('nav-settings').click();
      await page.getByTestId('app-info').waitFor();
      await expectWhole(page, '설정');
    });
  }

  it('the first-run dialog keeps every Korean word whole in a narrow window', async () => {
    const fresh = await startApp({ firstRun: 'show' });
    try {
      await fresh.page.setViewportSize({ width: 900, height: 680 });
      await fresh.open();
      await fresh.page.getByTestId('first-run-dialog').waitFor();
      await expectWhole(fresh.page, '처음 시작');
    } finally {
      await fresh.close();
    }
  });
});
