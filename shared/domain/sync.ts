/** What the UI and the CLI show about sync: the status bar, a sync's outcome, the conflicts view. */
import { z } from 'zod';
import { completeServerUrl, serverUrlProblem } from '../sync/server-url.ts';

export interface SyncStatus {
  /** Logged in to a server (sync runs in the background). */
  loggedIn: boolean;
  serverUrl: string | null;
  login: string | null;
  userName: string | null;
  team: string | null;
  role: string | null;
  /** ISO time of the last sync that finished. */
  lastSyncAt: string | null;
  /** Korean message of the last failure, cleared by the next success. */
  lastError: string | null;
  /** Changes made on this PC the server has not acknowledged yet. */
  pending: number;
  /** Records flagged for a person (concurrent edits of a long text). */
  conflicts: number;
  /** Records from a newer GuDesk, applied after this one is upgraded. */
  parked: number;
  /** Pulled records set aside because they break their register's rules (an admin clears them). */
  quarantined: number;
  running: boolean;
  /** Records received from the server since the app started (the UI reloads its grids when this grows). */
  received: number;
}

export interface SyncReport {
  pushed: number;
  pulled: number;
  conflicts: number;
  checksums: 'equal' | 'repaired' | 'skipped';
  at: string;
}

export interface SyncConflict {
  register: string;
  registerLabel: string;
  recordId: string;
  /** How the record reads in a list: '2024. 9. 2. 연합뉴스 「…」'. */
  recordTitle: string;
  field: string;
  fieldLabel: string;
  /** The text the record has now (the later edit). */
  current: string;
  /** The text that lost, kept for the clerk. */
  other: string;
  /** Texts that lost before, while this conflict was open (three or more PCs rewrote it). */
  earlier: string[];
}

/** A pulled record set aside on this PC (설정 › 격리된 기록, admins). */
export interface QuarantinedSyncRecord {
  id: number;
  register: string;
  recordId: string;
  /** Korean: which field broke which rule. */
  reason: string;
  receivedAt: string;
  /** The record as received (JSON, cut). */
  preview: string;
}

export const syncLoginSchema = z.object({
  // '10.1.2.3:8787' becomes 'https://10.1.2.3:8787' (shared/sync/server-url.ts), not a refusal.
  serverUrl: z
    .string()
    .max(2000)
    .transform(completeServerUrl)
    .check((ctx) => {
      const problem = serverUrlProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    }),
  login: z.string().trim().min(1, { error: '아이디를 입력하세요.' }).max(100),
  password: z.string().min(1, { error: '비밀번호를 입력하세요.' }).max(1000),
});

export const syncResolveSchema = z.object({
  register: z.string().min(1).max(40),
  recordId: z.string().min(1).max(64),
  field: z.string().min(1).max(80),
  /** Keep the record's current text, take the other one, or write a merged text. */
  keep: z.enum(['current', 'other', 'text']),
  text: z.string().max(20_000).optional(),
});

const ROLE_LABELS: Record<string, string> = { admin: '관리자', member: '직원', viewer: '조회 전용' };

/** An account role as 설정, the CLI and the server's CLI name it ('member' → '직원'). */
export function roleLabel(role: string | null | undefined): string {
  return role ? (ROLE_LABELS[role] ?? role) : '';
}

/** What a clerk reads after a sync: '보냄 3건, 받음 120건'. */
export function syncReportText(r: Pick<SyncReport, 'pushed' | 'pulled'>): string {
  return `보냄 ${r.pushed.toLocaleString('ko-KR')}건, 받음 ${r.pulled.toLocaleString('ko-KR')}건`;
}
