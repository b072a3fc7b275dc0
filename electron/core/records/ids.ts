import { v7 } from 'uuid';

/** Record ids are UUIDv7: unique across PCs without coordination, and sortable by creation time. */
export function newId(): string {
  return v7();
}

export function stampNow(actor: string): { actor: string; at: string; batchId: string } {
  return { actor, at: new Date().toISOString(), batchId: newId() };
}
