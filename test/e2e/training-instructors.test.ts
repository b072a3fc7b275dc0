/**
 * 정보화교육's 강사 tab and derived values on screen: 강사 are listed masked like 수강생, and the
 * 교육반 grid shows 수강 인원 ('1/20') computed by the core.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { gridOf, waitForGrid } from './support/grid.ts';

const Y = new Date().getFullYear() + 1;

const app = useApp({
  seed: async (core) => {
    await core.call('instructors.create', { values: { name: '박지성', phone: '010-0000-9001', affiliation: '예시 교육협동조합', field: '스마트폰' } });
    await core.call('courses.create', { values: { name: '스마트폰 기초', subjectGroup: '스마트폰' } });
    await core.call('classes.create', { values: { name: '스마트폰 기초 3기', courseId: '스마트폰 기초', startOn: `${Y}-03-02`, endOn: `${Y}-03-27`, instructor: '박지성', capacity: 20 } });
    await core.call('trainees.create', { values: { name: '김예시', phone: '010-0000-0001' } });
    await core.call('enrolments.create', { values: { classId: '스마트폰 기초 3기', traineeId: '김예시', appliedAt: `${Y}-02-20T10:30` } });
  },
});

describe('정보화교육 강사 and 수강 인원', () => {
  it('강사 탭은 이름·연락처를 가려 보이고, 교육반 표는 수강 인원을 보여 준다', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-training').click();
    const training = page.getByTestId('page-training');
    await training.getByTestId('training-tab-instructors').click();
    await waitForGrid(page, 'instructors');
    const instructors = gridOf(page, 'instructors');
    await expect.poll(() => instructors.textContent()).toContain('박*성');
    expect(await instructors.textContent()).toContain('010-0000-****');
    expect(await instructors.textContent()).not.toContain('박지성');

    await training.getByTestId('training-tab-classes').click();
    await waitForGrid(page, 'classes');
    const classes = gridOf(page, 'classes');
    await expect.poll(() => classes.textContent()).toContain('1/20');
  });
});
