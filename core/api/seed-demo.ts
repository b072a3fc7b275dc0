/**
 * Writes generated demo data (see demo/generate.ts) in one transaction, as one undoable batch.
 * Every record is marked demo before it is written (demo/demo-records.ts), so it never leaves
 * this PC by sync, not even when this PC is already logged in, and 설정 can remove it all.
 */
import { AppError } from '../../shared/api/errors.ts';
import { generateDemo, type DemoData } from '../demo/generate.ts';
import { demoRecords } from '../demo/demo-records.ts';
import { newId, stampNow } from '../records/ids.ts';
import { bulkLoad } from '../db/bulk-load.ts';
import type { Services } from './services.ts';
import { generateTrainingDemo, type TrainingDemo } from '../demo/training-demo.ts';
import { FLAT_REGISTERS, FLAT_REGISTER_NAMES, type FlatRegisterName } from '../../shared/domain/registers.ts';
import type { Stamp } from '../records/record-store.ts';
import { koreaToday } from '../training/korea-today.ts';
import { councilDemo, type CouncilDemo } from '../demo/council-demo-data.ts';
import { writeCouncilDemo } from '../demo/council-demo.ts';

export function seedDemo(s: Services, rows: number, actor: string): { clippings: number; releases: number } {
  if (s.clippings.repo.count() > 0 || s.releases.repo.count() > 0 || FLAT_REGISTER_NAMES.some((n) => s.flat[n].repo.count() > 0)) {
    throw new AppError('conflict', '이미 자료가 있어 예시 데이터를 넣지 않았습니다. 예시 데이터는 빈 데이터 폴더에만 넣을 수 있습니다.');
  }
  const today = koreaToday();
  return writeDemo(s, generateDemo({ clippings: rows }), actor, generateTrainingDemo(today), councilDemo(Number(today.slice(0, 4))));
}

/** Writes demo records, each marked demo before it is written, in one transaction and one batch. */
export function writeDemo(s: Services, demo: Pick<DemoData, 'releases' | 'clippings'>, actor: string, training?: TrainingDemo, council?: CouncilDemo): { clippings: number; releases: number } {
  const marks = demoRecords(s.db);
  const stamp = stampNow(actor);
  s.db.transaction(() => {
    const releaseIds = demo.releases.map(() => newId());
    const clippingIds = demo.clippings.map(() => newId());
    marks.mark('releases', releaseIds);
    marks.mark('clippings', clippingIds);
    demo.releases.forEach((r, i) => s.releases.repo.store.insert(r, stamp, releaseIds[i]));
    bulkLoad(s.db, () => {
      demo.clippings.forEach(({ releaseIndex, ...values }, i) => {
        s.clippings.repo.store.insert({ ...values, releaseId: releaseIndex === null ? '' : (releaseIds[releaseIndex] ?? '') }, stamp, clippingIds[i]);
      });
    });
    s.clippings.repo.fts.indexBatch(stamp.batchId);
    if (training) writeTrainingDemo(s, training, stamp);
    if (council) writeCouncilDemo(s, council, stamp);
  })();
  return { clippings: demo.clippings.length, releases: demo.releases.length };
}

/** 정보화교육 demo rows (demo/training-demo.ts), each validated by its definition and marked demo, links by index → id. */
function writeTrainingDemo(s: Services, demo: TrainingDemo, stamp: Stamp): void {
  const marks = demoRecords(s.db);
  const write = (name: FlatRegisterName, rows: readonly Record<string, unknown>[]): string[] => {
    const ids = rows.map(() => newId());
    marks.mark(name, ids);
    const schema = FLAT_REGISTERS[name].valuesSchema as unknown as { parse(v: unknown): Record<string, unknown> };
    rows.forEach((values, i) => s.flat[name].store.insert(schema.parse(values), stamp, ids[i]));
    return ids;
  };
  const venues = write('venues', demo.venues);
  const courses = write('courses', demo.courses);
  write('instructors', demo.instructors);
  const trainees = write('trainees', demo.trainees);
  const classes = write('classes', demo.classes.map((c) => ({ ...c.values, courseId: courses[c.courseIndex], venueId: venues[c.venueIndex] })));
  const sessions = write('sessions', demo.sessions.map((x) => ({ ...x.values, classId: classes[x.classIndex] })));
  const enrolments = write('enrolments', demo.enrolments.map((e) => ({ ...e.values, classId: classes[e.classIndex], traineeId: trainees[e.traineeIndex] })));
  write('attendance', demo.attendance.map((a) => ({ sessionId: sessions[a.sessionIndex], enrolmentId: enrolments[a.enrolmentIndex], mark: a.mark })));
}
