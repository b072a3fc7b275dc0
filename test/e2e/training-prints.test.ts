/**
 * A trainer prints from the class form: the 출석부 (names masked or real), the 수료증 (real name) and
 * the 명단, each only after writing a reason (logged), read back from the downloaded PDFs; printing
 * the 수강생 list asks the reason first.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { printFixture } from '../core/print/training-fixture.ts';
import { useApp } from './support/app.ts';
import { cellOf, closeToasts, rowWith, toastWith, waitForGrid } from './support/grid.ts';

let fixture: Awaited<ReturnType<typeof printFixture>>;
const app = useApp({
  seed: async (core) => {
    fixture = await printFixture(core);
    await core.call('enrolments.update', { id: fixture.enrolments['김철용'], patch: { status: '수료' } });
  },
});

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('정보화교육 인쇄', () => {
  it('교육반 양식에서 출석부(가린 이름)와 수료증(사유를 적고 실명)을 PDF로 받는다', async () => {
    const { page, core } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('nav-training').click();
    const training = page.getByTestId('page-training');
    await waitForGrid(page, 'classes');
    await cellOf(rowWith(page, '스마트폰 기초 3기', 'name', 'classes'), 'name').click();
    await training.getByTestId('open-detail').click();
    const prints = training.getByTestId('class-prints');
    await prints.waitFor();

    await prints.getByTestId('print-attendance').click();
    const dialog = page.getByTestId('print-reason-dialog');
    // Masked, too, the 출석부 tells who is in the class: the reason is asked all the same.
    expect(await dialog.getByTestId('print-go').isDisabled()).toBe(true);
    await dialog.getByTestId('print-reason').fill('교육장 출석 확인');
    const [attendance] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('print-go').click()]);
    expect(attendance.suggestedFilename()).toBe('스마트폰 기초 3기_출석부.pdf');
    const a = pdfText((await attendance.path())!);
    expect(a).toContain('스마트폰 기초 3기 출석부');
    expect(a).toContain('김*용');
    expect(a).not.toContain('김철용');
    await toastWith(page, '출석부').waitFor();
    expect((await core.call('accessLog.list', { action: 'print' })).entries[0]).toMatchObject({ field: '출석부 (스마트폰 기초 3기)', reason: '교육장 출석 확인', count: 3 });
    await closeToasts(page);

    // '실명으로 인쇄': the reason appears and is required; the print is logged.
    await prints.getByTestId('print-attendance').click();
    await dialog.getByTestId('print-real-names').check();
    expect(await dialog.getByTestId('print-go').isDisabled()).toBe(true);
    await dialog.getByTestId('print-reason').fill('출석 서명');
    const [real] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('print-go').click()]);
    expect(real.suggestedFilename()).toBe('스마트폰 기초 3기_출석부_실명.pdf');
    expect(pdfText((await real.path())!)).toContain('김철용');
    expect((await core.call('accessLog.list', { action: 'print' })).entries[0]).toMatchObject({ field: '출석부 실명 (스마트폰 기초 3기)', reason: '출석 서명', count: 3 });
    await closeToasts(page);

    await prints.getByTestId('print-certificates').click();
    expect(await dialog.getByTestId('print-go').isDisabled()).toBe(true);
    await dialog.getByTestId('print-reason').fill('수료식 배부');
    const [cert] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('print-go').click()]);
    expect(cert.suggestedFilename()).toBe('스마트폰 기초 3기_수료증.pdf');
    const c = pdfText((await cert.path())!);
    expect(c).toContain('수 료 증');
    expect(c).toContain('김철용');
    expect(c).toContain('2024. 9. 27.');
    await page.screenshot({ path: 'test-results/screenshots/training-prints.png' });
    const log = await core.call('accessLog.list', { action: 'print' });
    expect(log.entries[0]).toMatchObject({ register: 'trainees', reason: '수료식 배부', count: 1 });
    await closeToasts(page);

    await prints.getByTestId('print-roster').click();
    expect(await dialog.getByTestId('print-go').isDisabled()).toBe(true);
    await dialog.getByTestId('print-reason').fill('교육 안내 전화');
    const [roster] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('print-go').click()]);
    expect(roster.suggestedFilename()).toBe('스마트폰 기초 3기_수강생 명단.pdf');
    expect(pdfText((await roster.path())!)).not.toContain('김철용');
    expect((await core.call('accessLog.list', { action: 'print' })).entries[0]).toMatchObject({ register: 'trainees', field: '수강생 명단 (스마트폰 기초 3기)', reason: '교육 안내 전화', count: 3 });
    await closeToasts(page);
  });

  it('수강생 목록 인쇄는 사유를 먼저 묻고, 가린 이름으로 인쇄해 접속기록에 남긴다', async () => {
    const { page, core } = app();
    const training = page.getByTestId('page-training');
    if (await training.getByTestId('detail-close').count()) await training.getByTestId('detail-close').click();
    await training.getByTestId('training-tab-trainees').click();
    await waitForGrid(page, 'trainees');
    await training.getByTestId('print-button').click();
    const dialog = page.getByTestId('print-reason-dialog');
    expect(await dialog.getByTestId('print-go').isDisabled()).toBe(true);
    await dialog.getByTestId('print-reason').fill('교육 안내 전화');
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('print-go').click()]);
    const text = pdfText((await file.path())!);
    expect(text).toContain('남궁*수');
    expect(text).not.toContain('남궁민수');
    const log = await core.call('accessLog.list', { action: 'print' });
    expect(log.entries[0]).toMatchObject({ register: 'trainees', reason: '교육 안내 전화', count: 3 });
  });
});
