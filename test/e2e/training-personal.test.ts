/**
 * 정보화교육's personal data at 1366×768, as a trainer works: 마스킹 해제 of a trainee's phone from
 * the grid's right-click (reason required, then the real number in the cell, and the line with the
 * reason in 접속기록 점검), 장애 여부 (●●●) revealed from the form's 보기; in a full class's form,
 * 추가 of a 수강생 (picked masked) goes to 대기 and says so, 추가 of a 회차; 출석 rows name the
 * trainee (김*용), not the enrolment's 신청일시.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { cellOf, closeToasts, gridOf, rowWith, toastWith, waitForGrid } from './support/grid.ts';
import { expectKoreanWordsWhole } from './support/korean-wrap.ts';

/** A year to come: a class that has ended takes no new 수강신청. */
const Y = new Date().getFullYear() + 1;

const app = useApp({
  seed: async (core) => {
    await core.call('courses.create', { values: { name: '스마트폰 기초' } });
    await core.call('classes.create', { values: { name: '스마트폰 기초 3기', courseId: '스마트폰 기초', startOn: `${Y}-03-02`, endOn: `${Y}-03-27`, capacity: 1 } });
    await core.call('trainees.create', { values: { name: '김철용', phone: '010-1234-5678', disability: true } });
    await core.call('trainees.create', { values: { name: '이영희', phone: '010-2222-3333' } });
    const session = (await core.call('sessions.create', { values: { classId: '스마트폰 기초 3기', heldOn: `${Y}-03-02` } })).record;
    const enrolment = (await core.call('enrolments.create', { values: { classId: '스마트폰 기초 3기', traineeId: '김철용', appliedAt: `${Y}-02-20T10:30` } })).record;
    await core.call('attendance.create', { values: { sessionId: session.id, enrolmentId: enrolment.id, mark: '출석' } });
  },
});

describe('정보화교육 개인정보 화면', () => {
  it('표의 오른쪽 클릭으로 연락처를 사유와 함께 드러내고, 접속기록 점검에서 그 사유를 본다', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-training').click();
    const training = page.getByTestId('page-training');
    await training.getByTestId('training-tab-trainees').click();
    await waitForGrid(page, 'trainees');
    const kim = rowWith(page, '김*용', 'name', 'trainees');
    await expect.poll(() => cellOf(kim, 'phone').textContent()).toBe('010-1234-****');

    await cellOf(kim, 'phone').click({ button: 'right' });
    await page.getByTestId('grid-menu-reveal').click();
    const dialog = page.getByTestId('reveal-dialog');
    expect(await dialog.getByTestId('reveal-what').textContent()).toBe('김*용님의 연락처');
    // No reason: the button stays disabled and the hint says why.
    expect(await dialog.getByTestId('reveal-go').isDisabled()).toBe(true);
    expect(await dialog.getByTestId('reveal-hint').textContent()).toContain('사유를 적어야');
    await dialog.getByTestId('reveal-reason-pick').filter({ hasText: '수강생 연락' }).click();
    await page.screenshot({ path: 'test-results/screenshots/training-reveal-dialog.png' });
    await expectKoreanWordsWhole(page, '마스킹 해제 대화상자', '[data-testid="reveal-dialog"]');
    await dialog.getByTestId('reveal-go').click();
    await expect.poll(() => cellOf(kim, 'phone').textContent()).toBe('010-1234-5678');
    // The real number is kept nowhere but the grid's row.
    const kept = await page.evaluate(() => JSON.stringify({ url: location.href, local: { ...localStorage }, session: { ...sessionStorage } }));
    expect(kept).not.toContain('5678');

    await page.getByTestId('nav-accessLog').click();
    const log = page.getByTestId('access-log-page');
    const line = log.getByTestId('access-log-table').locator('tbody tr').filter({ hasText: '마스킹 해제' });
    await expect.poll(() => line.count()).toBe(1);
    const text = await line.textContent();
    for (const part of ['김*용', '연락처', '수강생 연락', '수강생']) expect(text).toContain(part);
    expect(text).not.toContain('김철용');
  });

  it('양식의 보기로 장애 여부(●●●)를 드러내고, 저장해도 가려진 값이 원래 값을 덮지 않는다', async () => {
    const { page, core } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-training').click();
    const training = page.getByTestId('page-training');
    await training.getByTestId('training-tab-trainees').click();
    await waitForGrid(page, 'trainees');
    await cellOf(rowWith(page, '김*용', 'name', 'trainees'), 'name').click();
    await training.getByTestId('open-detail').click();
    const form = training.getByTestId('detail-panel');
    expect(await form.getByTestId('field-disability').inputValue()).toBe('●●●');
    expect(await form.getByTestId('field-phone').inputValue()).toBe('010-1234-****');

    // Saving with the values still masked changes nothing stored.
    await form.getByTestId('field-consentOn').fill(`${Y}. 2. 1.`);
    await form.getByTestId('save-button').click();
    await toastWith(page, '저장했습니다.').waitFor();
    const stored = (await core.call('trainees.list', {})).find((t) => t.name === '김*용')!;
    expect(stored).toMatchObject({ consentOn: `${Y}-02-01`, disability: '●●●', phone: '010-1234-****' });
    expect(await core.call('personal.reveal', { register: 'trainees', id: stored.id, field: 'disability', reason: '시험 확인' })).toEqual({ value: true });
    await closeToasts(page);

    // Esc closes the question only; the form stays open and the value stays hidden.
    await form.getByTestId('reveal-disability').click();
    await page.getByTestId('reveal-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('reveal-dialog').waitFor({ state: 'detached' });
    expect(await form.getByTestId('field-disability').inputValue()).toBe('●●●');

    await form.getByTestId('reveal-disability').click();
    const dialog = page.getByTestId('reveal-dialog');
    expect(await dialog.getByTestId('reveal-what').textContent()).toBe('김*용님의 장애 여부');
    await dialog.getByTestId('reveal-reason').fill('출석 확인');
    await dialog.getByTestId('reveal-go').click();
    await expect.poll(() => form.getByTestId('field-disability').isChecked()).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/training-reveal-form.png' });
    await expectKoreanWordsWhole(page, '수강생 양식 (보기)', '[data-testid="detail-panel"]');
    const log = await core.call('accessLog.list', {});
    expect(log.entries.find((e) => e.action === 'reveal' && e.reason === '출석 확인')).toMatchObject({ field: '장애 여부', person: '김*용' });
  });

  it('반의 수강생·회차 탭에서 추가하면 정원이 찬 반은 대기로 등록했다고 알리고, 출석은 수강생 이름으로 보인다', async () => {
    const { page, core } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-training').click();
    const training = page.getByTestId('page-training');
    await training.getByTestId('training-tab-classes').click();
    await waitForGrid(page, 'classes');
    await cellOf(rowWith(page, '스마트폰 기초 3기', 'name', 'classes'), 'name').click();
    await training.getByTestId('open-detail').click();
    const form = training.getByTestId('detail-panel');

    await form.getByTestId('tab-enrolments').click();
    const roster = form.getByTestId('class-enrolments');
    await expect.poll(() => roster.getByTestId('class-enrolments-row').count()).toBe(1);
    expect(await roster.textContent()).toContain('김*용');
    await form.getByTestId('class-enrolments-add').click();
    const add = page.getByTestId('child-add-dialog');
    const picker = add.getByTestId('field-traineeId');
    await expect.poll(() => picker.locator('option').allTextContents()).toContain('이*희 · 010-2222-****');
    expect((await picker.locator('option').allTextContents()).join()).not.toContain('이영희');
    await picker.selectOption({ label: '이*희 · 010-2222-****' });
    await page.screenshot({ path: 'test-results/screenshots/training-child-add.png' });
    await expectKoreanWordsWhole(page, '수강신청 추가 대화상자', '[data-testid="child-add-dialog"]');
    await add.getByTestId('child-add-save').click();
    await toastWith(page, '정원 1명이 모두 차서 대기 1번으로 신청했습니다.').waitFor();
    await expect.poll(() => roster.getByTestId('class-enrolments-row').count()).toBe(2);
    expect(await roster.textContent()).toContain('이*희');
    expect(await roster.textContent()).toContain('대기');
    expect((await core.call('enrolments.list', {})).map((e) => e.status).sort()).toEqual(['대기', '수강']);

    await form.getByTestId('tab-sessions').click();
    await form.getByTestId('class-sessions-add').click();
    await add.getByTestId('field-heldOn').fill(`${Y}. 3. 9.`);
    await add.getByTestId('field-topic').fill('카카오톡 사진 보내기');
    await add.getByTestId('child-add-save').click();
    await expect.poll(() => form.getByTestId('class-sessions-row').count()).toBe(2);
    expect(await form.getByTestId('class-sessions').textContent()).toContain('카카오톡 사진 보내기');

    await form.getByTestId('tab-attendance').click();
    const marks = form.getByTestId('class-attendance');
    await expect.poll(() => marks.getByTestId('class-attendance-row').count()).toBe(1);
    expect(await marks.textContent()).toContain('김*용');
    expect(await marks.textContent()).not.toContain(`${Y}. 2. 20.`);
    expect(await marks.textContent()).toContain(`${Y}. 3. 2.`); // the 회차, as dates read elsewhere
    await page.screenshot({ path: 'test-results/screenshots/training-attendance-names.png' });
    expect(await gridOf(page, 'classes').isVisible()).toBe(true);
  });
});
