import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

// uuid asks the OS for 16 random bytes per id; an import of 100,000 rows spent most of a second
// there. Random bytes are taken from a pooled buffer instead (refilled 4 KiB at a time).
const pool = new Uint8Array(4096);
let offset = pool.length;

function randomBytes16(): Uint8Array {
  if (offset + 16 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.slice(offset, offset + 16);
  offset += 16;
  return bytes;
}

// Passing our own bytes turns off uuid's monotonic counter, so it is kept here as uuid keeps it:
// a random 31-bit sequence each new millisecond, counting up within one (ids stay in order).
let lastMsecs = -Infinity;
let seq = 0;

/** Record ids are UUIDv7: unique across PCs without coordination, and sortable by creation time. */
export function newId(): string {
  const random = randomBytes16();
  const now = Date.now();
  if (now > lastMsecs) {
    seq = ((random[6]! << 23) | (random[7]! << 16) | (random[8]! << 8) | random[9]!) & 0x7fffffff;
    lastMsecs = now;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMsecs++;
  }
  return v7({ random, msecs: lastMsecs, seq });
}

export function stampNow(actor: string): { actor: string; at: string; batchId: string } {
  return { actor, at: new Date().toISOString(), batchId: newId() };
}
