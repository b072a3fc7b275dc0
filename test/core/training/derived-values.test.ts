/**
 * 정보화교육's derived values as a trainer reads them (docs/TRAINING.md): 대기 순번 by 신청일시, 출석률
 * over the sessions held so far and 수료 가능 by the course's 수료 기준 on 수강신청; 수강 인원 '12/20'
 * on 교육반. They are computed when read — one query per page however long the list — and are in
 * no synced change, export or import, and cannot be written.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../core/api/core.ts';
import type { Core } from '../../../core/api/core-types.ts';
import { openTempCore, type TempCore } from '../temp-core.ts';
import { Y } from './next-year.ts';
import { syncWorld } from '../sync/sync-fixture.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore('김강사');
  core = t.core;
});
afterEach(() => {
  vi.restoreAllMocks();
  t.dispose();
});

type Row = Record<string, unknown>;
const enrolmentsOf = async () => Object.fromEntries(((await core.call('enrolments.list', {})) as unknown as Row[]).map((e) => [String(e.traineeIdName), e]));

async function smallClass(passRate = 80) {
  await core.call('courses.create', { values: { name: '스마트폰 기초', passRate } });
  // Begun last year, runs until next year: two sessions held, one still to come.
  const cls = (await core.call('classes.create', { values: { name: '스마트폰 기초 3기', courseId: '스마트폰 기초', startOn: '2024-09-02', endOn: `${Y}-12-31`, capacity: 1 } })).record;
  const held = [(await core.call('sessions.create', { values: { classId: cls.id, heldOn: '2024-09-02' } })).record, (await core.call('sessions.create', { values: { classId: cls.id, heldOn: '2024-09-04' } })).record];
  const later = (await core.call('sessions.create', { values: { classId: cls.id, heldOn: `${Y}-09-02` } })).record;
  const names = ['김가연', '이나연', '박다연'];
  for (const [i, name] of names.entries()) {
    const trainee = (await core.call('trainees.create', { values: { name, phone: `010-0000-000${i}` } })).record;
    // 김가연 typed first takes the seat; applied in reverse order, 박다연 waits before 이나연 (신청일시, not typing).
    await core.call('enrolments.create', { values: { classId: cls.id, traineeId: trainee.id, appliedAt: `2024-08-2${5 - i}T10:00` } });
  }
  return { cls, held, later };
}

describe('derived values', () => {
  it('대기 순번, 출석률, 수료 가능 and 수강 인원, as the grid and form show them', async () => {
    const { cls, held, later } = await smallClass();
    let rows = await enrolmentsOf();
    expect(rows['김*연']).toMatchObject({ status: '수강', waitingNo: null, attendanceRate: 0, canComplete: '아니요' });
    expect([rows['박*연']!.waitingNo, rows['이*연']!.waitingNo]).toEqual([1, 2]);
    expect((await core.call('classes.get', { id: cls.id })).seatsTaken).toBe('1/1');

    const seated = String(rows['김*연']!.id);
    await core.call('attendance.create', { values: { sessionId: held[0]!.id, enrolmentId: seated, mark: '지각' } });
    await core.call('attendance.create', { values: { sessionId: held[1]!.id, enrolmentId: seated, mark: '결석' } });
    // A mark at a session not yet held does not count (held sessions only).
    await core.call('attendance.create', { values: { sessionId: later.id, enrolmentId: seated, mark: '출석' } });
    rows = await enrolmentsOf();
    expect(rows['김*연']).toMatchObject({ attendanceRate: 50, canComplete: '아니요' });
    await core.call('attendance.update', { id: (await core.call('attendance.list', {})).find((a) => a.mark === '결석')!.id, patch: { mark: '공결' } });
    expect((await core.call('enrolments.get', { id: seated })) as unknown as Row).toMatchObject({ attendanceRate: 100, canComplete: '예' });

    // Cancelling the seated one promotes 대기 1 (정원 rule): the list renumbers.
    await core.call('enrolments.update', { id: seated, patch: { status: '취소' } });
    rows = await enrolmentsOf();
    expect([rows['박*연']!.status, rows['박*연']!.waitingNo, rows['이*연']!.waitingNo]).toEqual(['수강', null, 1]);
    expect((await core.call('classes.page', {})).rows[0]).toContain('1/1');
  });

  it('uses the course’s 수료 기준, and says nothing of 수료 before any session is held', async () => {
    await core.call('courses.create', { values: { name: '키오스크 체험', passRate: 50 } });
    const cls = (await core.call('classes.create', { values: { name: '키오스크 체험 9월', courseId: '키오스크 체험', startOn: `${Y}-09-02` } })).record;
    const trainee = (await core.call('trainees.create', { values: { name: '최라연' } })).record;
    const e = (await core.call('enrolments.create', { values: { classId: cls.id, traineeId: trainee.id, appliedAt: `${Y}-08-20T10:00` } })).record as unknown as Row;
    expect(e).toMatchObject({ attendanceRate: null, canComplete: '', waitingNo: null });
  });

  it('are in no synced change', async () => {
    const world = await syncWorld();
    try {
      await world.addUser('kim');
      core = await world.loggedInPc('kim');
      await smallClass();
      const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
      try {
        const changes = db.prepare<[], string>('SELECT change FROM sync_outbox').pluck().all().join('\n');
        expect(changes).toContain('appliedAt');
        expect(changes).not.toMatch(/waitingNo|attendanceRate|canComplete|seatsTaken/);
      } finally {
        db.close();
      }
    } finally {
      core = t.core;
      await world.close();
    }
  });

  it('are in no export and no import, and cannot be written', async () => {
    const { cls } = await smallClass();
    const file = await core.call('enrolments.export', { format: 'csv' });
    const text = Buffer.from(file.data, 'base64').toString('utf8');
    expect(text).not.toMatch(/대기 순번|출석률|수료 가능/);
    const classes = Buffer.from((await core.call('classes.export', { format: 'csv' })).data, 'base64').toString('utf8');
    expect(classes).not.toContain('수강 인원');

    const e = (await core.call('enrolments.list', {}))[0]!;
    expect(await core.invoke('enrolments.update', { id: e.id, patch: { waitingNo: 9 } as never })).toMatchObject({ ok: false });
    const before = ((await core.call('classes.get', { id: cls.id })) as unknown as Row).seatsTaken;
    // A 수강 인원 column in an imported file is not a field: it is left out, not stored.
    const csv = `\uFEFF반 이름,교육과정,시작일,수강 인원\n스마트폰 기초 4기,스마트폰 기초,${Y}-03-02,99/99\n`;
    const report = await core.call('classes.importCommit', { fileName: 'classes.csv', data: Buffer.from(csv).toString('base64') });
    expect(report).toMatchObject({ toAdd: 1, rejected: [] });
    const added = (await core.call('classes.list', {})).find((c) => c.name === '스마트폰 기초 4기') as unknown as Row;
    expect([added.seatsTaken, ((await core.call('classes.get', { id: cls.id })) as unknown as Row).seatsTaken]).toEqual(['0/20', before]);
  });

  it('cost one query per value for a 10,000-enrolment list, not one per row', async () => {
    const { cls } = await smallClass();
    // 10,000 more 대기 enrolments written straight to the file (the rules are not what is measured).
    const db = new Database(path.join(t.dir, DATABASE_FILE));
    try {
      const trainee = db.prepare("INSERT INTO trainees (id, name, created_at, created_by, updated_at, updated_by) VALUES (?, ?, 'x', 'x', 'x', 'x')");
      const enrol = db.prepare("INSERT INTO enrolments (id, class_id, trainee_id, applied_at, status, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, '대기', 'x', 'x', 'x', 'x')");
      db.transaction(() => {
        for (let i = 0; i < 10_000; i++) {
          trainee.run(`t${i}`, `수강생${i}`);
          enrol.run(`e${String(i).padStart(5, '0')}`, cls.id, `t${i}`, `2024-08-30T${String(10 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`);
        }
      })();
    } finally {
      db.close();
    }
    const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as { all: (...a: unknown[]) => unknown };
    const sources: string[] = [];
    const all = proto.all;
    vi.spyOn(proto, 'all').mockImplementation(function (this: { source: string }, ...args: unknown[]) {
      sources.push(this.source);
      return all.apply(this, args);
    });
    const started = Date.now();
    const list = (await core.call('enrolments.list', {})) as unknown as Row[];
    const took = Date.now() - started;
    expect(list).toHaveLength(10_003);
    expect(list.filter((e) => e.status === '대기').map((e) => e.waitingNo).sort((a, b) => Number(a) - Number(b)).slice(-1)).toEqual([10_002]);
    const derivedQueries = sources.filter((s) => /row_number\(\) OVER|json_group_array\(a\.mark\)/.test(s));
    expect(derivedQueries).toHaveLength(2);
    expect(took).toBeLessThan(10_000);
  });
});
