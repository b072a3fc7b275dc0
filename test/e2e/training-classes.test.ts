/**
 * 정보화교육 at 1366×768: a trainer adds a class to a course, enrols two trainees (class and
 * trainee named as a trainer would type them), and sees both in the class's form; Korean words
 * stay whole.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { cellOf, closeToasts, gridOf, rowWith, toastWith, waitForGrid } from './support/grid.ts';
import { expectKoreanWordsWhole } from './support/korean-wrap.ts';

/** A class next year: one that has ended takes no new 수강신청 (docs/TRAINING.md). */
const Y = new Date().getFullYear() + 1;

const app = useApp({
  seed: async (core) => {
    await core.call('courses.create', { values: { name: '스마트폰 기초', subjectGroup: '스마트폰', audience: '어르신' } });
    await core.call('venues.create', { values: { name: '구청 전산교육장', kind: '구청', seats: 20 } });
    await core.call('trainees.create', { values: { name: '김예시', phone: '010-0000-0001' } });
    await core.call('trainees.create', { values: { name: '이예시', phone: '010-0000-0002' } });
  },
});

describe('정보화교육', () => {
  it('과정에 반을 만들고 두 명을 수강신청하면 반의 상세에 두 수강생이 보인다', async () => {
    const { page, core } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-training').click();
    const training = page.getByTestId('page-training');
    await waitForGrid(page, 'classes');

    await training.getByTestId('add-button').click();
    const form = training.getByTestId('detail-panel');
    await form.getByTestId('field-name').fill('스마트폰 기초 3기');
    await form.getByTestId('field-courseId').fill('스마트폰 기초');
    await form.getByTestId('field-venueId').fill('구청 전산교육장');
    await form.getByTestId('field-startOn').fill(`${Y}. 3. 2.`);
    await form.getByTestId('field-endOn').fill(`${Y}. 3. 27.`);
    await form.getByTestId('field-startsAt').fill('오후 2:00');
    await form.getByTestId('save-button').click();
    await toastWith(page, '등록했습니다.').waitFor();
    const classRow = rowWith(page, '스마트폰 기초 3기', 'name', 'classes');
    await expect.poll(() => cellOf(classRow, 'courseIdName').textContent()).toBe('스마트폰 기초');
    await form.getByTestId('detail-close').click();
    await closeToasts(page);

    await training.getByTestId('training-tab-enrolments').click();
    await waitForGrid(page, 'enrolments');
    for (const [who, at] of [['김예시', `${Y}-02-20 10:30`], ['이예시', `${Y}-02-21 09:00`]] as const) {
      await training.getByTestId('add-button').click();
      const e = training.getByTestId('detail-panel');
      await e.getByTestId('field-classId').fill('스마트폰 기초 3기');
      await e.getByTestId('field-traineeId').fill(who);
      await e.getByTestId('field-appliedAt').fill(at);
      await e.getByTestId('save-button').click();
      await toastWith(page, '등록했습니다.').waitFor();
      await e.getByTestId('detail-close').click();
      await closeToasts(page);
    }
    // The link shows the trainee masked, as the trainee's own record does (개인정보).
    expect((await core.call('enrolments.list', {})).map((r) => r.traineeIdName).sort()).toEqual(['김*시', '이*시']);

    await training.getByTestId('training-tab-classes').click();
    await waitForGrid(page, 'classes');
    await page.screenshot({ path: 'test-results/screenshots/training-classes.png' });
    await cellOf(rowWith(page, '스마트폰 기초 3기', 'name', 'classes'), 'name').click();
    await training.getByTestId('open-detail').click();
    await training.getByTestId('tab-enrolments').click();
    const roster = training.getByTestId('class-enrolments');
    await expect.poll(() => roster.getByTestId('class-enrolments-row').count()).toBe(2);
    expect(await roster.textContent()).toContain('김*시');
    expect(await roster.textContent()).toContain('이*시');
    expect(await roster.textContent()).not.toContain('김예시');
    await expectKoreanWordsWhole(page, '정보화교육 교육반 상세', '[data-testid="page-training"]');
  });

  it('수강생 명단은 가려 보이고, 내보내기는 사유를 물어 접속기록에 남긴다', async () => {
    const { page, core } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-training').click();
    const training = page.getByTestId('page-training');
    await training.getByTestId('training-tab-trainees').click();
    await waitForGrid(page, 'trainees');
    const grid = gridOf(page, 'trainees');
    await expect.poll(() => grid.textContent()).toContain('김*시');
    expect(await grid.textContent()).not.toContain('김예시');
    expect(await grid.textContent()).toContain('010-0000-****');

    await training.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-scope-all').check();
    expect(await dialog.getByTestId('export-go').isDisabled()).toBe(true);
    await dialog.getByTestId('export-reason').fill('수료자 명단 제출');
    const download = page.waitForEvent('download');
    await dialog.getByTestId('export-go').click();
    await download;
    const log = await core.call('accessLog.list', {});
    expect(log.entries.find((e) => e.action === 'export')).toMatchObject({ register: 'trainees', reason: '수료자 명단 제출' });
  });
});
