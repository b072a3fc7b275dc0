/**
 * Working in the 언론보도 grid: an inline edit is saved and shows in the change history; a bulk
 * edit of 논조 and a delete can both be undone from the toast.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { BASIC_CLIPPINGS, clippingsByTitle, seedClippings } from './support/seed.ts';
import { cellOf, editCell, pageOf, rowWith, selectRow, toastWith, waitForGrid } from './support/grid.ts';

const app = useApp({ seed: (core) => seedClippings(core, BASIC_CLIPPINGS).then(() => undefined) });

describe('언론보도 표에서 고치기', () => {
  it('셀을 고치면 저장되고, 새로 고쳐도 남아 있으며, 변경 이력에 이전 값 → 새 값이 보인다', async () => {
    const { page, core } = app();
    await waitForGrid(page);
    const row = rowWith(page, '도서관 야간 개방 시범 운영');
    const id = (await row.getAttribute('row-id'))!;
    await editCell(page, cellOf(row, 'department'), '평생학습과');
    await expect.poll(async () => (await core.call('clippings.get', { id })).department).toBe('평생학습과');

    await page.reload();
    await waitForGrid(page);
    expect(await cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'department').textContent()).toBe('평생학습과');

    await cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'outlet').click();
    await pageOf(page).getByTestId('open-detail').click();
    const panel = pageOf(page).getByTestId('detail-panel');
    await panel.getByTestId('tab-history').click();
    const history = panel.getByTestId('history-table');
    await expect.poll(() => history.textContent()).toContain('관련부서');
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('문화체육과');
    expect(text).toContain('평생학습과');
    expect(text).toContain('홍길동');
    await panel.getByTestId('detail-close').click();
  });

  it('여러 행을 골라 논조를 한꺼번에 "부정"으로 바꾸고, 실행 취소로 되돌린다', async () => {
    const { page, core } = app();
    await waitForGrid(page);
    await selectRow(page, '금천구, 청년 창업 지원 확대');
    await selectRow(page, '어르신 무료 급식소 확대 운영');
    const clippings = pageOf(page);
    await clippings.getByTestId('bulk-edit-button').click();
    await page.getByTestId('bulk-field').selectOption('tone');
    await page.getByTestId('bulk-value').selectOption('부정');
    await page.getByTestId('bulk-apply').click();

    const toast = toastWith(page, '2건');
    await toast.waitFor();
    await expect.poll(async () => (await clippingsByTitle(core)).get('금천구, 청년 창업 지원 확대')?.tone).toBe('부정');
    expect((await clippingsByTitle(core)).get('어르신 무료 급식소 확대 운영')?.tone).toBe('부정');
    await expect.poll(() => cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'tone').textContent()).toBe('부정');

    await toast.getByTestId('toast-undo').click();
    await expect.poll(async () => (await clippingsByTitle(core)).get('금천구, 청년 창업 지원 확대')?.tone).toBe('긍정');
    expect((await clippingsByTitle(core)).get('어르신 무료 급식소 확대 운영')?.tone).toBe('긍정');
    await expect.poll(() => cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'tone').textContent()).toBe('긍정');
  });

  it('삭제한 행은 표에서 사라지고, 알림의 실행 취소를 누르면 돌아온다', async () => {
    const { page, core } = app();
    await page.reload(); // a fresh screen: no rows left selected by the test before
    await waitForGrid(page);
    await selectRow(page, '하천 산책로 정비 공사 지연');
    await selectRow(page, '도서관 야간 개방 시범 운영');
    await pageOf(page).getByTestId('delete-button').click();
    await page.getByTestId('delete-dialog').getByTestId('choice-ok').click(); // more than one record: asked first
    const toast = toastWith(page, '2건을 삭제했습니다.');
    await toast.waitFor();
    await rowWith(page, '하천 산책로 정비 공사 지연').waitFor({ state: 'detached' });
    await rowWith(page, '도서관 야간 개방 시범 운영').waitFor({ state: 'detached' });
    await expect.poll(() => pageOf(page).getByTestId('row-count').textContent()).toContain('전체 2건');
    expect([...(await clippingsByTitle(core)).keys()].sort()).toEqual(['금천구, 청년 창업 지원 확대', '어르신 무료 급식소 확대 운영']);

    expect(await toast.getByTestId('toast-undo').textContent()).toBe('실행 취소');
    await toast.getByTestId('toast-undo').click();
    await rowWith(page, '하천 산책로 정비 공사 지연').waitFor();
    await rowWith(page, '도서관 야간 개방 시범 운영').waitFor();
    await expect.poll(() => pageOf(page).getByTestId('row-count').textContent()).toContain('전체 4건');
    expect((await clippingsByTitle(core)).has('도서관 야간 개방 시범 운영')).toBe(true);
    expect((await clippingsByTitle(core)).has('하천 산책로 정비 공사 지연')).toBe(true);
  });
});
