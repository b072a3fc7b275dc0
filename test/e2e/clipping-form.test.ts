/**
 * 언론보도 등록: a clerk opens an empty GuDesk, chooses to start empty, adds a clipping through the
 * detail form and sees it in the grid with 매체구분 filled in from the outlet; an empty 제목 is
 * refused with a Korean message and nothing is saved.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { cellOf, pageOf, rowWith, toastWith, waitForGrid } from './support/grid.ts';

const app = useApp({ firstRun: 'show' });

describe('언론보도 상세 입력', () => {
  it('빈 상태로 시작해 새 언론보도를 등록하면 표에 매체구분 "통신사"와 함께 나타난다', async () => {
    const { page, core } = app();
    await page.getByTestId('first-run-dialog').getByTestId('first-run-name').fill('홍길동');
    await page.getByTestId('first-run-dialog').getByTestId('start-empty').click();
    await expect.poll(() => page.getByTestId('first-run-dialog').count()).toBe(0);
    const clippings = pageOf(page);
    await waitForGrid(page);
    await expect.poll(() => clippings.getByTestId('row-count').textContent()).toContain('전체 0건');

    await clippings.getByTestId('add-button').click();
    const form = clippings.getByTestId('detail-panel');
    await form.getByTestId('field-publishedOn').fill('2024. 9. 2.');
    await form.getByTestId('field-outlet').fill('연합뉴스');
    await form.getByTestId('field-title').click(); // leaving 매체명 fills 매체구분
    await expect.poll(() => form.getByTestId('field-mediaType').inputValue()).toBe('통신사');
    await form.getByTestId('field-title').fill('금천구, 청년 창업 지원 확대');
    await form.getByTestId('field-department').fill('일자리정책과');
    // An address typed as in a browser's address bar is completed, not refused.
    await form.getByTestId('field-url').fill('www.yna.co.kr/view/AKR20240902');
    await form.getByTestId('save-button').click();

    await toastWith(page, '등록했습니다.').waitFor();
    const row = rowWith(page, '금천구, 청년 창업 지원 확대');
    await row.waitFor();
    expect(await cellOf(row, 'outlet').textContent()).toBe('연합뉴스');
    expect(await cellOf(row, 'mediaType').textContent()).toBe('통신사');
    expect(await cellOf(row, 'department').textContent()).toBe('일자리정책과');
    expect(await cellOf(row, 'publishedOn').textContent()).toBe('2024. 9. 2.');
    expect(await form.getByTestId('field-url').inputValue()).toBe('https://www.yna.co.kr/view/AKR20240902');
    await expect.poll(() => clippings.getByTestId('row-count').textContent()).toContain('전체 1건');

    const saved = await core.call('clippings.list', {});
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ publishedOn: '2024-09-02', outlet: '연합뉴스', mediaType: '통신사', createdBy: '홍길동' });
  });

  it('제목을 비우고 등록하면 "제목을 입력하세요." 메시지가 보이고 아무것도 저장되지 않는다', async () => {
    const { page, core } = app();
    const clippings = pageOf(page);
    await clippings.getByTestId('add-button').click();
    const form = clippings.getByTestId('detail-panel');
    await expect.poll(() => form.locator('h2').textContent()).toBe('새 언론보도');
    await form.getByTestId('field-publishedOn').fill('2024-09-03');
    await form.getByTestId('field-outlet').fill('KBS');
    await form.getByTestId('save-button').click();

    await expect.poll(() => form.getByTestId('error-title').textContent()).toBe('제목을 입력하세요.');
    expect(await form.getByTestId('form-error').textContent()).toMatch(/입력 내용을 확인하세요/);
    expect(await form.getByTestId('field-title').getAttribute('aria-invalid')).toBe('true');

    expect(await core.call('clippings.list', {})).toHaveLength(1);
    expect(await clippings.getByTestId('row-count').textContent()).toContain('전체 1건');
    expect(await rowWith(page, 'KBS', 'outlet').count()).toBe(0);
  });
});
