/**
 * The record id of a code (매체구분 '지역언론' …): a UUIDv8 derived from its list and text, so the
 * same code added on two PCs while apart is one record that merges, not two that both stay.
 * Registered as the SQL function gudesk_code_id for migration 004.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/open.ts';

export function codeRecordId(list: string, code: string): string {
  const h = createHash('sha256').update(`gudesk-code\u0000${list}\u0000${code}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function registerCodeIdFunction(db: Db): void {
  db.function('gudesk_code_id', { deterministic: true }, (list: unknown, code: unknown) => codeRecordId(String(list), String(code)));
}
