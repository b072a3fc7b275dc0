/**
 * Reading and driving a register grid (ag-grid) the way a clerk does: rows are found by what
 * they show (a title), cells by their column id, and every wait is on what appears on screen.
 * ag-grid 36 renders each row once (pinned columns are sticky cells of the same row element).
 */
import type { Locator, Page } from 'playwright-core';
import type { RegisterName } from '../../../shared/domain/register.ts';

export const gridOf = (page: Page, register: RegisterName = 'clippings'): Locator => page.getByTestId(`grid-${register}`);

/** Waits until the grid is on screen and finished loading (no loading overlay). */
export async function waitForGrid(page: Page, register: RegisterName = 'clippings'): Promise<Locator> {
  const grid = gridOf(page, register);
  await grid.locator('.ag-root').waitFor();
  await grid.locator('.ag-overlay-loading-wrapper').waitFor({ state: 'hidden' });
  return grid;
}

/** Centre-container row showing exactly this value in a column (default 제목). */
export function rowWith(page: Page, text: string, colId = 'title', register: RegisterName = 'clippings'): Locator {
  const grid = gridOf(page, register);
  return grid
    .locator('.ag-row[row-id]')
    .filter({ has: page.locator(`.ag-cell[col-id="${colId}"]`).getByText(text, { exact: true }) });
}

export function cellOf(row: Locator, colId: string): Locator {
  return row.locator(`.ag-cell[col-id="${colId}"]`);
}

export async function rowIdOf(page: Page, title: string, register: RegisterName = 'clippings'): Promise<string> {
  const row = rowWith(page, title, 'title', register);
  await row.waitFor();
  const id = await row.getAttribute('row-id');
  if (!id) throw new Error(`행 '${title}'에 row-id가 없습니다.`);
  return id;
}

/** Ticks the row's selection checkbox. */
export async function selectRow(page: Page, title: string, register: RegisterName = 'clippings'): Promise<void> {
  const id = await rowIdOf(page, title, register);
  const box = gridOf(page, register).locator(`.ag-row[row-id="${id}"] .ag-selection-checkbox input[type=checkbox]`);
  await box.check();
}

/** Values of one column over every rendered row, in display order (small grids render all). */
export async function columnValues(page: Page, colId = 'title', register: RegisterName = 'clippings'): Promise<string[]> {
  const grid = gridOf(page, register);
  return grid.locator('.ag-row[row-id]').evaluateAll(
    (rows, col) =>
      rows
        .map((r) => ({ i: Number(r.getAttribute('row-index')), t: r.querySelector(`.ag-cell[col-id="${col}"]`)?.textContent?.trim() ?? '' }))
        .sort((a, b) => a.i - b.i)
        .map((x) => x.t),
    colId,
  );
}

/** Starts editing a cell (F2, as in Excel), replaces its text and commits with Enter. */
export async function editCell(page: Page, cell: Locator, value: string): Promise<void> {
  await cell.click();
  await page.keyboard.press('F2');
  const input = cell.locator('input, textarea').first();
  await input.waitFor();
  await input.fill(value);
  await page.keyboard.press('Enter');
  await cell.locator('input, textarea').waitFor({ state: 'detached' });
}

/** A register page (언론보도 / 보도자료). Both pages stay mounted, so toolbar hooks are scoped. */
export const pageOf = (page: Page, register: RegisterName = 'clippings'): Locator => page.getByTestId(`page-${register}`);

/** The toast carrying this message (the newest one when several match). */
export const toastWith = (page: Page, text: string | RegExp): Locator => page.getByTestId('toast').filter({ hasText: text }).last();

/**
 * Closes every toast with its × button, as a clerk would. Needed before pressing 저장 in a detail
 * panel: toasts sit fixed at the bottom right, over the panel's 닫기/저장 buttons, for up to 10 s.
 */
export async function closeToasts(page: Page): Promise<void> {
  const toasts = page.getByTestId('toast');
  for (let i = 0; i < 10 && (await toasts.count()) > 0; i++) {
    // A toast may expire on its own between the count and the click.
    await toasts.first().getByRole('button', { name: '닫기' }).click({ timeout: 2_000 }).catch(() => {});
  }
}

/**
 * Closes a detail panel (`scope` holds its × or 닫기 button) as a clerk who means to drop what was typed:
 * the app asks first when the form holds unsaved typing, and 저장하지 않고 닫기 is the answer.
 */
export async function closeDetailDiscarding(page: Page, scope: Locator, button: 'detail-close' | 'cancel-button' = 'detail-close'): Promise<void> {
  const close = scope.getByTestId(button).first();
  const dialog = page.getByTestId('discard-dialog');
  await close.click();
  const never = () => new Promise<boolean>(() => {});
  const asked = await Promise.race([
    dialog.waitFor({ state: 'visible' }).then(() => true, never),
    close.waitFor({ state: 'detached' }).then(() => false, never),
  ]);
  if (!asked) return;
  await dialog.getByTestId('choice-discard').click();
  await close.waitFor({ state: 'detached' });
}
