/**
 * Which records are 예시 데이터 (migration 006): marked when seeded, they stay demo whatever a
 * clerk does to them, and they never leave this PC. Sync asks `staysHere` of every change it
 * would queue and of every row it counts or resends; an attachment of a demo clipping or release
 * stays too (its owner is demo), so neither its row nor its file reaches the server.
 * One instance per connection: the "any marks at all?" answer is kept in memory, so a PC without
 * demo data pays one boolean test per change.
 */
import type { Db } from '../db/open.ts';
import { FLAT_REGISTERS } from '../../shared/domain/registers.ts';
import { parentLinks, type RegisterSpec } from '../../shared/domain/register.ts';
import { columnName } from '../records/columns.ts';

type Owner = { table: string; column: string; ownerRegister: string; field: string };

/**
 * Registers whose records belong to a record of another register (one of its ref columns):
 * attachments, and every register's children that go with their parent (onDelete 'cascade': a
 * 회차 or 수강신청 a clerk adds under a demo 교육반, a block under a demo 주요사업). They stay here
 * with their owner, so no PC or server ever holds a child whose parent it never got.
 */
const OWNED_BY: Readonly<Record<string, readonly Owner[]>> = {
  attachments: [
    { table: 'attachments', column: 'clipping_id', ownerRegister: 'clippings', field: 'clippingId' },
    { table: 'attachments', column: 'release_id', ownerRegister: 'releases', field: 'releaseId' },
  ],
  ...Object.fromEntries(
    Object.values(FLAT_REGISTERS as unknown as Record<string, RegisterSpec>)
      .map((spec) => [spec.name, parentLinks(spec).filter((l) => l.onDelete === 'cascade').map((l) => ({ table: spec.table, column: columnName(l.field), ownerRegister: l.register, field: l.field }))] as const)
      .filter(([, owners]) => owners.length > 0),
  ),
};

function createDemoRecords(db: Db) {
  const countAll = db.prepare<[], number>('SELECT count(*) FROM demo_records').pluck();
  const one = db.prepare<[string, string], number>('SELECT 1 FROM demo_records WHERE register = ? AND record_id = ?').pluck();
  const add = db.prepare<[string, string]>('INSERT OR IGNORE INTO demo_records (register, record_id) VALUES (?, ?)');
  const idsOf = db.prepare<[string], string>('SELECT record_id FROM demo_records WHERE register = ?').pluck();
  const owners = new Map(
    Object.entries(OWNED_BY).map(([register, list]) => [register, list.map((o) => ({
      ...o,
      ownerOf: db.prepare<[string], string | null>(`SELECT ${o.column} FROM ${o.table} WHERE id = ?`).pluck(),
      withOwner: db.prepare<[], { id: string; owner: string | null }>(`SELECT id, ${o.column} AS owner FROM ${o.table}`),
    }))]),
  );
  const liveOf = (table: string, register: string) =>
    db.prepare<[], string>(`SELECT d.record_id FROM demo_records d JOIN ${table} t ON t.id = d.record_id WHERE d.register = '${register}' AND t.deleted_at IS NULL`).pluck();
  const liveClippings = liveOf('clippings', 'clippings');
  const liveReleases = liveOf('releases', 'releases');
  // The clerk's own live clippings that link to a demo release (deleted or not).
  const clerkLinks = db.prepare<[], string>(
    `SELECT c.id FROM clippings c JOIN demo_records d ON d.register = 'releases' AND d.record_id = c.release_id
     WHERE c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM demo_records x WHERE x.register = 'clippings' AND x.record_id = c.id)`,
  ).pluck();
  const liveAttachments = db.prepare<[], string>(
    `SELECT a.id FROM attachments a JOIN demo_records d
       ON (d.register = 'clippings' AND d.record_id = a.clipping_id) OR (d.register = 'releases' AND d.record_id = a.release_id)
     WHERE a.deleted_at IS NULL`,
  ).pluck();
  let any = countAll.get()! > 0;

  function isDemo(register: string, id: string): boolean {
    return any && one.get(register, id) === 1;
  }

  /** Every id of one register that stays on this PC (demo, or owned by a record that stays), for filtering whole tables. */
  function stayingHere(register: string): Set<string> {
    if (!any) return new Set();
    const out = new Set(idsOf.all(register));
    for (const o of owners.get(register) ?? []) {
      // Owners first (a 출석 of a 수강신청 of a demo 교육반): the chain of parents is short.
      const staying = stayingHere(o.ownerRegister);
      if (staying.size === 0) continue;
      for (const row of o.withOwner.all()) if (row.owner && staying.has(row.owner)) out.add(row.id);
    }
    return out;
  }

  function staysHere(register: string, id: string, fields?: Readonly<Record<string, unknown>>): boolean {
    if (!any) return false;
    if (isDemo(register, id)) return true;
    return (owners.get(register) ?? []).some((owner) => {
      const named = fields?.[owner.field];
      const ownerId = typeof named === 'string' && named !== '' ? named : owner.ownerOf.get(id);
      return !!ownerId && staysHere(owner.ownerRegister, ownerId);
    });
  }

  return {
    isDemo,
    /** Whether this PC holds any demo record at all (deleted ones included). */
    get present(): boolean {
      return any;
    },
    /** Marks records as demo (inside the seeding transaction, before they are written). */
    mark(register: string, ids: readonly string[]): void {
      for (const id of ids) add.run(register, id);
      if (ids.length > 0) any = true;
    },
    /** What a removal would take away now: live demo records, and the clerk's links to demo releases. */
    live(): { clippings: string[]; releases: string[]; attachments: string[]; clerkLinks: string[] } {
      if (!any) return { clippings: [], releases: [], attachments: [], clerkLinks: [] };
      return { clippings: liveClippings.all(), releases: liveReleases.all(), attachments: liveAttachments.all(), clerkLinks: clerkLinks.all() };
    },
    /** The demo ids of one register (deleted ones included: they are demo all the same). */
    ids(register: string): string[] {
      return any ? idsOf.all(register) : [];
    },
    stayingHere,
    /**
     * True when a record (or a change of it, whose fields may name its owner before the row
     * exists) must stay on this PC: it is demo, or it belongs to a demo record.
     */
    staysHere,
  };
}

export type DemoRecords = ReturnType<typeof createDemoRecords>;

const instances = new WeakMap<Db, DemoRecords>();

/** The demo marks of this database connection (one per connection, shared by seeding and sync). */
export function demoRecords(db: Db): DemoRecords {
  let d = instances.get(db);
  if (!d) {
    d = createDemoRecords(db);
    instances.set(db, d);
  }
  return d;
}
