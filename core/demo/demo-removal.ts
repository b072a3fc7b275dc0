/**
 * 설정 > 예시 데이터 모두 지우기: every live demo record (and the attachments of demo clippings)
 * is deleted in one history batch, so one 실행 취소 brings it all back. A clipping the clerk
 * entered that links to a demo 보도자료 stays and loses the link (its 보도자료 becomes empty) in
 * the same batch: a clerk who removes the examples expects none of them to be named anywhere,
 * and an empty link is what a real clipping without a release has. That unlinking is the
 * clerk's edit of their own record, so it syncs like any other. The 정보화교육 demo goes too, children
 * first: what the clerk added under a demo class (회차, 수강신청, 출석) goes with it as a class's delete
 * takes them, a clerk's class at a demo 교육장 keeps its class and loses the link, and a clerk's
 * class of a demo 교육과정 (or enrolment of a demo 수강생) refuses the removal, naming it. The
 * 구의회 보고 demo (부서 현황, 주요사업 and their rows) goes the same way, children first; what the
 * clerk added under a demo 부서 현황 or 주요사업 goes with it as its delete cascades.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { DemoRemoval, DemoSummary } from '../../shared/domain/demo.ts';
import type { Services } from '../api/services.ts';
import { stampNow } from '../records/ids.ts';
import { demoRecords } from './demo-records.ts';
import type { FlatRegisterName } from '../../shared/domain/registers.ts';
import { COUNCIL_ORDER } from './council-demo.ts';

/** The 정보화교육 registers, children before parents (a parent's refuse rule sees its demo children gone). */
const TRAINING_ORDER: readonly FlatRegisterName[] = ['attendance', 'enrolments', 'sessions', 'classes', 'courses', 'venues', 'trainees', 'instructors'];

export function demoSummary(s: Services): DemoSummary {
  const live = demoRecords(s.db).live();
  return { clippings: live.clippings.length, releases: live.releases.length, linkedByClerk: live.clerkLinks.length };
}

export function removeDemo(s: Services, actor: string): DemoRemoval {
  const demo = demoRecords(s.db);
  const stamp = stampNow(actor);
  const result = s.db.transaction(() => {
    const live = demo.live();
    const liveOf = (name: FlatRegisterName) => demo.ids(name).filter((id) => s.flat[name].store.get(id)?.deletedAt === null);
    const trainingLive = TRAINING_ORDER.reduce((n, name) => n + liveOf(name).length, 0);
    const councilLive = COUNCIL_ORDER.reduce((n, name) => n + liveOf(name).length, 0);
    const total = live.clippings.length + live.releases.length + trainingLive + councilLive;
    if (total === 0) throw new AppError('not_found', '지울 예시 데이터가 없습니다. 이미 지웠거나 처음부터 넣지 않았습니다.');
    for (const id of live.clerkLinks) s.stores.clippings.update(id, { releaseId: '' }, stamp);
    for (const id of live.attachments) s.stores.attachments.delete(id, stamp);
    for (const id of live.clippings) s.stores.clippings.delete(id, stamp);
    for (const id of live.releases) s.stores.releases.delete(id, stamp);
    let training = 0;
    let unlinked = live.clerkLinks.length;
    const demoVenues = new Set(liveOf('venues'));
    for (const cls of s.flat.classes.repo.list(false)) {
      if (demoVenues.has(String(cls.venueId)) && !demo.isDemo('classes', cls.id)) unlinked += s.flat.classes.store.update(cls.id, { venueId: '' }, stamp).length;
    }
    for (const name of TRAINING_ORDER) {
      const { store } = s.flat[name];
      const ids = liveOf(name);
      s.kernel.parents.assertDeletable(store.spec, ids);
      for (const id of ids) {
        if (!store.delete(id, stamp)) continue;
        training += 1 + s.kernel.parents.cascade(store.spec, id, stamp);
      }
    }
    let council = 0;
    for (const name of COUNCIL_ORDER) {
      const { store } = s.flat[name];
      for (const id of liveOf(name)) {
        if (!store.delete(id, stamp)) continue;
        council += 1 + s.kernel.parents.cascade(store.spec, id, stamp);
      }
    }
    return { clippings: live.clippings.length, releases: live.releases.length, unlinked, attachments: live.attachments.length, training, council };
  })();
  return {
    count: result.clippings + result.releases + result.unlinked + result.attachments + result.training + result.council,
    batchId: stamp.batchId,
    clippings: result.clippings,
    releases: result.releases,
    unlinked: result.unlinked,
    training: result.training,
    council: result.council,
  };
}
