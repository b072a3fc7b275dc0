/**
 * A new device id and HLC node for this PC, its clock keeping its time: after the server refused
 * a sequence number this device had already used for another op (a copied data folder syncs under
 * the same id, or this PC is an older copy of itself). The new node keeps this PC's stamps apart
 * from those of the PC it was copied from, which shared the old one.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db/open.ts';
import { formatHlc, parseHlc } from '../../shared/sync/hlc.ts';

export function newHlcNode(): string {
  return randomBytes(8).toString('hex');
}

/** Gives this PC `deviceId` (a new one by default) and a new node; returns the device id. */
export function adoptNewIdentity(db: Db, deviceId: string = randomUUID()): string {
  const row = db.prepare<[], { clock: string }>('SELECT clock FROM sync_state WHERE id = 1').get();
  if (!row) return deviceId;
  const node = newHlcNode();
  const clock = parseHlc(row.clock);
  db.prepare('UPDATE sync_state SET device_id = ?, node = ?, clock = ? WHERE id = 1').run(deviceId, node, clock ? formatHlc({ ...clock, node }) : '');
  return deviceId;
}

/** The seq the next op added to the outbox will get. */
export function nextOutboxSeq(db: Db): number {
  const pending = db.prepare<[], number>('SELECT min(seq) FROM sync_outbox').pluck().get();
  if (typeof pending === 'number') return pending;
  const used = db.prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'").pluck().get();
  return (typeof used === 'number' ? used : 0) + 1;
}
