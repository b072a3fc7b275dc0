/**
 * What must hold once a world has healed (convergence.test.ts):
 * - every PC holds exactly what the server holds in its scope — same records, same values, same
 *   stamps, deleted flags included — and nothing outside it (the server's own RegisterScope for its account);
 * - outboxes are empty and nothing is parked;
 * - every write any PC ever committed (its outbox log) is present, or beaten by a write with a
 *   later stamp: per field, the value is the one of the committed write with the highest stamp.
 *   That covers deletes: a record comes back only by an explicit, later restore;
 * - nothing honest is quarantined, every link to a 보도자료 this PC does not hold live reads as a
 *   dangling link (삭제된 / 찾을 수 없는 보도자료) and is listed in 확인할 항목, and every group
 *   of live twins (one natural key) is listed there too;
 * - 예시 데이터 stays where it was seeded: no demo record (nor an attachment of one)
 *   is on the server, and a PC holds one only where it is marked demo (seeded there, or in a
 *   copied folder); every other record of a PC is the server's;
 * - every live attachment on every PC has its file, with the content (SHA-256) its row names, and
 *   opens;
 * - open 요약 (and council block 내용) conflicts are the same on the server and every PC, and a text that lost without anyone
 *   having seen it (it is not in the chain of texts the final one was written over) is kept as
 *   the conflict's other text, unless a clerk resolved that conflict.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SYNCED } from '../../../shared/domain/synced.ts';
import { CONFLICT_PREFIX, DELETED_FIELD, DESTROYED_FIELD, type Change } from '../../../shared/sync/protocol.ts';
import { erasableFields, erasedValue } from '../../../shared/personal/erased.ts';
import type { RecordState } from '../../../shared/sync/merge.ts';
import { columnName, decodeValue } from '../../../core/records/columns.ts';
import { readStamps } from '../../../core/sync/record-stamps.ts';
import { atRest } from '../../../core/personal/at-rest.ts';
import type { Pc, World } from './convergence-world.ts';
import { demoIds } from './convergence-demo.ts';

export interface Written {
  hlc: string;
  value: unknown;
  base: string | null;
  pc: string;
  /** Dropped by a restore before it was sent: the server may hold it or not. */
  maybe?: boolean;
}

const key = (register: string, id: string) => `${register}/${id}`;
/** Per register, the long-text field whose concurrent edits must keep the losing text (sync merge). */
const LONG_TEXTS: Readonly<Record<string, string>> = { clippings: 'summary', blocks: 'body' };

/** Per record and field, every value any PC committed, with its stamp. */
export function committedWrites(world: World): Map<string, Map<string, Written[]>> {
  const out = new Map<string, Map<string, Written[]>>();
  for (const pc of world.pcs) {
    for (const [maybe, changes] of [[false, pc.committed()], [true, pc.maybeCommitted()]] as const) {
      for (const c of changes as Change[]) {
        const k = key(c.register, c.recordId);
        let fields = out.get(k);
        if (!fields) out.set(k, (fields = new Map()));
        for (const [field, value] of Object.entries(c.fields)) {
          const list = fields.get(field) ?? [];
          list.push({ hlc: c.hlc, value, base: c.bases?.[field] ?? null, pc: pc.name, ...(maybe ? { maybe } : {}) });
          fields.set(field, list);
        }
      }
    }
  }
  return out;
}

/** A PC's record in the server's terms: fields by key (wire form) and each one's stamp. */
function pcRecords(pc: Pc, register: string): Map<string, { fields: Record<string, unknown>; hlcs: Map<string, string> }> {
  const spec = SYNCED[register as keyof typeof SYNCED];
  return pc.read((db) => {
    const out = new Map<string, { fields: Record<string, unknown>; hlcs: Map<string, string> }>();
    const destroyedHlcs = new Map(db.prepare<[string], { record_id: string; hlc: string }>('SELECT record_id, hlc FROM destroyed_records WHERE register = ?').all(register).map((d) => [d.record_id, d.hlc]));
    for (const row of db.prepare<[], Record<string, string | number | null>>(`SELECT * FROM ${spec.table}`).all()) {
      const fields: Record<string, unknown> = {};
      // 장애 여부 is sealed in its column (personal/at-rest.ts): read as the core reads it.
      for (const f of spec.fields) {
        const raw = row[columnName(f.key)] ?? null;
        fields[f.key] = f.personal === 'sensitive' ? atRest(db).openColumn(register, String(row.id), f, raw) : decodeValue(f, raw);
      }
      Object.assign(fields, { [DELETED_FIELD]: row.deleted_at !== null, _createdAt: row.created_at, _createdBy: row.created_by, _at: row.updated_at, _by: row.updated_by });
      const hlcs = readStamps(spec, { sync_hlc: row.sync_hlc as string | null, sync_hlcs: row.sync_hlcs as string | null });
      // 파기 is kept beside the row (core/personal/destroy/destroyed-repository.ts).
      const destroyed = destroyedHlcs.get(String(row.id));
      if (destroyed) {
        fields[DESTROYED_FIELD] = true;
        hlcs.set(DESTROYED_FIELD, destroyed);
      }
      out.set(String(row.id), { fields, hlcs });
    }
    return out;
  });
}

export async function checkConverged(world: World): Promise<void> {
  const server = world.serverRecords().map((r) => ({ ...r, state: JSON.parse(r.state) as RecordState }));
  const writes = committedWrites(world);

  // Outboxes empty, nothing parked, and the checksums of every PC agree with the server's.
  for (const pc of world.pcs) {
    const status = await pc.core.call('sync.status', {});
    expect({ pc: pc.name, pending: status.pending, parked: status.parked, lastError: status.lastError }).toEqual({ pc: pc.name, pending: 0, parked: 0, lastError: null });
    expect((await pc.core.call('sync.now', { verify: true })).checksums, `${pc.name}: checksums after healing`).toBe('equal');
  }

  // The server holds every committed write or a later one, field by field (deletes and restores included).
  const onServer = new Map(server.map((r) => [key(r.register, r.record_id), r]));
  for (const [k, fields] of writes) {
    const rec = onServer.get(k);
    const sure = [...fields.values()].some((list) => list.some((w) => !w.maybe));
    if (!sure && !rec) continue; // only ever written before a restore dropped it unsent
    expect(rec, `a record written on a PC never reached the server: ${k}`).toBeDefined();
    const register = k.slice(0, k.indexOf('/'));
    const erased = rec?.state.fields[DESTROYED_FIELD] === true ? new Map(erasableFields(SYNCED[register as keyof typeof SYNCED]).map((f) => [f.key, erasedValue(f)])) : undefined;
    for (const [field, all] of fields) {
      if (field.startsWith(CONFLICT_PREFIX)) continue;
      // 파기 wins over every write of a personal field, earlier or later (server/sync/destroyed.ts).
      if (erased?.has(field)) {
        expect(rec!.state.fields[field], `${k}.${field}: destroyed, so empty`).toEqual(erased.get(field));
        continue;
      }
      for (const w of all) for (const o of all) if (w.hlc === o.hlc) expect(w.value, `one stamp, two values: ${k} ${field} ${w.hlc}`).toEqual(o.value);
      const list = all.filter((w) => !w.maybe);
      const got = { k, field, value: rec!.state.fields[field], hlc: rec!.state.hlcs[field] };
      // A write a restore dropped unsent may or may not have reached the server before: the value
      // is the latest sure write, or a later one of those.
      const latest = list.length > 0 ? list.reduce((a, b) => (b.hlc > a.hlc ? b : a)) : undefined;
      const later = all.filter((w) => w.maybe && (!latest || w.hlc > latest.hlc) && w.hlc === got.hlc);
      if (later.length > 0) {
        expect(got.value, `${k}.${field}: a value a restore dropped`).toEqual(later[0]!.value);
        continue;
      }
      if (!latest) continue;
      const what = field === DELETED_FIELD ? (latest.value ? 'deleted (a stale copy brought it back)' : 'restored') : `"${JSON.stringify(latest.value)}"`;
      expect(got, `${k}.${field} should be ${what} by ${latest.pc}`).toEqual({ k, field, value: latest.value, hlc: latest.hlc });
    }
  }
  for (const r of server) expect(writes.has(key(r.register, r.record_id)), `the server holds a record no PC wrote: ${r.record_id}`).toBe(true);

  // 예시 데이터 never left its PC: not on the server, and only where it is marked demo.
  const demoOf = new Map(world.pcs.map((pc) => [pc, new Map(Object.keys(SYNCED).map((register) => [register, pc.read((db) => demoIds(db, register))]))]));
  const anyDemo = new Set([...demoOf.values()].flatMap((byRegister) => [...byRegister.entries()].flatMap(([register, ids]) => [...ids].map((id) => key(register, id)))));
  const leaked = server.filter((r) => anyDemo.has(key(r.register, r.record_id))).map((r) => key(r.register, r.record_id));
  expect(leaked, 'demo records on the server').toEqual([]);

  // Every PC equals the server within its scope, and holds nothing beyond it but its own demo records.
  // The scope is the server's own rule for the PC's account (members: their team's records of team-scoped registers and every
  // department-wide one; the admin: every team's), and the account the PC is signed in with is the one it was given.
  const scopes = new Map(world.pcs.map((pc) => [pc, world.serverScope(pc.spec)]));
  for (const pc of world.pcs) {
    expect(pc.read((db) => db.prepare<[], string | null>('SELECT role FROM sync_state WHERE id = 1').pluck().get()), `${pc.name}: signed in as`).toBe(pc.spec.role);
  }
  for (const pc of world.pcs) {
    for (const register of Object.keys(SYNCED)) {
      const demo = demoOf.get(pc)!.get(register)!;
      const mine = pcRecords(pc, register);
      for (const id of demo) mine.delete(id);
      const visible = server.filter((r) => r.register === register && scopes.get(pc)!.has(key(r.register, r.record_id)));
      const foreign = [...mine.keys()].filter((id) => !visible.some((r) => r.record_id === id));
      expect(foreign, `${pc.name} holds ${register} outside its scope or unknown to the server`).toEqual([]);
      expect(mine.size, `${pc.name}: number of ${register}`).toBe(visible.length);
      for (const r of visible) {
        const local = mine.get(r.record_id)!;
        for (const [field, value] of Object.entries(r.state.fields)) {
          if (field.startsWith(CONFLICT_PREFIX)) continue;
          expect({ field, value: local.fields[field], hlc: local.hlcs.get(field) }, `${pc.name}: ${register}/${r.record_id}`)
            .toEqual({ field, value, hlc: r.state.hlcs[field] });
        }
      }
    }
  }

  // 파기: no PC keeps an old value of a destroyed record's personal fields in its history or conflicts.
  for (const r of server.filter((x) => x.state.fields[DESTROYED_FIELD] === true)) {
    const keys = JSON.stringify(erasableFields(SYNCED[r.register as keyof typeof SYNCED]).map((f) => f.key));
    for (const pc of world.pcs) {
      const kept = pc.read((db) => db.prepare<[string, string, string, string, string, string], number>(
        `SELECT (SELECT count(*) FROM history WHERE register = ? AND record_id = ? AND field IN (SELECT value FROM json_each(?)) AND (old_value IS NOT NULL OR new_value IS NOT NULL))
              + (SELECT count(*) FROM sync_conflicts WHERE register = ? AND record_id = ? AND field IN (SELECT value FROM json_each(?)) AND value IS NOT NULL)`,
      ).pluck().get(r.register, r.record_id, keys, r.register, r.record_id, keys)!);
      expect(kept, `${pc.name}: old values of destroyed ${r.register}/${r.record_id}`).toBe(0);
    }
  }

  // The code list every PC offers is the same (the records are compared above; this is what a clerk sees).
  const lists = await Promise.all(world.pcs.map(async (pc) => JSON.stringify(await pc.core.call('codes.list', { list: 'mediaType' }))));
  for (const [i, l] of lists.entries()) expect(l, `${world.pcs[i]!.name}: 매체구분 code list`).toBe(lists[0]);
  const groups = await Promise.all(world.pcs.map(async (pc) => JSON.stringify(await pc.core.call('codes.list', { list: 'subjectGroup' }))));
  for (const [i, l] of groups.entries()) expect(l, `${world.pcs[i]!.name}: 과목군 code list`).toBe(groups[0]);

  // Dangling links are shown as such and listed; twins are listed; nothing honest is set aside.
  for (const pc of world.pcs) {
    expect((await pc.core.call('sync.status', {})).quarantined, `${pc.name}: quarantined records`).toBe(0);
    const review = await pc.core.call('review.list', {});
    const liveReleases = new Set(pc.read((db) => db.prepare<[], string>('SELECT id FROM releases WHERE deleted_at IS NULL').pluck().all()));
    for (const c of await pc.core.call('clippings.list', {})) {
      if (!c.releaseId || liveReleases.has(c.releaseId)) continue;
      expect(c.releaseTitle, `${pc.name}: clipping ${c.id} links to a 보도자료 it does not hold live`).toMatch(/^(삭제된 보도자료: |찾을 수 없는 보도자료$)/);
      expect(review.some((i) => i.kind === 'dangling-link' && i.records[0]!.id === c.id), `${pc.name}: dangling link of ${c.id} listed`).toBe(true);
    }
    const groups = pc.read((db) =>
      db.prepare<[], number>('SELECT count(*) FROM clippings WHERE deleted_at IS NULL GROUP BY published_on, outlet, title HAVING count(*) > 1').pluck().all());
    const releaseGroups = pc.read((db) =>
      db.prepare<[], number>('SELECT count(*) FROM releases WHERE deleted_at IS NULL GROUP BY distributed_on, title HAVING count(*) > 1').pluck().all());
    expect(review.filter((i) => i.kind === 'twins').map((i) => i.records.length).sort(), `${pc.name}: twins listed in 확인할 항목`)
      .toEqual([...groups, ...releaseGroups].sort());
    // Every class over capacity after the merges is a 정원 초과 item (and only those are).
    const over = pc.read((db) =>
      db.prepare<[], string>(
        `SELECT c.id FROM classes c JOIN enrolments e ON e.class_id = c.id AND e.deleted_at IS NULL AND e.status = '수강'
          WHERE c.deleted_at IS NULL GROUP BY c.id HAVING count(*) > c.capacity ORDER BY c.id`,
      ).pluck().all());
    expect(review.filter((i) => i.kind === 'rule' && i.rule === 'capacity').map((i) => i.records[0]!.id).sort(), `${pc.name}: over-capacity classes listed`).toEqual(over);
    // Every pair of sessions in one 교육장 강의실 at overlapping times is an 이중 예약 item (and only those are).
    const clashes = pc.read((db) =>
      db.prepare<[], string>(
        `WITH m AS (SELECT s.id, s.held_on, c.venue_id, coalesce(nullif(s.room, ''), c.room) AS room,
                           coalesce(nullif(s.starts_at, ''), nullif(c.starts_at, '')) AS st, coalesce(nullif(s.ends_at, ''), nullif(c.ends_at, '')) AS en
                      FROM sessions s JOIN classes c ON c.id = s.class_id AND c.deleted_at IS NULL WHERE s.deleted_at IS NULL AND c.venue_id IS NOT NULL)
         SELECT a.id || ':' || b.id FROM m a JOIN m b ON a.venue_id = b.venue_id AND a.room = b.room AND a.held_on = b.held_on AND a.id < b.id AND a.st < b.en AND b.st < a.en ORDER BY 1`,
      ).pluck().all());
    expect(review.filter((i) => i.kind === 'rule' && i.rule === 'double-booking').map((i) => i.records.map((r) => r.id).join(':')).sort(), `${pc.name}: double bookings listed`).toEqual(clashes);
  }

  // Every live attachment's file arrived everywhere, whole, and opens.
  for (const pc of world.pcs) {
    const rows = pc.read((db) =>
      db.prepare<[], { id: string; stored_name: string; sha256: string }>('SELECT id, stored_name, sha256 FROM attachments WHERE deleted_at IS NULL').all());
    for (const r of rows) {
      const file = join(pc.core.dataDir, 'attachments', r.stored_name);
      expect(existsSync(file), `${pc.name}: the file of attachment ${r.id} arrived`).toBe(true);
      expect(createHash('sha256').update(readFileSync(file)).digest('hex'), `${pc.name}: attachment ${r.id} holds its content`).toBe(r.sha256);
      expect((await pc.core.invoke('attachments.get', { id: r.id })).ok, `${pc.name}: attachment ${r.id} opens`).toBe(true);
    }
  }

  // Conflicts: the same open ones everywhere; a 요약 nobody saw before it lost is kept.
  const marks = server.flatMap((r) =>
    Object.entries(r.state.fields)
      .filter(([f, v]) => f.startsWith(CONFLICT_PREFIX) && v !== null)
      .map(([f, v]) => {
        const mark = v as { value?: unknown; earlier?: Array<{ value?: unknown }> };
        const current = String(r.state.fields[f.slice(CONFLICT_PREFIX.length)] ?? '');
        const earlier = (mark.earlier ?? []).map((e) => String(e.value ?? '')).filter((t) => t !== current);
        return { recordId: r.record_id, field: f.slice(CONFLICT_PREFIX.length), other: String(mark.value ?? ''), current, earlier };
      }),
  );
  const sortKey = (c: { recordId: string; field: string }) => `${c.recordId}/${c.field}`;
  marks.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  for (const pc of world.pcs) {
    const listed = (await pc.core.call('sync.conflicts', {})).map((c) => ({ recordId: c.recordId, field: c.field, other: c.other, current: c.current, earlier: c.earlier }));
    listed.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    expect(listed, `${pc.name}: open conflicts`).toEqual(marks);
  }
  // Long texts whose losing text is kept for a person: 언론보도 요약, a council block's 내용.
  for (const [k, fields] of writes) {
    const register = k.slice(0, k.indexOf('/'));
    const field = LONG_TEXTS[register];
    const summaries = field ? fields.get(field) : undefined;
    if (!field || !summaries || fields.has(`${CONFLICT_PREFIX}${field}`)) continue;
    // One write may be logged twice (a restored PC re-sends it whole, without the base it was
    // written on): the copy that knows its base tells what it was written over.
    const byStamp = new Map<string, Written>();
    for (const w of summaries) if (!byStamp.has(w.hlc) || (w.base && !byStamp.get(w.hlc)!.base)) byStamp.set(w.hlc, w);
    // The text that won is the one the server holds (a later write a restore dropped never arrived).
    const held = onServer.get(k)?.state.hlcs[field];
    const final = (held && byStamp.get(held)) || byStamp.get(summaries.filter((w) => !w.maybe).reduce((a, b) => (b.hlc > a.hlc ? b : a), summaries[0]!).hlc)!;
    const seen = new Set<string>();
    for (let w: Written | undefined = final; w; w = w.base ? byStamp.get(w.base) : undefined) seen.add(JSON.stringify(w.value));
    // A text only a restore dropped unsent ('maybe') is not owed a conflict: the restore discarded it.
    const sure = new Set(summaries.filter((w) => !w.maybe).map((w) => JSON.stringify(w.value)));
    const lost = [...new Set(summaries.map((w) => JSON.stringify(w.value)))].filter((v) => !seen.has(v) && v !== '""' && sure.has(v));
    if (lost.length === 0) continue;
    const mark = marks.find((m) => key(register, m.recordId) === k && m.field === field);
    expect(mark, `${k}: 요약 ${lost.join(', ')} lost to ${JSON.stringify(final.value)} without a conflict`).toBeDefined();
    const kept = [mark!.other, ...mark!.earlier].map((t) => JSON.stringify(t));
    // A PC restored from an older backup re-sends its old texts, which then stand against later
    // rewrites: the kept text may be any text once written for the record (it is shown, never lost).
    const candidates = world.pcs.some((pc) => pc.restored) ? summaries.map((w) => JSON.stringify(w.value)) : lost;
    expect(candidates, `${k}: the kept 요약 is one that lost`).toContain(JSON.stringify(mark!.other));
    // A text nobody wrote over (no later write was based on it) and that lost must be among the kept ones.
    const heads = summaries.filter((w) => !summaries.some((o) => o.base === w.hlc)).map((w) => JSON.stringify(w.value));
    for (const t of lost.filter((v) => heads.includes(v))) expect(kept, `${k}: losing 요약 ${t} is kept`).toContain(t);
  }
}

/**
 * 접속기록: every entry a PC committed reached the server, exactly once; the server holds none
 * nobody wrote (a `maybe` entry was unsent when a copied folder replaced its PC's), and no PC has
 * any left to send.
 */
export function checkAccessLogDelivered(world: World, recorded: { sure: ReadonlySet<string>; maybe: ReadonlySet<string> }): void {
  const onServer = world.serverAccessLog();
  expect(new Set(onServer).size, 'an access-log entry stored twice on the server').toBe(onServer.length);
  const held = new Set(onServer);
  expect([...recorded.sure].filter((id) => !held.has(id)), 'access-log entries that never reached the server').toEqual([]);
  expect(onServer.filter((id) => !recorded.sure.has(id) && !recorded.maybe.has(id)), 'access-log entries on the server no PC wrote').toEqual([]);
  for (const pc of world.pcs) {
    const unsent = pc.read((db) => db.prepare<[], number>('SELECT count(*) FROM access_log WHERE seq > (SELECT through_seq FROM access_log_sent)').pluck().get());
    expect(unsent, `${pc.name}: access-log entries left unsent`).toBe(0);
  }
}
