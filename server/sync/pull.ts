/**
 * One page of a pull. The cursor is the last record seq the PC received: every record whose seq
 * is higher and which the user may see comes back in seq order. Seqs commit in the order they are
 * handed out (store/driver.ts), so a page never jumps over a seq that commits later. The page is
 * written as JSON straight from the stored, already-packed records (their UTF-8 bytes).
 */
import { ChecksumSum } from '../../shared/sync/checksum.ts';
import { stampOf, type PulledRecord } from '../../shared/sync/protocol.ts';
import { MESSAGES, refuse } from '../http/errors.ts';
import { loadServerState, pullPage, scopeRecords } from '../store/records.ts';
import type { Dialect, SqlDriver, SqlExecutor } from '../store/driver.ts';
import type { RegisterScope } from './scope.ts';
import type { ServerFieldKey } from '../store/field-key.ts';
import { pulledFor } from './sensitive-fields.ts';
import { SYNCED, SYNCED_NAMES } from '../../shared/domain/synced.ts';
import { holdsPersonalData } from '../../shared/personal/personal-record.ts';

export interface PullInput {
  cursor: string | null;
  limit: number;
  checksums: boolean;
  team: string;
  now: number;
  scope: RegisterScope;
  /** Who pulls: an admin sees every team; a viewer gets personal fields masked. */
  user: { team: string; role: string };
  fieldKey: ServerFieldKey;
}

/** Records of registers holding personal data are rewritten on the way out (opened or masked); the rest stay stored bytes. */
const PERSONAL_REGISTERS = SYNCED_NAMES.filter((r) => holdsPersonalData(SYNCED[r])).map((r) => Buffer.from(`"register":${JSON.stringify(r)},`));
const mayBePersonal = (bytes: Uint8Array) => PERSONAL_REGISTERS.some((p) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).includes(p));

function parseCursor(cursor: string | null): number {
  if (cursor === null || cursor === '') return 0;
  if (!/^\d{1,15}$/.test(cursor)) throw refuse(400, 'bad_request', { message: `동기화 위치(cursor)가 올바르지 않습니다: ${cursor}` });
  return Number(cursor);
}

/** Per register in the user's scope, over every record the user may see (checksum.ts). */
async function checksums(db: SqlExecutor, input: PullInput): Promise<Record<string, string>> {
  const sums = new Map<string, ChecksumSum>();
  for (const r of input.scope.knownRegisters()) sums.set(r, new ChecksumSum());
  for (const row of await scopeRecords(db, input.scope.sqlForUser(input.user))) {
    let sum = sums.get(row.register);
    if (!sum) sums.set(row.register, (sum = new ChecksumSum()));
    const rec = JSON.parse(row.pulled) as PulledRecord;
    sum.addRecord(row.record_id, Object.keys(rec.fields).map((field) => [field, stampOf(rec, field)]));
  }
  return Object.fromEntries([...sums].map(([r, s]) => [r, s.toString()]));
}

const OPEN = Buffer.from('{"records":[');
const COMMA = Buffer.from(',');

/**
 * The PullResponse as UTF-8 JSON, ready to send (a Buffer: nothing to measure or encode again).
 * With checksums asked for, the page and the sums are read in one write transaction: no push can
 * commit between them, so sums that differ mean the PC really differs (a PC compares them on its
 * own once an hour, and a false difference would cost it a full pull).
 */
export function buildPullPage(db: SqlDriver, input: PullInput): Promise<Buffer> {
  return input.checksums ? db.transaction((tx) => buildPage(tx, db.dialect, input)) : buildPage(db, db.dialect, input);
}

async function buildPage(db: SqlExecutor, dialect: Dialect, input: PullInput): Promise<Buffer> {
  const after = parseCursor(input.cursor);
  if (after > 0) {
    // A cursor beyond anything this database handed out: it was restored from a backup.
    const { lastSeq } = await loadServerState(db);
    if (after > lastSeq) throw refuse(409, 'resync_required', { message: MESSAGES.resync });
  }
  const rows = await pullPage(db, dialect, after, input.limit + 1, input.scope.sqlForUser(input.user));
  const more = rows.length > input.limit;
  if (more) rows.length = input.limit;
  const cursor = rows.length > 0 ? rows[rows.length - 1]!.seq : after;
  const parts: Uint8Array[] = [OPEN];
  for (const [i, r] of rows.entries()) {
    if (i > 0) parts.push(COMMA);
    parts.push(mayBePersonal(r.pulled) ? pulledFor(input.fieldKey, r.pulled, input.user.role === 'viewer') : r.pulled);
  }
  let tail = `],"cursor":"${cursor}","more":${more},"serverTime":${input.now}`;
  if (input.checksums && !more) tail += `,"checksums":${JSON.stringify(await checksums(db, input))}`;
  parts.push(Buffer.from(`${tail}}`));
  return Buffer.concat(parts);
}
