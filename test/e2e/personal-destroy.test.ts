/**
 * 파기 as an admin does it, at 1366×768: 설정 shows each personal register's 보유 기간 and how many
 * are past it; 정보화교육 › 수강생 › '파기 대상…' lists them masked, asks a reason and a
 * confirmation, and the grid then shows '(파기됨)'; 접속기록 점검 has the 파기 line with its count
 * and reason and no name. A trainee whose last class ended two years ago stays.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { cellOf, gridOf, rowWith, toastWith, waitForGrid } from './support/grid.ts';
import { expectKoreanWordsWhole } from './support/korean-wrap.ts';

const year = new Date().getFullYear();

const app = useApp({
  seed: async (core) => {
    await core.call('courses.create', { values: { name: '스마트폰 기초' } });
    const old = (await core.call('classes.create', { values: { name: '스마트폰 기초 1기', courseId: '스마트폰 기초', startOn: `${year + 1}-03-02`, endOn: `${year + 1}-03-27` } })).record;
    const recent = (await core.call('classes.create', { values: { name: '스마트폰 기초 9기', courseId: '스마트폰 기초', startOn: `${year + 1}-04-01`, endOn: `${year + 1}-04-30` } })).record;
    const kim = (await core.call('trainees.create', { values: { name: '김철용', phone: '010-1234-5678' } })).record;
    const lee = (await core.call('trainees.create', { values: { name: '이영희', phone: '010-2222-3333' } })).record;
    await core.call('enrolments.create', { values: { classId: old.id, traineeId: kim.id, appliedAt: `${year + 1}-02-20T10:00` } });
    await core.call('enrolments.create', { values: { classId: recent.id, traineeId: lee.id, appliedAt: `${year + 1}-03-20T10:00` } });
    // The classes ran long ago (김철용: 5 years) and lately (이영희: last year).
    await core.call('classes.update', { id: old.id, patch: { startOn: `${year - 5}-03-02`, endOn: `${year - 5}-03-27` } });
    await core.call('classes.update', { id: recent.id, patch: { startOn: `${year - 1}-04-01`, endOn: `${year - 1}-04-30` } });
  },
});

describe('개인정보 파기', () => {
  it('설정에서 보유 기간을 보고, 수강생 탭에서 사유를 적어 파기하면 (파기됨)이 되고 접속기록에 건수만 남는다', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-settings').click();
    const card = page.getByTestId('retention-card');
    await expect.poll(() => card.getByTestId('retention-trainees').inputValue()).toBe('3');
    expect(await card.getByTestId('retention-due-trainees').textContent()).toBe('지금 파기 대상 1명');
    expect(await card.getByTestId('retention-instructors').inputValue()).toBe('3');
    await expectKoreanWordsWhole(page, '보유 기간 카드', '[data-testid="retention-card"]');

    await page.getByTestId('nav-training').click();
    const training = page.getByTestId('page-training');
    await training.getByTestId('training-tab-trainees').click();
    await waitForGrid(page, 'trainees');
    await training.getByTestId('destroy-open').click();
    const dialog = page.getByTestId('destroy-dialog');
    await expect.poll(() => dialog.getByTestId('destroy-rows').locator('tbody tr').count()).toBe(1);
    const row = await dialog.getByTestId('destroy-rows').locator('tbody tr').textContent();
    expect(row).toContain('김*용');
    expect(row).not.toContain('김철용');
    expect(await dialog.getByTestId('destroy-summary').textContent()).toContain('이름·연락처·생년월일·주소·장애 여부');
    await dialog.getByTestId('destroy-reason').fill('보유 기간 3년 경과 (정기 파기)');
    await page.screenshot({ path: 'test-results/screenshots/personal-destroy-dialog.png' });
    await expectKoreanWordsWhole(page, '파기 대화상자', '[data-testid="destroy-dialog"]');
    await dialog.getByTestId('destroy-go').click();
    await page.getByTestId('destroy-confirm').getByRole('button', { name: '파기' }).click();
    await toastWith(page, '1명의 개인정보를 파기했습니다');

    await waitForGrid(page, 'trainees');
    await expect.poll(async () => (await gridOf(page, 'trainees').textContent()) ?? '').toContain('(파기됨)');
    const lee = rowWith(page, '이*희', 'name', 'trainees');
    expect(await cellOf(lee, 'phone').textContent()).toBe('010-2222-****');

    await page.getByTestId('nav-accessLog').click();
    const line = page.getByTestId('access-log-page').getByTestId('access-log-table').locator('tbody tr').filter({ hasText: '파기' });
    await expect.poll(() => line.count()).toBeGreaterThan(0);
    const text = (await line.first().textContent()) ?? '';
    expect(text).toContain('보유 기간 3년 경과');
    expect(text).not.toMatch(/김철용|김\*용|1234/);
  });
});
