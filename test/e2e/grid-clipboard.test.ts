/**
 * Working in the 언론보도 grid like in Excel, at 1366×768: a range copied with its headers, whole
 * rows copied, a block pasted with one bad cell (the good ones saved, the bad one named, one
 * 실행 취소 for all), fill down, the right-click menu, and 연번 following the sort.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import path from 'node:path';
import { RESULTS_DIR, useApp } from './support/app.ts';
import { clippingsByTitle, seedClippings } from './support/seed.ts';
import { cellOf, columnValues, gridOf, pageOf, rowWith, selectRow, toastWith, waitForGrid } from './support/grid.ts';

const ROWS = [
  { publishedOn: '2024-09-02', outlet: '연합뉴스', title: '금천구, 청년 창업 지원 확대', reporter: '김가람', page: 'A1', department: '일자리정책과', tone: '긍정' as const, tags: ['청년', '창업'] },
  { publishedOn: '2024-09-03', outlet: 'KBS', title: '도서관 야간 개방 시범 운영', reporter: '이나래', page: '9시뉴스', department: '문화체육과', tone: '중립' as const },
  { publishedOn: '2024-09-04', outlet: '한겨레', title: '하천 산책로 정비 공사 지연', reporter: '박다솜', page: 'B3', department: '치수과', tone: '부정' as const },
  { publishedOn: '2024-09-05', outlet: '시정일보', title: '어르신 무료 급식소 확대 운영', reporter: '최라온', page: '2면', department: '복지정책과', tone: '긍정' as const },
];
const app = useApp({ seed: (core) => seedClippings(core, ROWS).then(() => undefined) });

async function freshGrid(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  await waitForGrid(page);
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const setClipboard = (page: Page, text: string) => page.evaluate((t) => navigator.clipboard.writeText(t), text);
const inRange = (page: Page) => gridOf(page).locator('.ag-cell.cell-in-range');

describe('표를 Excel처럼 쓰기', () => {
  it('Shift+클릭으로 고른 범위를 Ctrl+C 하면 머리글과 함께 탭으로 나뉜 글이 클립보드에 들어가고, Esc로 범위가 풀린다', async () => {
    const { page, context, server } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.address).origin });
    await freshGrid(page);
    // Newest first: 어르신 (9. 5.), 하천 (9. 4.), …
    await cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'reporter').click();
    await cellOf(rowWith(page, '하천 산책로 정비 공사 지연'), 'department').click({ modifiers: ['Shift'] });
    await expect.poll(() => inRange(page).count()).toBe(6);
    await page.keyboard.press('Control+C');
    await toastWith(page, '6칸을 복사했습니다').waitFor();
    expect(await clipboard(page)).toBe('기자\t지면\t관련부서\r\n최라온\t2면\t복지정책과\r\n박다솜\tB3\t치수과');

    await page.keyboard.press('Escape');
    await expect.poll(() => inRange(page).count()).toBe(0);

    // A mouse drag selects the block it passes over.
    const from = (await cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'reporter').boundingBox())!;
    const to = (await cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'page').boundingBox())!;
    await page.mouse.move(from.x + 10, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + 10, to.y + 10, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => inRange(page).count()).toBe(6);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'grid-range-1366x768.png') });
    await page.keyboard.press('Control+C');
    await expect.poll(() => clipboard(page)).toBe('기자\t지면\r\n최라온\t2면\r\n박다솜\tB3\r\n이나래\t9시뉴스');
    await page.keyboard.press('Escape');

    // Shift+arrows from the focused cell; dates are copied as shown.
    await cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'publishedOn').click();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => inRange(page).count()).toBe(2);
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => inRange(page).count()).toBe(4);
    await page.keyboard.press('Control+C');
    await expect.poll(() => clipboard(page)).toBe('보도일자\t매체명\r\n2024. 9. 5.\t시정일보\r\n2024. 9. 4.\t한겨레');

    // A lone cell is copied as its text alone.
    await cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'tone').click();
    await page.keyboard.press('Control+C');
    await expect.poll(() => clipboard(page)).toBe('중립');
  });

  it('체크한 행을 Ctrl+C 하면 보이는 모든 열이 머리글과 함께 복사된다', async () => {
    const { page, core } = app();
    await freshGrid(page);
    await selectRow(page, '금천구, 청년 창업 지원 확대');
    await selectRow(page, '어르신 무료 급식소 확대 운영');
    await cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'title').click();
    await page.keyboard.press('Control+C');
    await toastWith(page, '2행을 복사했습니다').waitFor();
    const byTitle = await clippingsByTitle(core);
    const line = (title: string) => {
      const c = byTitle.get(title)!;
      return [formatKoreanDate(c.publishedOn), c.outlet, c.mediaType, c.title, c.reporter, c.page, c.department, c.tone, c.tags.join(', '), '', '0'].join('\t');
    };
    expect(await clipboard(page)).toBe(
      ['보도일자\t매체명\t매체구분\t제목\t기자\t지면\t관련부서\t논조\t태그\t보도자료\t첨부', line('어르신 무료 급식소 확대 운영'), line('금천구, 청년 창업 지원 확대')].join('\r\n'),
    );
  });

  it('3×2 범위를 붙여넣으면 좋은 칸은 한 번에 저장되고, 잘못된 칸은 연번과 열 이름으로 알려 주며, 실행 취소 한 번으로 모두 되돌린다', async () => {
    const { page, core } = app();
    await freshGrid(page);
    const before = await clippingsByTitle(core);
    await cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'reporter').click();
    await setClipboard(page, '정하늘\t3면\r\n\t' + 'B'.repeat(31) + '\r\n윤바다\t10면\r\n');
    await page.keyboard.press('Control+V');

    const done = toastWith(page, '5칸을 붙여넣었습니다.');
    await done.waitFor();
    const refused = toastWith(page, '1칸은 바꾸지 않았습니다');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('연번 2');
    expect(await refused.textContent()).toContain('지면');

    let now = await clippingsByTitle(core);
    expect(now.get('어르신 무료 급식소 확대 운영')).toMatchObject({ reporter: '정하늘', page: '3면' });
    expect(now.get('하천 산책로 정비 공사 지연')).toMatchObject({ reporter: '', page: 'B3' }); // the empty cell cleared 기자, the long 지면 was refused
    expect(now.get('도서관 야간 개방 시범 운영')).toMatchObject({ reporter: '윤바다', page: '10면' });
    await expect.poll(() => cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'reporter').textContent()).toBe('윤바다');

    await done.getByTestId('toast-undo').click();
    await toastWith(page, '실행 취소했습니다').waitFor();
    now = await clippingsByTitle(core);
    for (const title of ['어르신 무료 급식소 확대 운영', '하천 산책로 정비 공사 지연', '도서관 야간 개방 시범 운영']) {
      expect(now.get(title)).toMatchObject({ reporter: before.get(title)!.reporter, page: before.get(title)!.page });
    }
    await expect.poll(() => cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'reporter').textContent()).toBe('이나래');
  });

  it('한 값을 고른 범위에 붙여넣으면 모든 칸에 들어가고, 읽기 전용 열은 건너뛴다고 알려 준다', async () => {
    const { page, core } = app();
    await freshGrid(page);
    await cellOf(rowWith(page, '하천 산책로 정비 공사 지연'), 'tags').click();
    await cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'releaseTitle').click({ modifiers: ['Shift'] });
    await setClipboard(page, '현안');
    await page.keyboard.press('Control+V');
    await toastWith(page, '2칸을 붙여넣었습니다.').waitFor();
    await toastWith(page, '보도자료 칸은 표에서 고칠 수 없어 건너뛰었습니다.').waitFor();
    const now = await clippingsByTitle(core);
    expect(now.get('하천 산책로 정비 공사 지연')!.tags).toEqual(['현안']);
    expect(now.get('도서관 야간 개방 시범 운영')!.tags).toEqual(['현안']);
  });

  it('Ctrl+D는 범위 맨 위 칸을 아래 칸들에 채운다', async () => {
    const { page, core } = app();
    await freshGrid(page);
    await cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'department').click();
    await cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'department').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+D');
    await toastWith(page, '2칸을 아래로 채웠습니다.').waitFor();
    const now = await clippingsByTitle(core);
    expect(now.get('하천 산책로 정비 공사 지연')!.department).toBe('복지정책과');
    expect(now.get('도서관 야간 개방 시범 운영')!.department).toBe('복지정책과');
    expect(now.get('금천구, 청년 창업 지원 확대')!.department).toBe('일자리정책과');
    await expect.poll(() => cellOf(rowWith(page, '하천 산책로 정비 공사 지연'), 'department').textContent()).toBe('복지정책과');
  });

  it('오른쪽 클릭 메뉴: 창 안에 열리고, 할 수 없는 항목은 흐리며, Esc로 닫히고, 복사·상세 열기·삭제가 된다', async () => {
    const { page, core } = app();
    await freshGrid(page);
    const menu = page.getByTestId('grid-context-menu');
    const top = cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'reporter');
    await top.click({ button: 'right' });
    await menu.waitFor();
    const box = (await menu.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['복사Ctrl+C', '붙여넣기Ctrl+V', '아래로 채우기Ctrl+D', '상세 열기Enter', '삭제Delete']);
    expect(await page.getByTestId('grid-menu-fill').isDisabled()).toBe(true); // nothing above the first row
    await page.screenshot({ path: path.join(RESULTS_DIR, 'grid-menu-1366x768.png') });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });

    await top.click({ button: 'right' });
    await page.getByTestId('grid-menu-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('최라온');

    await cellOf(rowWith(page, '하천 산책로 정비 공사 지연'), 'title').click({ button: 'right' });
    expect(await page.getByTestId('grid-menu-fill').isDisabled()).toBe(false);
    await page.getByTestId('grid-menu-open').click();
    const panel = pageOf(page).getByTestId('detail-panel');
    await panel.waitFor();
    await panel.getByTestId('detail-close').click();
    await panel.waitFor({ state: 'detached' });

    await cellOf(rowWith(page, '금천구, 청년 창업 지원 확대'), 'outlet').click({ button: 'right' });
    await page.getByTestId('grid-menu-delete').click();
    await toastWith(page, '1건을 삭제했습니다.').waitFor();
    expect((await clippingsByTitle(core)).has('금천구, 청년 창업 지원 확대')).toBe(false);
  });

  it('연번은 정렬을 바꾸면 새 순서대로 1부터 다시 매겨지고, 보도일자·매체명과 함께 왼쪽에 고정된다', async () => {
    const { page } = app();
    await freshGrid(page);
    expect(await columnValues(page, 'rowNumber')).toEqual(['1', '2', '3']);
    await gridOf(page).locator('.ag-header-cell[col-id="title"] .ag-header-cell-label').click();
    await expect.poll(() => columnValues(page, 'title')).toEqual(['도서관 야간 개방 시범 운영', '어르신 무료 급식소 확대 운영', '하천 산책로 정비 공사 지연']);
    expect(await columnValues(page, 'rowNumber')).toEqual(['1', '2', '3']);
    const rowOne = gridOf(page).locator('.ag-row[row-index="0"] .ag-cell[col-id="rowNumber"]');
    expect(await rowOne.first().textContent()).toBe('1');
    const header = gridOf(page).locator('.ag-header-row-column .ag-header-cell');
    const order = await header.evaluateAll((cells) =>
      cells.sort((a, b) => Number(a.getAttribute('aria-colindex')) - Number(b.getAttribute('aria-colindex'))).map((c) => c.getAttribute('col-id')),
    );
    expect(order.slice(1, 4)).toEqual(['rowNumber', 'publishedOn', 'outlet']);
    expect(await gridOf(page).locator('.ag-header-cell-last-left-pinned').getAttribute('col-id')).toBe('outlet');
  });
});
