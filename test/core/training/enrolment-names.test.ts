/**
 * A 수강신청 is named by its trainee wherever it is linked (displayVia): a trainer reading 출석
 * sees '김*용', not the enrolment's 신청일시 — masked, as the trainee's own record is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from '../temp-core.ts';
import { Y } from './next-year.ts';
import type { Core } from '../../../core/api/core-types.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore('김강사');
  core = t.core;
});
afterEach(() => t.dispose());

async function attendanceOfKim() {
  await core.call('courses.create', { values: { name: '스마트폰 기초' } });
  await core.call('classes.create', { values: { name: '스마트폰 기초 3기', courseId: '스마트폰 기초', startOn: `${Y}-03-02`, endOn: `${Y}-03-27`, capacity: 20 } });
  await core.call('trainees.create', { values: { name: '김철용', phone: '010-1234-5678' } });
  const session = (await core.call('sessions.create', { values: { classId: '스마트폰 기초 3기', heldOn: `${Y}-03-02` } })).record;
  const enrolment = (await core.call('enrolments.create', { values: { classId: '스마트폰 기초 3기', traineeId: '김철용', appliedAt: `${Y}-02-20T10:30` } })).record;
  const mark = (await core.call('attendance.create', { values: { sessionId: session.id, enrolmentId: enrolment.id, mark: '출석' } })).record;
  return { enrolment, mark };
}

describe('a link to an enrolment names its trainee', () => {
  it('shows the trainee masked in the attendance row, its list and its form', async () => {
    const { mark } = await attendanceOfKim();
    expect(mark.enrolmentIdName).toBe('김*용');
    expect((await core.call('attendance.list', {}))[0]!.enrolmentIdName).toBe('김*용');
    expect((await core.call('attendance.get', { id: mark.id })).enrolmentIdName).toBe('김*용');
    expect(JSON.stringify(await core.call('attendance.list', {}))).not.toContain('김철용');
  });

  it('still names a deleted enrolment by its trainee, marked deleted', async () => {
    const { enrolment, mark } = await attendanceOfKim();
    // Deleting the enrolment cascades to its attendance: the kept row in 휴지통 reads the same.
    await core.call('enrolments.delete', { ids: [enrolment.id] });
    const rows = await core.call('attendance.list', { includeDeleted: true });
    expect(rows.find((r) => r.id === mark.id)?.enrolmentIdName).toBe('삭제된 수강신청: 김*용');
  });
});
