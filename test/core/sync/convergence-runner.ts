/**
 * Plays a scenario (convergence-scenario.ts) on a World, then heals it: a perfect network, sane
 * clocks, and sync rounds until no PC sends or receives anything. Checks on the way what must hold
 * at once: a write that fails (or dies before its commit) leaves nothing behind, and a PC whose
 * clock is far off is refused with both times in Korean.
 */
import { expect } from 'vitest';
import { TONES } from '../../../shared/domain/clipping.ts';
import type { SyncReport } from '../../../shared/domain/sync.ts';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/sync/protocol.ts';
import { samplePdf, samplePng } from '../attachments/sample-files.ts';
import { PERFECT } from './flaky-network.ts';
import type { Action, EditKind, Register, Scenario } from './convergence-scenario.ts';
import { PASSWORD, type Pc, type World } from './convergence-world.ts';
import { HOSTILE_EXPECTED, HOSTILE_KINDS, hostileLogin, pushHostile, type HostileClient } from './hostile-client.ts';
import { demoIds, seedDemoInFolder } from './convergence-demo.ts';
import { runTrainingAction } from './convergence-training.ts';
import { runCouncilAction } from './convergence-council.ts';

const MINUTE = 60_000;

export interface RunStats {
  writes: number;
  failedWrites: number;
  syncs: number;
  failedSyncs: number;
  clockRefusals: number;
  crashes: number;
  resolved: number;
  links: number;
  twins: number;
  merges: number;
  codeEdits: number;
  hostile: number;
  restores: number;
  sharedDevices: number;
  attached: number;
  detached: number;
  demoSeeds: number;
  accessEntries: number;
  /** 정보화교육 writes that were saved (classes, trainees, enrolments). */
  trainingWrites: number;
  councilWrites: number;
  /** 수강생 an admin's PC erased (파기); members' orders are refused and not counted. */
  erasures: number;
  /** Sign-outs the server chose: a refresh replayed after its new tokens were used, or retried after the one-minute window, looks like a copied token. */
  reLogins: number;
  healRounds: number;
}

function ids(pc: Pc, register: Register, deleted: boolean): string[] {
  return pc.read((db) =>
    db.prepare<[], string>(`SELECT id FROM ${register} WHERE deleted_at IS ${deleted ? 'NOT NULL' : 'NULL'} ORDER BY id`).pluck().all());
}

function patchFor(register: Register, what: EditKind, pick: number, tag: string): Record<string, unknown> {
  if (register === 'releases') {
    return [{ department: `부서 ${tag}` }, { contact: `담당 ${tag}` }, { hasPhoto: pick % 2 === 0 }][pick % 3]!;
  }
  const fields = [{ tone: TONES[pick % 3] }, { reporter: `기자 ${tag}` }, { page: `${tag}면` }, { department: `부서 ${tag}` }, { tags: [`태그${pick % 4}`, tag] }][pick % 5]!;
  const summary = { summary: `요약 ${tag}: ${'구청 소식 '.repeat(1 + (pick % 3))}` };
  return what === 'fields' ? fields : what === 'summary' ? summary : { ...fields, ...summary };
}

function unsentAccessLog(pc: Pc): string[] {
  return pc.read((db) => db.prepare<[], string>('SELECT id FROM access_log WHERE seq > (SELECT through_seq FROM access_log_sent)').pluck().all());
}

export class Runner {
  readonly stats: RunStats = { writes: 0, failedWrites: 0, syncs: 0, failedSyncs: 0, clockRefusals: 0, crashes: 0, resolved: 0, links: 0, twins: 0, merges: 0, codeEdits: 0, hostile: 0, restores: 0, sharedDevices: 0, attached: 0, detached: 0, demoSeeds: 0, accessEntries: 0, trainingWrites: 0, councilWrites: 0, erasures: 0, reLogins: 0, healRounds: 0 };
  /** 접속기록 entries committed on a PC: `sure` must reach the server; `maybe` were unsent when a copied folder replaced their PC's. */
  readonly accessLog = { sure: new Set<string>(), maybe: new Set<string>() };
  /** The 접속기록 lines of the 파기s admins gave: each must reach the server (convergence-check.ts checkErased). */
  readonly destroyLog = new Set<string>();
  private n = 0;
  private readonly world: World;
  private hostileClient: HostileClient | undefined;

  constructor(world: World) {
    this.world = world;
  }

  async play(s: Scenario): Promise<void> {
    s.skews.forEach((m, i) => (this.world.pcs[i]!.skewMs = m * MINUTE));
    for (const a of s.actions) await this.act(a);
  }

  private tag(pc: Pc): string {
    return `${pc.spec.login}-${++this.n}`;
  }

  /** A clerk's write; one that fails must leave nothing in the outbox. */
  private async write(pc: Pc, op: () => Promise<unknown>): Promise<boolean> {
    const before = pc.loggedCount();
    try {
      await op();
      this.stats.writes++;
      return true;
    } catch (err) {
      this.stats.failedWrites++;
      expect(pc.loggedCount(), `a failed write on ${pc.name} must queue nothing: ${String(err)}`).toBe(before);
      return false;
    }
  }

  private async create(pc: Pc, register: Register, withSummary: boolean): Promise<void> {
    const t = this.tag(pc);
    const day = `2024-09-${String(1 + (this.n % 28)).padStart(2, '0')}`;
    const values = register === 'clippings'
      ? { publishedOn: day, outlet: '연합뉴스', title: `금천구 소식 ${t}`, summary: withSummary ? `첫 요약 ${t}` : '' }
      : { distributedOn: day, title: `보도자료 ${t}`, department: '홍보팀' };
    await this.write(pc, () => pc.core.call(`${register}.create`, { values } as never));
  }

  private async edit(pc: Pc, register: Register, target: number, what: EditKind, pick: number): Promise<void> {
    const live = ids(pc, register, false);
    if (live.length === 0) return;
    const id = live[target % live.length]!;
    const patch = patchFor(register, what, pick, this.tag(pc));
    await this.write(pc, () => pc.core.call(`${register}.update`, { id, patch } as never));
  }

  private async sync(pc: Pc): Promise<void> {
    this.stats.syncs++;
    const farOff = Math.abs(pc.skewMs) > MAX_CLOCK_SKEW_MS;
    const r = await pc.core.invoke('sync.now', {});
    if (!r.ok) {
      this.stats.failedSyncs++;
      expect(r.error.message, `${pc.name}: a failed sync says why in Korean`).toMatch(/[가-힣]/);
      if (/시계가 맞지 않습니다/.test(r.error.message)) this.stats.clockRefusals++;
      if (process.env.GUDESK_SYNC_DEBUG) console.log(`[convergence] ${pc.name} sync failed: ${r.error.message}`);
    }
    if (!r.ok) await this.loginAgainIfSignedOut(pc);
    if (farOff) {
      expect(r.ok, `${pc.name} with its clock ${pc.skewMs / MINUTE} min off must be refused`).toBe(false);
      // Unless the request was lost on the way (or the session with it), the answer says both times.
      if (!r.ok) expect(r.error.message).toMatch(/시계가 맞지 않습니다.*이 PC: .*서버: |연결하지 못했습니다|로그인이 만료되었습니다/);
    }
  }

  /** The clerk types the password again; what the PC had not sent yet must still be there. */
  private async loginAgainIfSignedOut(pc: Pc): Promise<void> {
    const status = await pc.core.call('sync.status', {});
    if (status.loggedIn) return;
    const net = pc.net.pause();
    try {
      // A restored PC has no server address any more; it is this world's server either way.
      await pc.core.call('sync.login', { serverUrl: status.serverUrl ?? this.world.url, login: pc.spec.login, password: PASSWORD });
    } finally {
      pc.net.resume(net);
    }
    // Logging in again keeps the unsent changes (a restored PC's first login adds its whole state).
    expect((await pc.core.call('sync.status', {})).pending, `${pc.name}: logging in again keeps the unsent changes`).toBeGreaterThanOrEqual(status.pending);
    this.stats.reLogins++;
  }

  private async act(a: Action): Promise<void> {
    const pcs = this.world.pcs;
    switch (a.kind) {
      case 'create':
        return this.create(pcs[a.pc]!, a.register, a.withSummary);
      case 'edit':
        return this.edit(pcs[a.pc]!, a.register, a.target, a.what, a.pick);
      case 'delete':
      case 'restore': {
        const pc = pcs[a.pc]!;
        const list = ids(pc, a.register, a.kind === 'restore');
        if (list.length === 0) return;
        await this.write(pc, () => pc.core.call(`${a.register}.${a.kind}`, { ids: [list[a.target % list.length]!] }));
        return;
      }
      case 'sync':
        for (const i of a.pcs) pcs[i]!.net.set(a.faults, a.seed + i);
        await Promise.all(a.pcs.map((i) => this.sync(pcs[i]!)));
        return;
      case 'editDuringSync': {
        const pc = pcs[a.pc]!;
        pc.net.set({ ...a.faults, delayMs: Math.max(a.faults.delayMs, 10) }, a.seed);
        const running = this.sync(pc);
        await this.edit(pc, 'clippings', a.target, 'both', a.seed % 100);
        await running;
        return;
      }
      case 'crashInSync': {
        const pc = pcs[a.pc]!;
        pc.net.set(a.faults, a.seed);
        pc.crashAt = a.step;
        await this.sync(pc);
        if (pc.crashAt === undefined) this.stats.crashes++;
        pc.crashAt = undefined;
        pc.restart();
        return;
      }
      case 'crashInWrite': {
        const pc = pcs[a.pc]!;
        const register: Register = a.what === 'fields' ? 'releases' : 'clippings';
        // A demo record's write never reaches the outbox, so it cannot die there: a synced record is the target.
        const demo = pc.read((db) => demoIds(db, register));
        const live = ids(pc, register, false).filter((x) => a.where !== 'after-outbox' || !demo.has(x));
        const id = live.length > 0 ? live[a.target % live.length] : undefined;
        const version = (which: string | undefined) =>
          which ? pc.read((db) => db.prepare<[string], number>(`SELECT version FROM ${register} WHERE id = ?`).pluck().get(which)) : undefined;
        const before = version(id);
        // A patch that changes something (the same value again would write nothing and succeed).
        const patch = patchFor(register, a.what, register === 'releases' ? 0 : a.pick, this.tag(pc));
        const ok = await pc.withWriteCrash(a.where, () =>
          this.write(pc, () => (id ? pc.core.call(`${register}.update`, { id, patch } as never) : pc.core.call('clippings.create', { values: { publishedOn: '2024-10-01', outlet: 'KBS', title: `사라질 기사 ${this.n}` } }))));
        expect(ok, `a write dying before its commit (${a.where}) must fail`).toBe(false);
        expect(version(id), 'a write dying before its commit leaves the record as it was').toBe(before);
        this.stats.crashes++;
        pc.restart();
        return;
      }
      case 'restart':
        this.stats.crashes++;
        pcs[a.pc]!.restart();
        return;
      case 'skew':
        pcs[a.pc]!.skewMs = a.minutes * MINUTE;
        return;
      case 'time':
        this.world.advanceMs += a.minutes * MINUTE;
        return;
      case 'link': {
        const pc = pcs[a.pc]!;
        const clips = ids(pc, 'clippings', false);
        const releases = ids(pc, 'releases', false);
        if (clips.length === 0 || (!a.unlink && releases.length === 0)) return;
        const chosen = a.unlink ? '' : releases[a.release % releases.length]!;
        // Every other link is typed by the release's title, as a clerk does in the CLI or a file: the
        // register kernel turns the name into an id on this PC (core/records/ref-links.ts).
        const byName = chosen !== '' && a.release % 2 === 1;
        const releaseId = byName ? (await pc.core.call('releases.get', { id: chosen })).title : chosen;
        if (await this.write(pc, () => pc.core.call('clippings.update', { id: clips[a.target % clips.length]!, patch: { releaseId } }))) this.stats.links++;
        return;
      }
      case 'twin': {
        const t = `쌍둥이 ${++this.n}`;
        const values = { publishedOn: '2024-10-02', outlet: 'KBS', title: `같은 기사 ${t}` };
        for (const i of a.pcs) await this.write(pcs[i]!, () => pcs[i]!.core.call('clippings.create', { values: { ...values, reporter: `기자 ${pcs[i]!.spec.login}` } }));
        this.stats.twins++;
        if (a.settle) {
          // Both send, then the first receives the second's: each holds the pair (a merge needs them).
          for (const i of [...a.pcs, a.pcs[0]]) {
            pcs[i]!.net.set({ drop: 0, dropReply: 0, duplicate: 0, delayMs: 0 }, this.n);
            await this.sync(pcs[i]!);
          }
        }
        return;
      }
      case 'mergeTwins': {
        const pc = pcs[a.pc]!;
        const item = (await pc.core.call('review.list', {})).find((i) => i.kind === 'twins');
        if (!item) return;
        const keep = item.records[a.keep % item.records.length]!.id;
        if (await this.write(pc, () => pc.core.call('review.mergeTwins', { register: item.register, keepId: keep, ids: item.records.map((r) => r.id) }))) this.stats.merges++;
        return;
      }
      case 'hostile': {
        const kind = HOSTILE_KINDS[a.hostile % HOSTILE_KINDS.length]!;
        this.hostileClient ??= await hostileLogin(this.world.url, pcs[0]!.spec.login, PASSWORD);
        const live = ids(pcs[0]!, 'clippings', false);
        const target = a.attack && live.length > 0 ? live[a.target % live.length] : undefined;
        let r = await pushHostile(this.hostileClient, kind, this.world.now(), target);
        if (r.status === 401) {
          // Its access token ran out while time jumped: it logs in again, like any client.
          this.hostileClient = await hostileLogin(this.world.url, pcs[0]!.spec.login, PASSWORD);
          r = await pushHostile(this.hostileClient, kind, this.world.now(), target);
        }
        const want = HOSTILE_EXPECTED[kind];
        expect({ kind, status: r.status, code: r.body.error?.code }, 'a hostile push is refused').toEqual({ kind, status: want.status, code: want.code });
        expect(r.body.error?.message, 'in Korean').toMatch(/[가-힣]/);
        this.stats.hostile++;
        return;
      }
      case 'backup': {
        const pc = pcs[a.pc]!;
        pc.backupFile = `${pc.dir}-backup-${++this.n}.gdbak`;
        pc.core.backup(pc.backupFile);
        return;
      }
      case 'shareDevice': {
        const from = pcs[a.from]!;
        const to = pcs[a.to]!;
        // Same team and role only: the copy carries the other clerk's login, and scope checks follow the account.
        if (from === to || from.spec.team !== to.spec.team || from.spec.role !== to.spec.role) return;
        await this.world.settle();
        // The folder copied over this PC's takes its unsent 접속기록 with it (a person's act outside GuDesk).
        for (const id of unsentAccessLog(to)) {
          this.accessLog.sure.delete(id);
          this.accessLog.maybe.add(id);
        }
        to.copyFolderOf(from);
        this.stats.sharedDevices++;
        return;
      }
      case 'restoreBackup': {
        const pc = pcs[a.pc]!;
        if (!pc.backupFile) return;
        pc.restoreBackup(pc.backupFile);
        // A restored PC is signed out (no session comes back from a backup): the clerk logs in again.
        const net = pc.net.pause();
        try {
          await pc.core.call('sync.login', { serverUrl: this.world.url, login: pc.spec.login, password: PASSWORD });
        } catch (err) {
          // Offline or refused (a far-off clock): the clerk will log in again when healing.
          if (process.env.GUDESK_SYNC_DEBUG) console.log(`[convergence] ${pc.name} login after restore failed: ${String(err)}`);
        } finally {
          pc.net.resume(net);
        }
        this.stats.restores++;
        return;
      }
      case 'codes': {
        const pc = pcs[a.pc]!;
        const items = (await pc.core.call('codes.list', { list: 'mediaType' })).map((c) => ({ code: c.code, active: c.active }));
        const i = a.pick % items.length;
        if (a.change === 'add') items.splice(i, 0, { code: `코드${a.pick % 7}`, active: true });
        else if (a.change === 'toggle') items[i]!.active = !items[i]!.active;
        else if (a.change === 'remove' && items.length > 1) items.splice(i, 1);
        else if (a.change === 'move' && i > 0) items.splice(i - 1, 0, ...items.splice(i, 1));
        if (await this.write(pc, () => pc.core.call('codes.save', { list: 'mediaType', items }))) this.stats.codeEdits++;
        return;
      }
      case 'attach': {
        const pc = pcs[a.pc]!;
        const register = a.owner ?? 'clippings';
        const owners = ids(pc, register, false);
        if (owners.length === 0) return;
        const id = owners[a.target % owners.length]!;
        const file =
          register === 'releases'
            ? { fileName: `보도자료 ${a.file}.pdf`, data: samplePdf(`보도자료 ${a.file}`).toString('base64') }
            : { fileName: `스캔 ${a.file}.png`, data: samplePng(a.file).toString('base64') };
        if (await this.write(pc, () => pc.core.call('attachments.add', { owner: { register, id }, file }))) this.stats.attached++;
        return;
      }
      case 'detach': {
        const pc = pcs[a.pc]!;
        const live = pc.read((db) => db.prepare<[], string>('SELECT id FROM attachments WHERE deleted_at IS NULL ORDER BY id').pluck().all());
        if (live.length === 0) return;
        if (await this.write(pc, () => pc.core.call('attachments.delete', { id: live[a.target % live.length]! }))) this.stats.detached++;
        return;
      }
      case 'seedDemoOnPc': {
        const pc = pcs[a.pc]!;
        const t = this.tag(pc);
        const queued = pc.loggedCount();
        pc.core.close();
        try {
          seedDemoInFolder(pc.dir, t, `${pc.spec.login} 주무관`);
        } finally {
          pc.open();
        }
        const demo = pc.read((db) => demoIds(db, 'clippings'));
        const live = ids(pc, 'clippings', false);
        const demoLive = live.filter((id) => demo.has(id));
        // Editing a demo clipping, or attaching a scan to one, queues nothing either.
        if (demoLive.length > 0) {
          const id = demoLive[a.target % demoLive.length]!;
          await this.write(pc, () => pc.core.call('clippings.update', { id, patch: { reporter: `예시 기자 ${t}` } }));
          if (a.attach) await this.write(pc, () => pc.core.call('attachments.add', { owner: { register: 'clippings', id }, file: { fileName: '예시 스캔.png', data: samplePng(a.target % 3).toString('base64') } }));
        }
        expect(pc.loggedCount(), `${pc.name}: 예시 데이터 and its edits queue nothing for the server`).toBe(queued);
        const own = live.filter((id) => !demo.has(id));
        const demoReleases = pc.read((db) => [...demoIds(db, 'releases')]);
        if (a.link && own.length > 0 && demoReleases.length > 0) {
          // The clerk's own clipping linked to a demo 보도자료: the clipping travels, the release does not.
          const releaseId = demoReleases[a.target % demoReleases.length]!;
          if (await this.write(pc, () => pc.core.call('clippings.update', { id: own[a.target % own.length]!, patch: { releaseId } }))) this.stats.links++;
        }
        this.stats.demoSeeds++;
        return;
      }
      case 'training':
        await runTrainingAction(pcs[a.pc]!, a, async (pc, op) => (await this.write(pc, op)) && ++this.stats.trainingWrites > 0, this.tag(pcs[a.pc]!), (id) => {
          this.accessLog.sure.add(id);
          this.destroyLog.add(id);
          this.stats.erasures++;
        });
        return;
      case 'council':
        await runCouncilAction(pcs[a.pc]!, a, async (pc, op) => (await this.write(pc, op)) && ++this.stats.councilWrites > 0, this.tag(pcs[a.pc]!));
        return;
      case 'access': {
        const pc = pcs[a.pc]!;
        const reason = a.action === 'open' ? '' : `업무 확인 ${this.tag(pc)}`;
        const many = a.action === 'export' || a.action === 'print';
        const entry = await pc.core.call('accessLog.record', { register: 'trainees', recordId: many ? '' : `r-${this.n}`, person: '김철용', action: a.action, reason, count: many ? 12 : 1 });
        this.accessLog.sure.add(entry.id);
        this.stats.accessEntries++;
        return;
      }
      case 'resolve': {
        const pc = pcs[a.pc]!;
        const open = await pc.core.call('sync.conflicts', {});
        if (open.length === 0) return;
        const c = open[a.target % open.length]!;
        const ok = await this.write(pc, () =>
          pc.core.call('sync.resolve', { register: c.register, recordId: c.recordId, field: c.field, keep: a.keep, text: `합친 요약 ${this.tag(pc)}` }));
        if (ok) this.stats.resolved++;
        return;
      }
    }
  }

  /** Perfect network, sane clocks; sync round after round until nobody sends or receives anything. */
  async heal(maxRounds = 8): Promise<void> {
    const pcs = this.world.pcs;
    for (const pc of pcs) {
      pc.net.set(PERFECT, 1);
      pc.crashAt = undefined;
      if (Math.abs(pc.skewMs) > 10 * MINUTE) pc.skewMs = 0;
    }
    await this.world.settle();
    for (let round = 1; round <= maxRounds; round++) {
      this.stats.healRounds = round;
      let quiet = true;
      for (const pc of pcs) {
        const r = await pc.core.invoke('sync.now', {});
        // Signed out (a refresh replayed, or two PCs sharing one copied session): the clerk logs in again.
        const signedOut = !r.ok && !(await pc.core.call('sync.status', {})).loggedIn;
        if (!r.ok && (round === 1 || signedOut)) await this.loginAgainIfSignedOut(pc);
        if (!r.ok && round > 1 && !signedOut) throw new Error(`${pc.name} cannot sync on a perfect network (round ${round}): ${r.error.message}`);
        if (!r.ok) {
          quiet = false;
          continue;
        }
        const report = r.value as SyncReport;
        if (report.pushed > 0 || report.pulled > 0) quiet = false;
      }
      if (quiet && round > 1) return;
    }
    throw new Error(`not quiescent after ${maxRounds} rounds of syncing on a perfect network`);
  }
}
