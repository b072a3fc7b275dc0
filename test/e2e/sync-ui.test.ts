/**
 * Sync as a clerk meets it in the window: logging in from 설정 (a wrong password refused in
 * Korean), the status bar saying when the last sync ran and what is still to send, 지금 동기화
 * bringing a colleague's clipping into the grid, a 요약 both PCs rewrote resolved in the
 * conflicts view, and a server that cannot be reached reported without losing the clerk's work.
 * The colleague's PC is a second real core; the server is the real sync server on SQLite.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSWORD, useSyncServer } from './support/sync-server.ts';
import { RESULTS_DIR, useApp } from './support/app.ts';
import { closeToasts, pageOf, rowWith, toastWith, waitForGrid } from './support/grid.ts';

const sync = useSyncServer('gudesk-e2e-sync-');

const app = useApp({
  seed: async (core) => {
    await core.call('clippings.create', { values: { publishedOn: '2024-09-02', outlet: '연합뉴스', title: '로그인 전에 입력한 기사' } });
  },
});

const statusBar = () => app().page.getByTestId('status-bar');

describe('중앙 서버 동기화 화면', () => {
  it('설정에서 로그인하면 이 PC의 기사를 보내고 상태 표시줄에 마지막 동기화가 보인다', async () => {
    const { page } = app();
    await waitForGrid(page);
    await expect.poll(() => statusBar().getByTestId('sync-status').textContent()).toContain('동기화: 사용 안 함');
    await statusBar().getByTestId('sync-status').click();
    const card = page.getByTestId('sync-settings');
    await card.getByTestId('sync-server').fill(sync().server.url);
    await card.getByTestId('sync-user').fill('kim');
    await card.getByTestId('sync-password').fill('틀린 비밀번호');
    await card.getByTestId('sync-login').click();
    await expect.poll(() => card.getByTestId('sync-error-password').textContent()).toContain('아이디 또는 비밀번호가 맞지 않습니다');
    expect(await card.getByTestId('sync-login-form').count()).toBe(1);

    await card.getByTestId('sync-password').fill(PASSWORD);
    await card.getByTestId('sync-login').click();
    await toastWith(page, '첫 동기화를 마쳤습니다: 보냄 1건').waitFor();
    await expect.poll(() => card.getByTestId('sync-account').textContent()).toContain('김민지 (kim) · 홍보팀 · 직원');
    await expect.poll(() => statusBar().getByTestId('sync-status').textContent()).toContain('동기화: 방금');
    expect(await statusBar().getByTestId('sync-pending').count()).toBe(0);
    expect(await card.getByTestId('sync-password').count()).toBe(0);
    mkdirSync(join(RESULTS_DIR, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', 'sync-settings.png') });

    // The colleague's PC receives what this PC held before it logged in.
    expect((await sync().colleague.call('sync.now', {})).pulled).toBe(1);
    expect((await sync().colleague.call('clippings.list', {})).map((c) => c.title)).toEqual(['로그인 전에 입력한 기사']);
    await closeToasts(page);
  });

  it('지금 동기화를 누르면 다른 PC에서 입력한 기사가 표에 나타난다', async () => {
    const { page } = app();
    await page.getByTestId('nav-clippings').click();
    await sync().colleague.call('clippings.create', { values: { publishedOn: '2024-09-03', outlet: 'KBS', title: '옆자리 PC에서 입력한 기사' } });
    await sync().colleague.call('sync.now', {});
    await statusBar().getByTestId('sync-now').click();
    await toastWith(page, '받음 1건').waitFor();
    await rowWith(page, '옆자리 PC에서 입력한 기사').waitFor();
    await expect.poll(() => pageOf(page).getByTestId('row-count').textContent()).toContain('전체 2건');
    await expect.poll(() => pageOf(page).getByTestId('stats-toggle').textContent()).toContain('현재 목록 2건 기준');
    await closeToasts(page);
  });

  it('두 PC가 같은 요약을 고치면 충돌 확인에서 두 글을 보고 합쳐 쓸 수 있다', async () => {
    const { page, core } = app();
    const [target] = (await core.call('clippings.list', {})).filter((c) => c.title === '옆자리 PC에서 입력한 기사');
    await core.call('clippings.update', { id: target!.id, patch: { summary: '김민지가 고친 요약' } });
    // The colleague's edit is the later one: not within the same millisecond, where the clock's tie-break decides.
    await new Promise((r) => setTimeout(r, 20));
    await sync().colleague.call('clippings.update', { id: target!.id, patch: { summary: '이서준이 고친 요약' } });
    await statusBar().getByTestId('sync-now').click(); // this PC's edit reaches the server first
    await toastWith(page, '보냄 1건').waitFor();
    await sync().colleague.call('sync.now', {}); // the colleague's later edit wins; this PC's text is kept
    await statusBar().getByTestId('sync-now').click();
    await expect.poll(() => statusBar().getByTestId('sync-conflicts').textContent()).toContain('확인할 충돌 1건');

    await statusBar().getByTestId('sync-conflicts').click();
    const dialog = page.getByTestId('conflicts-dialog');
    const item = dialog.getByTestId('conflict-item');
    await expect.poll(() => item.textContent()).toContain('요약');
    expect(await item.getByTestId('conflict-current').textContent()).toBe('이서준이 고친 요약');
    expect(await item.getByTestId('conflict-other').textContent()).toBe('김민지가 고친 요약');
    // Kept for a person to look at, as the other e2e screenshots are.
    mkdirSync(join(RESULTS_DIR, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', 'sync-conflicts.png') });
    await item.getByTestId('conflict-merge').click();
    await item.getByTestId('conflict-merge-text').fill('두 사람의 요약을 합친 글');
    await item.getByTestId('conflict-save-merged').click();
    await dialog.getByTestId('conflicts-empty').waitFor();
    await dialog.getByRole('button', { name: '닫기' }).first().click();
    await expect.poll(() => statusBar().getByTestId('sync-conflicts').count()).toBe(0);
    await expect.poll(() => statusBar().getByTestId('sync-pending').textContent()).toContain('보낼 변경');

    await statusBar().getByTestId('sync-now').click();
    await expect.poll(() => statusBar().getByTestId('sync-pending').count()).toBe(0);
    await sync().colleague.call('sync.now', {});
    expect((await sync().colleague.call('clippings.get', { id: target!.id })).summary).toBe('두 사람의 요약을 합친 글');
    expect(await sync().colleague.call('sync.conflicts', {})).toEqual([]);
    await closeToasts(page);
  });

  it('두 PC에서 같은 기사를 따로 입력하면 확인할 항목에 나오고, 한 번에 합치면 두 PC 모두 한 건이 된다', async () => {
    const { page, core } = app();
    const twin = { publishedOn: '2024-09-05', outlet: '한겨레', title: '두 PC에서 입력한 같은 기사' };
    await core.call('clippings.create', { values: { ...twin, reporter: '' } });
    await sync().colleague.call('clippings.create', { values: { ...twin, reporter: '최기자', tags: ['교육'] } });
    await sync().colleague.call('sync.now', {});
    await statusBar().getByTestId('sync-now').click();
    await expect.poll(() => statusBar().getByTestId('review-status').textContent()).toContain('확인할 항목 1건');
    await closeToasts(page);

    await statusBar().getByTestId('review-status').click();
    const dialog = page.getByTestId('review-dialog');
    const item = dialog.getByTestId('review-item');
    await expect.poll(() => item.textContent()).toContain('같은 언론보도 2건');
    expect(await item.getByTestId('review-record').count()).toBe(2);
    await expect.poll(() => item.getByTestId('review-record').first().textContent()).toContain('2024. 9. 5. 한겨레 「두 PC에서 입력한 같은 기사」');
    // What tells the two apart, so the clerk can choose.
    expect((await item.getByTestId('review-differs').allTextContents()).sort()).toEqual(['기자: (없음) · 태그: (없음)', '기자: 최기자 · 태그: 교육']);
    mkdirSync(join(RESULTS_DIR, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, 'screenshots', 'sync-review.png') });
    await item.getByTestId('review-keep').first().click();
    await dialog.getByTestId('review-empty').waitFor();
    await toastWith(page, '2건을 하나로 합쳤습니다').waitFor();
    await dialog.getByRole('button', { name: '닫기' }).first().click();
    await expect.poll(() => statusBar().getByTestId('review-status').count()).toBe(0);

    await statusBar().getByTestId('sync-now').click();
    await expect.poll(() => statusBar().getByTestId('sync-pending').count()).toBe(0);
    await sync().colleague.call('sync.now', {});
    const left = (await sync().colleague.call('clippings.list', {})).filter((c) => c.title === twin.title);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ reporter: '최기자', tags: ['교육'] });
    await closeToasts(page);
  });

  it('서버에 연결할 수 없으면 한국어로 알리고, 입력한 변경은 보낼 변경으로 남는다', async () => {
    const { page, core } = app();
    await sync().server.close();
    await core.call('clippings.create', { values: { publishedOn: '2024-09-04', outlet: '서울신문', title: '서버가 꺼진 동안 입력한 기사' } });
    await statusBar().getByTestId('sync-now').click();
    await toastWith(page, '동기화 서버').waitFor();
    await expect.poll(() => statusBar().getByTestId('sync-status').textContent()).toContain('동기화 실패: 동기화 서버');
    await expect.poll(() => statusBar().getByTestId('sync-pending').textContent()).toContain('보낼 변경 1건');
    expect((await core.call('clippings.list', {})).map((c) => c.title)).toContain('서버가 꺼진 동안 입력한 기사');
  });
});
