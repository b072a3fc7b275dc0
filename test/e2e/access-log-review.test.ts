/**
 * 접속기록 점검 at 1366×768: entries a screen reports through browser mode's API (an opening, a
 * reveal with its reason, an export) are listed with who, when, which PC, the masked person,
 * what and why; counts per actor; another month is empty; the month downloads as CSV.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_PREFIX, TOKEN_HEADER } from '../../shared/api/http.ts';
import { RESULTS_DIR, useApp } from './support/app.ts';

const app = useApp();

describe('접속기록 점검', () => {
  it('shows the month’s entries a screen reported, counts per person, and exports them as CSV', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    // As a screen of the app reports them: POST /api/accessLog.record with the launch token.
    const report = (body: object) =>
      page.evaluate(
        async ({ prefix, header, body }) => {
          const res = await fetch(`${prefix}accessLog.record`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [header]: sessionStorage.getItem('gudesk.token') ?? '' },
            body: JSON.stringify(body),
          });
          return (await res.json()) as { ok: boolean };
        },
        { prefix: API_PREFIX, header: TOKEN_HEADER, body },
      );
    expect(await report({ register: 'trainees', recordId: 'r1', person: '김철용', action: 'open' })).toMatchObject({ ok: true });
    expect(await report({ register: 'trainees', recordId: 'r1', person: '김철용', action: 'reveal', field: '연락처', reason: '수강 안내 전화' })).toMatchObject({ ok: true });
    expect(await report({ register: 'trainees', action: 'export', count: 42, reason: '월간 실적 보고' })).toMatchObject({ ok: true });
    // A reveal without its reason is refused, and nothing is logged.
    expect(await report({ register: 'trainees', recordId: 'r1', action: 'reveal', field: '연락처' })).toMatchObject({ ok: false });

    await page.getByTestId('nav-accessLog').click();
    const screen = page.getByTestId('access-log-page');
    await expect.poll(() => screen.getByTestId('access-log-total').textContent()).toBe('모두 3건');
    const table = screen.getByTestId('access-log-table');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const texts = await rows.allTextContents();
    expect(texts[0]).toContain('내보내기');
    expect(texts[0]).toContain('42건');
    expect(texts[0]).toContain('월간 실적 보고');
    expect(texts[1]).toContain('마스킹 해제');
    expect(texts[1]).toContain('김*용');
    expect(texts[1]).toContain('연락처');
    expect(texts[1]).toContain('수강 안내 전화');
    expect(texts[2]).toContain('열람');
    for (const t of texts) {
      expect(t).toContain('홍길동');
      expect(t).toContain(hostname());
      expect(t).not.toContain('김철용');
    }
    expect(await screen.getByTestId('access-log-actors').textContent()).toContain('홍길동 3건');

    // The table fits the window: no page-wide horizontal scroll at 1366×768.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await table.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1366);
    const dir = path.join(RESULTS_DIR, 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'access-log-review-1366.png') });

    // The month reads in Korean ('2026년 12월'); the file is named by its 'YYYY-MM'.
    const month = (await screen.getByTestId('access-log-month').getAttribute('data-month'))!;
    expect(await screen.getByTestId('access-log-month').inputValue()).toBe(`${month.slice(0, 4)}년 ${Number(month.slice(5))}월`);
    const [download] = await Promise.all([page.waitForEvent('download'), screen.getByTestId('access-log-export').click()]);
    expect(download.suggestedFilename()).toBe(`접속기록-${month}.csv`);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF일시(KST),사용자,로그인,PC,대장')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    expect(csv).toContain('수강 안내 전화');
    expect(csv).not.toContain('김철용');

    // Another month holds nothing: ◀ goes to the month before, and 2020.1 or 202001 can be typed.
    await screen.getByTestId('access-log-month-prev').click();
    await expect.poll(() => screen.getByTestId('access-log-total').textContent()).toBe('모두 0건');
    await screen.getByTestId('access-log-month').fill('2020.1');
    await expect.poll(() => screen.getByTestId('access-log-month').getAttribute('data-month')).toBe('2020-01');
    await screen.getByTestId('access-log-month').fill('202002');
    await expect.poll(() => screen.getByTestId('access-log-month').getAttribute('data-month')).toBe('2020-02');
    await screen.getByTestId('access-log-month').blur();
    expect(await screen.getByTestId('access-log-month').inputValue()).toBe('2020년 2월');
    expect(await screen.getByTestId('access-log-empty').isVisible()).toBe(true);
    await screen.getByTestId('access-log-month-next').click();
    expect(await screen.getByTestId('access-log-month').inputValue()).toBe('2020년 3월');
  });
});
