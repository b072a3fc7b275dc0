/**
 * Everything that syncs, by the name a change carries: the registers, plus the department-wide
 * lists that travel like one (코드 목록) and the attachment rows (첨부 파일; their files travel as
 * blobs). Sync (server validation, scope, the PC's applier) works from these definitions; menus,
 * the CLI and import/export use REGISTERS only.
 */
import { attachmentsSpec } from './attachments.ts';
import { codesSpec } from './codes.ts';
import type { RegisterSpec, SyncedName } from './register.ts';
import { REGISTERS } from './registers.ts';

export const SYNCED: Record<SyncedName, RegisterSpec> = { ...REGISTERS, codes: codesSpec, attachments: attachmentsSpec };

export const SYNCED_NAMES = Object.keys(SYNCED) as SyncedName[];

export function isSyncedName(name: string): name is SyncedName {
  return Object.hasOwn(SYNCED, name);
}
