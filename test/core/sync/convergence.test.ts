/**
 * Property-based convergence test of offline sync (issue 3, "Proof"). Several PCs — each the real
 * core on its own SQLite file — and the real server, over a simulated network that drops requests
 * and replies, duplicates, delays and reorders them; PCs die at every step of a sync and inside a
 * write's transaction, clocks are skewed by minutes (sometimes beyond what the server accepts),
 * time passes so tokens expire. Two teams; releases and the personal registers are team-scoped; one PC is an
 * admin's (sees every team, 파기 erases there). After healing, the
 * invariants of convergence-check.ts must hold.
 *
 * Profiles:
 *   npx vitest run test/core/sync/convergence.test.ts
 *       fast (CI): fixed seeds, a few runs of short scenarios, well under a minute.
 *   GUDESK_SYNC_LONG=1 npx vitest run test/core/sync/convergence.test.ts
 *       long: many longer runs from a random seed (printed; GUDESK_SYNC_SEED=n repeats one),
 *       GUDESK_SYNC_RUNS=n to change how many, GUDESK_SYNC_SHRINK=1 to shrink a counterexample (slow),
 *       GUDESK_SYNC_REPLAY=file.json to play one counterexample again (same profile).
 * A failure prints the seed, the scenario and the network's statistics.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkAccessLogDelivered, checkConverged } from './convergence-check.ts';
import { checkErased, type ErasureStats } from './convergence-erased.ts';
import { Runner, type RunStats } from './convergence-runner.ts';
import { scenarioArb, type Action, type Scenario } from './convergence-scenario.ts';
import { buildTemplate, pcSpecs, World, type Template } from './convergence-world.ts';

const LONG = process.env.GUDESK_SYNC_LONG === '1';
const PCS = LONG ? 5 : 4;
const RUNS = Number(process.env.GUDESK_SYNC_RUNS ?? (LONG ? 200 : 40));
const MAX_ACTIONS = LONG ? 60 : 40;
const FAST_SEEDS = [20240902, 3, 1588, 77];

let template: Template;
const totals: Record<string, number> = {};
/** 파기s the generated runs made (the named scenarios' not counted): the erasure checks must not be vacuous. */
let generatedErasures = 0;
beforeAll(async () => {
  template = await buildTemplate(pcSpecs(PCS));
  // The core logs unexpected errors; the simulated crashes are expected.
  const log = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!args.some((a) => /simulated crash/.test(String(a)))) log(...args);
  });
}, 60_000);
afterAll(() => {
  vi.restoreAllMocks();
  template?.remove();
  console.log(`[convergence] totals: ${JSON.stringify(totals)}`);
});

function count(stats: object): void {
  for (const [k, v] of Object.entries(stats)) if (typeof v === 'number') totals[k] = (totals[k] ?? 0) + v;
}

async function runScenario(s: Scenario): Promise<RunStats & ErasureStats> {
  const world = await World.open(template);
  const runner = new Runner(world);
  try {
    await runner.play(s);
    await runner.heal();
    await checkConverged(world);
    checkAccessLogDelivered(world, runner.accessLog);
    const erased = checkErased(world, runner.destroyLog);
    count(erased);
    count({ runs: 1, ...runner.stats });
    for (const p of world.pcs) count(p.net.stats);
    return { ...runner.stats, ...erased };
  } catch (err) {
    const net = world.pcs.map((p) => `${p.name} ${JSON.stringify(p.net.stats)}`).join('\n  ');
    throw new Error(`${err instanceof Error ? err.message : String(err)}\nrun: ${JSON.stringify(runner.stats)}\nnetwork:\n  ${net}`, { cause: err });
  } finally {
    await world.close();
  }
}

function seeds(): number[] {
  if (process.env.GUDESK_SYNC_REPLAY) return [];
  if (process.env.GUDESK_SYNC_SEED) return [Number(process.env.GUDESK_SYNC_SEED)];
  if (!LONG) return FAST_SEEDS;
  const seed = Math.floor(Math.random() * 0x7fffffff);
  console.log(`[convergence] long profile: seed ${seed}, ${RUNS} runs of up to ${MAX_ACTIONS} actions on ${PCS} PCs (repeat: GUDESK_SYNC_SEED=${seed})`);
  return [seed];
}

describe('PCs working offline over a bad network', () => {
  // GUDESK_SYNC_REPLAY=file.json plays one scenario (a counterexample a failure printed).
  const replay = process.env.GUDESK_SYNC_REPLAY;
  if (replay) it(`replays ${replay}`, () => runScenario(JSON.parse(readFileSync(replay, 'utf8')) as Scenario), 600_000);
  it('refuses a PC whose clock is 20 minutes off, in Korean with both times, and loses none of its edits', async () => {
    const perfect = { drop: 0, dropReply: 0, duplicate: 0, delayMs: 0 };
    const actions: Action[] = [
      { kind: 'skew', pc: 0, minutes: 20 },
      { kind: 'create', pc: 0, register: 'clippings', withSummary: true },
      { kind: 'edit', pc: 0, register: 'clippings', target: 0, what: 'both', pick: 1 },
      { kind: 'edit', pc: 1, register: 'clippings', target: 0, what: 'summary', pick: 2 },
      { kind: 'sync', pcs: [0, 1], faults: perfect, seed: 1 },
      { kind: 'skew', pc: 2, minutes: -17 },
      { kind: 'delete', pc: 2, register: 'releases', target: 0 },
      { kind: 'sync', pcs: [2], faults: perfect, seed: 2 },
    ];
    const stats = await runScenario({ pcs: PCS, skews: Array.from({ length: PCS }, () => 0), actions });
    expect(stats.clockRefusals).toBe(2);
  }, 60_000);

  it('attachments of clippings and releases reach every PC whole, also when a PC dies mid-sync and another deletes one meanwhile', async () => {
    const flaky = { drop: 0.3, dropReply: 0.3, duplicate: 0.5, delayMs: 3 };
    const actions: Action[] = [
      { kind: 'create', pc: 0, register: 'clippings', withSummary: false },
      { kind: 'attach', pc: 0, target: 0, file: 1 },
      { kind: 'attach', pc: 0, target: 0, file: 2 },
      { kind: 'crashInSync', pc: 0, step: 'push-replied', faults: flaky, seed: 5 },
      { kind: 'sync', pcs: [0, 1, 2], faults: flaky, seed: 6 },
      { kind: 'sync', pcs: [1], faults: { drop: 0, dropReply: 0, duplicate: 0, delayMs: 0 }, seed: 7 },
      { kind: 'detach', pc: 1, target: 0 },
      // The same scan again, on another PC and clipping: one file on the server, on every PC.
      { kind: 'create', pc: 2, register: 'clippings', withSummary: false },
      { kind: 'attach', pc: 2, target: 1, file: 2 },
      // A release carries its own file: made on one PC, attached on another, read on the third.
      { kind: 'create', pc: 1, register: 'releases', withSummary: false },
      { kind: 'sync', pcs: [1, 2], faults: flaky, seed: 9 },
      { kind: 'attach', pc: 2, target: 0, file: 3, owner: 'releases' },
      { kind: 'crashInSync', pc: 2, step: 'pull-applying', faults: flaky, seed: 8 },
    ];
    const stats = await runScenario({ pcs: PCS, skews: Array.from({ length: PCS }, () => 0), actions });
    expect(stats.attached).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('예시 데이터 seeded on a PC that syncs stays there, also when edited, given a scan, linked to by a real clipping, and copied with its folder', async () => {
    const flaky = { drop: 0.3, dropReply: 0.3, duplicate: 0.5, delayMs: 3 };
    const actions: Action[] = [
      { kind: 'create', pc: 0, register: 'clippings', withSummary: true },
      { kind: 'sync', pcs: [0, 1], faults: flaky, seed: 11 },
      { kind: 'seedDemoOnPc', pc: 0, link: true, attach: true, target: 1 },
      { kind: 'edit', pc: 0, register: 'releases', target: 0, what: 'fields', pick: 1 },
      { kind: 'crashInSync', pc: 0, step: 'push-acked', faults: flaky, seed: 12 },
      { kind: 'delete', pc: 0, register: 'clippings', target: 2 },
      { kind: 'sync', pcs: [0, 1, 2], faults: flaky, seed: 13 },
      { kind: 'seedDemoOnPc', pc: 2, link: false, attach: false, target: 0 },
      { kind: 'shareDevice', from: 0, to: 2 },
      { kind: 'link', pc: 1, target: 0, release: 0, unlink: true },
    ];
    const stats = await runScenario({ pcs: PCS, skews: Array.from({ length: PCS }, () => 0), actions });
    expect(stats.demoSeeds).toBe(2);
  }, 60_000);

  it('an admin 파기s 수강생 while members edit their phones offline, before and after: no old value comes back or stays anywhere', async () => {
    const flaky = { drop: 0.3, dropReply: 0.3, duplicate: 0.5, delayMs: 3 };
    const admin = PCS - 1;
    // The three seeded 수강생 (PC0's team, 수강생 being team-scoped) are on PC0, PC1 and the admin's PC; target n
    // names the same one on each (by id, none deleted yet).
    const training = (pc: number, op: 'editTrainee' | 'destroyTrainee' | 'deleteTrainee', target: number, pick = 0): Action => ({ kind: 'training', pc, op, target, pick });
    const actions: Action[] = [
      // A member changes the phone offline (stamped before the 파기), the admin erases, both sync.
      training(1, 'editTrainee', 0, 3),
      training(admin, 'destroyTrainee', 0),
      { kind: 'sync', pcs: [admin, 1], faults: flaky, seed: 21 },
      // The admin erases first; a member who has not pulled it yet changes the phone after (a later stamp).
      training(admin, 'destroyTrainee', 1),
      { kind: 'time', minutes: 2 },
      training(0, 'editTrainee', 1, 6),
      training(1, 'editTrainee', 1, 9),
      { kind: 'sync', pcs: [0], faults: flaky, seed: 22 },
      { kind: 'sync', pcs: [admin, 1], faults: flaky, seed: 23 },
      // A 수강생 in the trash is erased as well; a member's own 파기 order is refused.
      training(0, 'deleteTrainee', 2),
      { kind: 'sync', pcs: [0, admin], faults: flaky, seed: 24 },
      training(1, 'destroyTrainee', 2),
      training(admin, 'destroyTrainee', 2),
      training(1, 'editTrainee', 2, 12),
    ];
    const stats = await runScenario({ pcs: PCS, skews: Array.from({ length: PCS }, () => 0), actions });
    expect(stats.erasures).toBe(3);
    expect({ erasedRecords: stats.erasedRecords, writesAfterErasure: stats.writesAfterErasure }).toEqual({ erasedRecords: 3, writesAfterErasure: 3 });
  }, 60_000);

  for (const seed of seeds()) {
    it(`all end up with the server's data, no acknowledged edit lost, no deleted record back, nothing outside their team (seed ${seed})`, async () => {
      await fc.assert(fc.asyncProperty(scenarioArb(PCS, MAX_ACTIONS), async (s) => void (generatedErasures += (await runScenario(s)).erasures)), {
        seed,
        numRuns: LONG ? RUNS : Math.ceil(RUNS / FAST_SEEDS.length),
        // Shrinking replays whole worlds and is slow; on request (GUDESK_SYNC_SHRINK=1) only.
        endOnFailure: process.env.GUDESK_SYNC_SHRINK !== '1',
      });
    }, LONG ? 24 * 3_600_000 : 60_000);
  }

  // The 파기 checks are not vacuous: the generated runs did erase (the admin's PC), not only get refused.
  if (!process.env.GUDESK_SYNC_REPLAY && (LONG || !process.env.GUDESK_SYNC_SEED)) it('the generated runs erased 수강생 on the admin\'s PC', () => expect(generatedErasures).toBeGreaterThan(0));
});
