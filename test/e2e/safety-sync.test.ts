/**
 * Deleting and restoring with sync on, as a clerk meets it: the question before a multi-delete
 * says the deletion reaches every PC of the department, and records brought back from the
 * 휴지통 come back on a colleague's PC too. The colleague is a second real core; the server is
 * the real sync server on SQLite.
 */
import { describe, expect, it } from 'vitest';
import { PASSWORD, useSyncServer } from './support/sync-server.ts';
import { useApp } from './support/app.ts';
import { BASIC_CLIPPINGS, seedClippings } from './support/seed.ts';
import { closeToasts, pageOf, rowWith, selectRow, toastWith, waitForGrid } from './support/grid.ts';

const sync = useSyncServer('gudesk-e2e-safety-sync-');

const app = useApp({
  seed: async (core) => {
    await seedClippings(core, BASIC_CLIPPINGS);
    await core.call('sync.login', { serverUrl: sync().server.url, login: 'kim', password: PASSWORD });
    await core.call('sync.now', {});
  },
});

const colleagueTitles = async () => (await sync().colleague.call('clippings.list', {})).map((c) => c.title).sort();

describe('동기화 중 삭제와 되살리기', () => {
  it('여러 건을 지우기 전에 모든 PC에 반영된다고 알리고, 휴지통에서 되살린 기록은 동료 PC에도 돌아온다', async () => {
    const { page, core } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForGrid(page);
    await sync().colleague.call('sync.now', {});
    expect(await colleagueTitles()).toHaveLength(BASIC_CLIPPINGS.length);

    await selectRow(page, '도서관 야간 개방 시범 운영');
    await selectRow(page, '하천 산책로 정비 공사 지연');
    await pageOf(page).getByTestId('delete-button').click();
    const dialog = page.getByTestId('delete-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('선택한 2건을 삭제할까요?');
    expect(await dialog.textContent()).toContain('부서의 모든 PC에서도 지워집니다');
    await dialog.getByTestId('choice-ok').click();
    await toastWith(page, '2건을 삭제했습니다.').waitFor();
    await core.call('sync.now', {});
    await sync().colleague.call('sync.now', {});
    expect(await colleagueTitles()).toEqual(['금천구, 청년 창업 지원 확대', '어르신 무료 급식소 확대 운영']);

    await closeToasts(page);
    await pageOf(page).getByTestId('trash-button').click();
    const trash = page.getByTestId('trash-dialog');
    await expect.poll(() => trash.getByTestId('trash-row').count()).toBe(2);
    // Who deleted them: the name the top bar shows for this PC's user.
    const user = ((await page.getByTestId('header-user').textContent()) ?? '').replace(/^사용자:\s*/, '');
    expect(user).not.toBe('');
    expect(await trash.getByTestId('trash-deleted-by').allTextContents()).toEqual([user, user]);
    await trash.getByTestId('trash-pick-all').check();
    await trash.getByTestId('trash-restore').click();
    await toastWith(page, '2건을 되살렸습니다.').waitFor();
    await rowWith(page, '도서관 야간 개방 시범 운영').waitFor();
    await core.call('sync.now', {});
    await sync().colleague.call('sync.now', {});
    expect(await colleagueTitles()).toEqual([...BASIC_CLIPPINGS.map((c) => c.title)].sort());
  });
});
