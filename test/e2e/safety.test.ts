/**
 * Nothing is lost by a slip, at 1366×768 (a common office PC): typed text is not thrown away
 * without a question, deleting many records asks first, the 휴지통 brings deleted records back,
 * and Ctrl+Z undoes the session's last actions one after another.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTOR, RESULTS_DIR, useApp } from './support/app.ts';
import { BASIC_CLIPPINGS, clippingsByTitle, seedClippings } from './support/seed.ts';
import { cellOf, closeToasts, editCell, gridOf, pageOf, rowWith, toastWith, waitForGrid } from './support/grid.ts';

const app = useApp({ seed: (core) => seedClippings(core, BASIC_CLIPPINGS).then(() => undefined) });
const SHOTS = path.join(RESULTS_DIR, 'screenshots');

beforeAll(async () => {
  await app().page.setViewportSize({ width: 1366, height: 768 });
  mkdirSync(SHOTS, { recursive: true });
});

const panelOf = (page: Page) => pageOf(page).getByTestId('detail-panel');
const discardDialog = (page: Page) => page.getByTestId('discard-dialog');

async function openRow(page: Page, title: string): Promise<void> {
  await cellOf(rowWith(page, title), 'outlet').click();
  await pageOf(page).getByTestId('open-detail').click();
  await expect.poll(() => panelOf(page).getByTestId('field-title').inputValue()).toBe(title);
}

async function freshScreen(page: Page): Promise<void> {
  await page.reload();
  await waitForGrid(page);
}

describe('저장하지 않은 입력', () => {
  it('Esc를 누르면 묻고, 계속 편집이면 입력이 남고, 저장하지 않고 닫기면 버린다', async () => {
    const { page, core } = app();
    await waitForGrid(page);
    await openRow(page, '도서관 야간 개방 시범 운영');
    const title = panelOf(page).getByTestId('field-title');
    await title.fill('도서관 야간 개방 확대');
    await page.keyboard.press('Escape');

    const dialog = discardDialog(page);
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('입력한 내용을 아직 저장하지 않았습니다.');
    // The focus is on 저장 (Enter saves, as in 한/글); Esc means 계속 편집.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-choice'))).toBe('save');
    await page.screenshot({ path: path.join(SHOTS, 'discard-dialog-1366.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await title.inputValue()).toBe('도서관 야간 개방 확대');

    await dialog.waitFor({ state: 'detached' });
    await panelOf(page).getByTestId('detail-close').click();
    await discardDialog(page).getByTestId('choice-discard').click();
    await panelOf(page).waitFor({ state: 'detached' });
    expect((await clippingsByTitle(core)).has('도서관 야간 개방 시범 운영')).toBe(true);

    // Opened again: the stored text, and closing an unchanged form asks nothing.
    await openRow(page, '도서관 야간 개방 시범 운영');
    await panelOf(page).getByTestId('field-title').click(); // Esc in the form (the grid keeps its own Esc)
    await page.keyboard.press('Escape');
    await panelOf(page).waitFor({ state: 'detached' });
    expect(await discardDialog(page).count()).toBe(0);
  });

  it('Esc로 닫고 곧바로 Ctrl+N을 눌러도 새 양식이 키보드를 가지고, 표가 뒤늦게 가져가지 않는다', async () => {
    const { page } = app();
    await freshScreen(page);
    await openRow(page, '도서관 야간 개방 시범 운영');
    await panelOf(page).getByTestId('field-title').focus();
    // Esc and Ctrl+N one right after the other, as fast hands do, on a busy PC (every timer of
    // the page a few frames late): nothing scheduled by the close may land in the new form.
    await page.evaluate(async () => {
      const original = window.setTimeout;
      const late = (fn: TimerHandler, ms?: number, ...args: unknown[]) => original(fn, Math.max(ms ?? 0, 60), ...args);
      window.setTimeout = late as typeof window.setTimeout;
      const key = (target: EventTarget, init: KeyboardEventInit) => target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
      key(document.activeElement ?? document.body, { key: 'Escape' });
      for (let i = 0; i < 5; i++) await Promise.resolve();
      key(document.body, { key: 'n', ctrlKey: true });
      await new Promise((r) => original(r, 200));
      window.setTimeout = original;
    });
    const title = panelOf(page).getByTestId('field-title');
    await expect.poll(() => title.inputValue()).toBe('');
    // After the late timers: the new form still has the keyboard.
    expect(await page.evaluate(() => [!!document.activeElement?.closest('[data-testid=detail-panel]'), document.activeElement?.getAttribute('data-testid')])).toEqual([true, 'field-publishedOn']);
    // Its Esc is the form's: the untouched new form closes without a question.
    await page.keyboard.press('Escape');
    await panelOf(page).waitFor({ state: 'detached' });
    expect(await discardDialog(page).count()).toBe(0);
    // And the grid has the keyboard back, on the cell it had (↓ and Enter go on from there).
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('col-id') ?? null)).toBe('outlet');
  });

  it('다른 행을 열려고 하면 묻고, 저장을 고르면 저장한 뒤 그 행을 연다', async () => {
    const { page, core } = app();
    await freshScreen(page);
    await openRow(page, '하천 산책로 정비 공사 지연');
    await panelOf(page).getByTestId('field-department').fill('치수방재과');

    // Enter on another row (the keyboard's 상세) asks first.
    await cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'outlet').click();
    await page.keyboard.press('Enter');
    await discardDialog(page).getByTestId('choice-keep').click();
    await discardDialog(page).waitFor({ state: 'detached' });
    expect(await panelOf(page).getByTestId('field-department').inputValue()).toBe('치수방재과');
    expect(await panelOf(page).getByTestId('field-title').inputValue()).toBe('하천 산책로 정비 공사 지연');

    await cellOf(rowWith(page, '어르신 무료 급식소 확대 운영'), 'outlet').click();
    await pageOf(page).getByTestId('open-detail').click();
    await discardDialog(page).getByTestId('choice-save').click();
    await expect.poll(() => panelOf(page).getByTestId('field-title').inputValue()).toBe('어르신 무료 급식소 확대 운영');
    expect((await clippingsByTitle(core)).get('하천 산책로 정비 공사 지연')?.department).toBe('치수방재과');
    await expect.poll(() => cellOf(rowWith(page, '하천 산책로 정비 공사 지연'), 'department').textContent()).toBe('치수방재과');
    await page.keyboard.press('Escape');
    await panelOf(page).waitFor({ state: 'detached' });
  });

  it('반쯤 쓴 새 기록: 저장이 실패하면 양식이 열린 채 남고, 새 기록(Ctrl+N)을 다시 눌러도 지워지지 않는다', async () => {
    const { page, core } = app();
    await freshScreen(page);
    await pageOf(page).getByTestId('add-button').click();
    const panel = panelOf(page);
    await panel.getByTestId('field-title').fill('구청장 현장 소통 간담회');
    await page.keyboard.press('Control+n');
    expect(await panel.getByTestId('field-title').inputValue()).toBe('구청장 현장 소통 간담회');
    // Another page and back: the pages stay open behind the menu, so the draft is still there.
    await page.getByTestId('nav-releases').click();
    await waitForGrid(page, 'releases');
    await page.getByTestId('nav-clippings').click();
    expect(await panel.getByTestId('field-title').inputValue()).toBe('구청장 현장 소통 간담회');

    await closeToasts(page);
    await panel.getByTestId('detail-close').click();
    await discardDialog(page).getByTestId('choice-save').click();
    // 매체명 is missing: the form stays with its message, nothing is written.
    await panel.getByTestId('form-error').waitFor();
    expect(await panel.getByTestId('field-title').inputValue()).toBe('구청장 현장 소통 간담회');
    expect((await clippingsByTitle(core)).has('구청장 현장 소통 간담회')).toBe(false);

    await panel.getByTestId('detail-close').click();
    await discardDialog(page).getByTestId('choice-discard').click();
    await panel.waitFor({ state: 'detached' });
  });
});

describe('브라우저 탭을 닫거나 새로 고칠 때', () => {
  it('저장하지 않은 입력이 있으면 브라우저가 묻고, 없으면 묻지 않는다', async () => {
    const { page } = app();
    await freshScreen(page);
    await openRow(page, '하천 산책로 정비 공사 지연');
    await panelOf(page).getByTestId('field-reporter').fill('정다은');
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
    await page.evaluate(() => window.location.reload());
    expect(await asked).toBe('beforeunload');
    // Staying on the page keeps the typing.
    expect(await panelOf(page).getByTestId('field-reporter').inputValue()).toBe('정다은');

    await page.keyboard.press('Escape');
    await discardDialog(page).getByTestId('choice-discard').click();
    await panelOf(page).waitFor({ state: 'detached' });
    let dialogs = 0;
    const count = () => dialogs++;
    page.on('dialog', count);
    await freshScreen(page);
    page.off('dialog', count);
    expect(dialogs).toBe(0);
  });
});

describe('여러 건 삭제와 휴지통', () => {
  it('모두 선택 → 삭제는 건수를 묻고, 취소하면 그대로, 삭제하면 모두 지운다', async () => {
    const { page, core } = app();
    await freshScreen(page);
    const count = (await core.call('clippings.list', {})).length;
    await gridOf(page).locator('.ag-header-select-all input[type=checkbox]').check();
    await pageOf(page).getByTestId('delete-button').click();
    const dialog = page.getByTestId('delete-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`선택한 ${count}건을 삭제할까요? 삭제한 기록은 휴지통에서 되살릴 수 있습니다.`);
    await page.screenshot({ path: path.join(SHOTS, 'delete-dialog-1366.png') });
    await dialog.getByTestId('choice-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await core.call('clippings.list', {})).length).toBe(count);
    expect(await pageOf(page).getByTestId('row-count').textContent()).toContain(`전체 ${count}건`);

    await pageOf(page).getByTestId('delete-button').click();
    await page.getByTestId('delete-dialog').getByTestId('choice-ok').click();
    await toastWith(page, `${count}건을 삭제했습니다.`).waitFor();
    await expect.poll(() => pageOf(page).getByTestId('row-count').textContent()).toContain('전체 0건');
    expect(await core.call('clippings.list', {})).toEqual([]);
    await expect.poll(() => pageOf(page).getByTestId('trash-button').textContent()).toBe(`휴지통 (${count})`);
  });

  it('휴지통은 삭제한 기록을 누가 언제 지웠는지와 함께 보여 주고, 고른 기록을 되살리면 표에 돌아온다', async () => {
    const { page, core } = app();
    await closeToasts(page);
    await pageOf(page).getByTestId('trash-button').click();
    const trash = page.getByTestId('trash-dialog');
    await expect.poll(() => trash.getByTestId('trash-row').count()).toBe(BASIC_CLIPPINGS.length);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('trash-search');
    expect(await trash.getByTestId('trash-deleted-by').allTextContents()).toEqual(BASIC_CLIPPINGS.map(() => ACTOR));
    const year = new Date().getFullYear();
    for (const at of await trash.getByTestId('trash-deleted-at').allTextContents()) expect(at).toMatch(new RegExp(`^${year}\\. \\d{1,2}\\. \\d{1,2}\\. \\d{2}:\\d{2}$`));
    expect(await trash.textContent()).toContain('2024. 9. 3.');
    await page.screenshot({ path: path.join(SHOTS, 'trash-1366.png') });

    await trash.getByTestId('trash-search').fill('도서관');
    await expect.poll(() => trash.getByTestId('trash-row').count()).toBe(1);
    await trash.getByTestId('trash-search').fill('');
    await expect.poll(() => trash.getByTestId('trash-row').count()).toBe(BASIC_CLIPPINGS.length);
    await trash.getByTestId('trash-row').filter({ hasText: '도서관 야간 개방 시범 운영' }).click();
    await trash.getByTestId('trash-row').filter({ hasText: '금천구, 청년 창업 지원 확대' }).click();
    expect(await trash.getByTestId('trash-restore').textContent()).toBe('되살리기 (2)');
    await trash.getByTestId('trash-restore').click();
    await trash.waitFor({ state: 'detached' });

    await toastWith(page, '2건을 되살렸습니다.').waitFor();
    await rowWith(page, '도서관 야간 개방 시범 운영').waitFor();
    await rowWith(page, '금천구, 청년 창업 지원 확대').waitFor();
    await expect.poll(() => pageOf(page).getByTestId('row-count').textContent()).toContain('전체 2건');
    expect([...(await clippingsByTitle(core)).keys()].sort()).toEqual(['금천구, 청년 창업 지원 확대', '도서관 야간 개방 시범 운영']);
    await expect.poll(() => pageOf(page).getByTestId('trash-button').textContent()).toBe(`휴지통 (${BASIC_CLIPPINGS.length - 2})`);
  });
});

describe('Ctrl+Z', () => {
  it('고치기, 삭제, 등록을 한 뒤 Ctrl+Z를 세 번 누르면 거꾸로 하나씩 되돌아간다', async () => {
    const { page, core } = app();
    await freshScreen(page);
    // 1. An inline edit: its save is shown, with 실행 취소.
    const library = rowWith(page, '도서관 야간 개방 시범 운영');
    const before = (await clippingsByTitle(core)).get('도서관 야간 개방 시범 운영')!.department;
    await editCell(page, cellOf(library, 'department'), '평생학습과');
    await toastWith(page, '저장했습니다 · 관련부서').waitFor();
    // 2. A single record deleted with the Delete key: no question.
    await cellOf(rowWith(page, '금천구, 청년 창업 지원 확대'), 'outlet').click();
    await page.keyboard.press('Delete');
    await toastWith(page, '1건을 삭제했습니다.').waitFor();
    await rowWith(page, '금천구, 청년 창업 지원 확대').waitFor({ state: 'detached' });
    // 3. A new record through the form.
    await pageOf(page).getByTestId('add-button').click();
    const panel = panelOf(page);
    await panel.getByTestId('field-publishedOn').fill('2024-09-10');
    await panel.getByTestId('field-outlet').fill('서울신문');
    await panel.getByTestId('field-title').fill('금천구 스마트 경로당 개소');
    await closeToasts(page);
    await panel.getByTestId('save-button').click();
    await toastWith(page, '등록했습니다.').waitFor();
    await rowWith(page, '금천구 스마트 경로당 개소').waitFor();
    await panel.getByTestId('detail-close').click();
    await panel.waitFor({ state: 'detached' });

    // Ctrl+Z inside a text field is the field's own undo, not the register's: had it taken an
    // entry, the first Ctrl+Z below would not name 등록.
    await pageOf(page).getByTestId('search-input').fill('경로당');
    await pageOf(page).getByTestId('search-input').press('Control+z');
    await pageOf(page).getByTestId('search-input').fill('');
    await cellOf(library, 'outlet').click();
    await closeToasts(page);

    await page.keyboard.press('Control+z');
    await toastWith(page, '실행 취소: 언론보도 등록').waitFor();
    await rowWith(page, '금천구 스마트 경로당 개소').waitFor({ state: 'detached' });
    expect((await clippingsByTitle(core)).has('금천구 스마트 경로당 개소')).toBe(false);

    await page.keyboard.press('Control+z');
    await toastWith(page, '실행 취소: 언론보도 1건 삭제').waitFor();
    await rowWith(page, '금천구, 청년 창업 지원 확대').waitFor();

    await page.keyboard.press('Control+z');
    await toastWith(page, '실행 취소: 언론보도 관련부서 수정').waitFor();
    await expect.poll(() => cellOf(rowWith(page, '도서관 야간 개방 시범 운영'), 'department').textContent()).toBe(before);
    expect((await clippingsByTitle(core)).get('도서관 야간 개방 시범 운영')?.department).toBe(before);
  });

  it('되돌릴 수 없는 작업이면 그 이유를 한국어로 알리고, 다음 Ctrl+Z는 그 전 작업을 되돌린다', async () => {
    const { page, core } = app();
    const T = '구청장 현장 소통 간담회';
    const P = '금천구 스마트 경로당 20곳 개소';
    await core.call('clippings.create', { values: { publishedOn: '2024-09-12', outlet: '뉴시스', title: T } });
    const before = (await core.call('clippings.create', { values: { publishedOn: '2024-09-13', outlet: '뉴시스', title: P, reporter: '김하늘' } })).record;
    await freshScreen(page);
    await editCell(page, cellOf(rowWith(page, P), 'reporter'), '박지훈');
    await toastWith(page, '저장했습니다 · 기자').waitFor();
    await cellOf(rowWith(page, T), 'outlet').click();
    await page.keyboard.press('Delete');
    await rowWith(page, T).waitFor({ state: 'detached' });
    // Meanwhile the same clipping is entered again (another clerk, another PC).
    await core.call('clippings.create', { values: { publishedOn: '2024-09-12', outlet: '뉴시스', title: T } });
    await closeToasts(page);

    await page.keyboard.press('Control+z');
    await toastWith(page, '되돌리면 같은 언론보도 기록이 두 건이 되어 되돌리지 않았습니다').waitFor();
    expect((await core.call('clippings.list', {})).filter((c) => c.title === T)).toHaveLength(1);

    await page.keyboard.press('Control+z');
    await toastWith(page, '실행 취소: 언론보도 기자 수정').waitFor();
    expect((await core.call('clippings.get', { id: before.id })).reporter).toBe('김하늘');
    await expect.poll(() => cellOf(rowWith(page, P), 'reporter').textContent()).toBe('김하늘');
  });
});

describe('보도자료 표에서 바로 고치기', () => {
  it('사진 포함을 누르면 저장했다고 알리고, 실행 취소로 되돌린다', async () => {
    const { page, core } = app();
    const release = (await core.call('releases.create', { values: { distributedOn: '2024-09-01', title: '한파 쉼터 120곳 운영', hasPhoto: false } })).record;
    await page.getByTestId('nav-releases').click();
    await waitForGrid(page, 'releases');
    const box = cellOf(rowWith(page, '한파 쉼터 120곳 운영', 'title', 'releases'), 'hasPhoto').locator('input[type=checkbox]');
    await box.click();
    const toast = toastWith(page, '저장했습니다 · 사진 포함');
    await toast.waitFor();
    await expect.poll(async () => (await core.call('releases.get', { id: release.id })).hasPhoto).toBe(true);
    await toast.getByTestId('toast-undo').click();
    await expect.poll(async () => (await core.call('releases.get', { id: release.id })).hasPhoto).toBe(false);
    await expect.poll(() => box.isChecked()).toBe(false);
    await page.getByTestId('nav-clippings').click();
  });
});

describe('열린 양식과 표에서 바로 고치기', () => {
  it('열린 기록을 표에서 고치면 양식에도 새 값이 들어오고, 양식에 친 글은 남으며, 저장해도 표의 값을 되돌리지 않는다', async () => {
    const { page, core } = app();
    await core.call('clippings.create', { values: { publishedOn: '2024-09-06', outlet: '구정신문', title: '구청 소식지 가을호 발간' } });
    await freshScreen(page);
    await openRow(page, '구청 소식지 가을호 발간');
    await panelOf(page).getByTestId('field-title').fill('구청 소식지 가을호 배포');
    await editCell(page, cellOf(rowWith(page, '구청 소식지 가을호 발간'), 'outlet'), '한겨레신문');
    await expect.poll(() => panelOf(page).getByTestId('field-outlet').inputValue()).toBe('한겨레신문');
    expect(await panelOf(page).getByTestId('field-title').inputValue()).toBe('구청 소식지 가을호 배포');
    await panelOf(page).getByTestId('save-button').click();
    await toastWith(page, '저장했습니다').first().waitFor();
    const saved = (await clippingsByTitle(core)).get('구청 소식지 가을호 배포');
    expect(saved?.outlet).toBe('한겨레신문');
    await closeToasts(page);
  });
});
