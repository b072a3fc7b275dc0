/**
 * Writes the council report's demo (council-demo-data.ts) inside the seeding transaction: the
 * 부서 현황 with its rows, and the year's 주요사업 with their blocks and 소요예산, each validated by
 * its definition and marked demo before it is written (so it never syncs), linked by id.
 * Removal takes them children first (COUNCIL_ORDER), with what a clerk added under them.
 */
import type { Services } from '../api/services.ts';
import { FLAT_REGISTERS, type FlatRegisterName } from '../../shared/domain/registers.ts';
import type { Stamp } from '../records/record-store.ts';
import { newId } from '../records/ids.ts';
import type { CouncilDemo } from './council-demo-data.ts';
import { demoRecords } from './demo-records.ts';

/** The council registers, children before parents (a parent's delete would cascade them anyway). */
export const COUNCIL_ORDER: readonly FlatRegisterName[] = ['funds', 'blocks', 'projects', 'budgets', 'facilities', 'staffing', 'divisions', 'profiles'];

export function writeCouncilDemo(s: Services, demo: CouncilDemo, stamp: Stamp): void {
  const marks = demoRecords(s.db);
  const write = (name: FlatRegisterName, rows: readonly Record<string, unknown>[]): string[] => {
    const ids = rows.map(() => newId());
    marks.mark(name, ids);
    const schema = FLAT_REGISTERS[name].valuesSchema as unknown as { parse(v: unknown): Record<string, unknown> };
    rows.forEach((values, i) => s.flat[name].store.insert(schema.parse(values), stamp, ids[i]));
    return ids;
  };
  const [profileId] = write('profiles', [demo.profile]);
  const ofProfile = (rows: readonly Record<string, unknown>[]) => rows.map((r) => ({ ...r, profileId }));
  write('divisions', ofProfile(demo.divisions));
  write('staffing', ofProfile(demo.staffing));
  write('facilities', ofProfile(demo.facilities));
  write('budgets', ofProfile(demo.budgets));
  const projectIds = write('projects', demo.projects.map((p) => p.project));
  demo.projects.forEach((p, i) => {
    write('blocks', p.blocks.map((b) => ({ ...b, projectId: projectIds[i] })));
    write('funds', p.funds.map((f) => ({ ...f, projectId: projectIds[i] })));
  });
}
