/** What sync needs of each register: its descriptor, its row store, remote writes and search index. */
import type { RegisterSpec } from '../../shared/domain/register.ts';
import type { RecordStore } from '../records/record-store.ts';
import type { SyncedWrites } from '../records/synced-writes.ts';

export interface SyncRegister {
  spec: RegisterSpec;
  store: RecordStore;
  writes: SyncedWrites;
  /** Filled once per pulled page for the records it created (see db/bulk-load.ts). */
  searchIndex?: { indexBatch(batchId: string): void };
  /** Every row with its stamps, for checksums and a full resync. */
  allRows(): Iterable<{ id: string; sync_hlc: string | null; sync_hlcs: string | null }>;
}

export type SyncRegisters = ReadonlyMap<string, SyncRegister>;
