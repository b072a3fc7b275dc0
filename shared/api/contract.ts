/**
 * The one API contract. Every operation GuDesk's UI, CLI and tests can call is listed here with
 * its zod request schema and its result type. Electron's IPC, browser mode's HTTP and the CLI all
 * go through `Core.invoke`, which parses the request with the schema below before any handler runs.
 */
import { z } from 'zod';
import type { Clipping } from '../domain/clipping.ts';
import type { Release } from '../domain/release.ts';
import type { HistoryEntry } from '../domain/history.ts';
import type { CodeItem } from '../domain/codes.ts';
import type { RegisterName } from '../domain/register.ts';
import type { ReviewItem } from '../domain/review.ts';
import type { TrashPage } from '../domain/trash.ts';
import type { DemoRemoval, DemoSummary } from '../domain/demo.ts';
import { REGISTER_NAMES, REGISTERS, type RegisterRecords } from '../domain/registers.ts';
import { ATTACHMENT_OWNERS, MAX_ATTACHMENT_BASE64, MAX_ATTACHMENT_MB, type AttachmentOwnerRegister } from '../domain/attachments.ts';
import type { QuarantineResponse } from '../sync/protocol.ts';
import type { Envelope } from './errors.ts';
import { syncLoginSchema, syncResolveSchema, type QuarantinedSyncRecord, type SyncConflict, type SyncReport, type SyncStatus } from '../domain/sync.ts';
import { PRINT_MAX_ROWS } from '../print/limits.ts';
import { accessLogListSchema, accessLogRecordSchema, type AccessLogEntry, type AccessLogPage } from '../domain/access-log.ts';
import type { DestroyPlan, DestroyResult } from '../personal/destroy.ts';
import { statsRunInput } from '../stats/request.ts';
import { councilReportInput, type CouncilReportResult } from '../reports/council-request.ts';
import { reasonRequiredMessage } from '../personal/reason.ts';
import type { StatInfo, StatTable } from '../stats/types.ts';

/** `result<T>()` records the result type of an operation; it carries no runtime value. */
const op =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });

const id = z.string({ error: 'ID가 필요합니다.' }).min(1, { error: 'ID가 필요합니다.' }).max(64);
const ids = z.array(id).min(1, { error: '하나 이상 선택하세요.' }).max(200_000);
const empty = z.object({}).strict().default({});
/** A file crossing the API: base64 so that IPC, HTTP and the CLI carry it the same way. */
export const fileSchema = z.object({
  fileName: z.string().min(1).max(260),
  data: z.string().max(200 * 1024 * 1024, { error: '파일이 너무 큽니다 (150MB 이하).' }),
});
export type FilePayload = z.infer<typeof fileSchema>;
/** An attachment: one file up to MAX_ATTACHMENT_BYTES (the core names the file when it is larger). */
const attachmentFileSchema = fileSchema.extend({
  data: z.string().max(MAX_ATTACHMENT_BASE64, { error: `첨부 파일은 한 파일에 ${MAX_ATTACHMENT_MB}MB까지입니다.` }),
});
const attachmentOwnerSchema = z.object({ register: z.enum(ATTACHMENT_OWNERS), id });

export interface ChangeResult<T> {
  record: T;
  /** Undo reverts this batch. */
  batchId: string;
  /** What the register's rules adjusted or warn about ('정원 20명이 모두 차서 대기 1번으로 신청했습니다.'). */
  notes?: string[];
}
export interface BatchResult {
  count: number;
  batchId: string;
}
/** A paste or fill down: different changes on many records, one history batch (records/update-many.ts). */
export interface UpdateManyResult<T> {
  /** The records that changed, as stored now. */
  records: T[];
  /** Undo reverts every saved change at once; null when nothing was saved. */
  batchId: string | null;
  /** Records left unchanged, each with the Korean reason (details: field label → problem). */
  refused: Array<{ id: string; message: string; details?: Record<string, string> }>;
}
export interface ImportRejection {
  /** Row number as the clerk sees it in Excel (header is row 1). */
  row: number;
  reason: string;
}
export interface ImportReport {
  fileName: string;
  /** 'utf-8', 'utf-8-bom', 'cp949' or 'xlsx'. */
  encoding: string;
  /** Headers recognised, in file order, and those ignored. */
  columns: string[];
  ignoredColumns: string[];
  totalRows: number;
  toAdd: number;
  duplicates: number;
  rejected: ImportRejection[];
  warnings: ImportRejection[];
  /** The first rows that would be added, for the preview grid (field key → shown text). */
  sample: Array<Record<string, string>>;
  /** True once written (importCommit); false for a preview. */
  committed: boolean;
  batchId: string | null;
}
/**
 * Rows for the grid, compact: `columns` names the fields, each row holds their values in that
 * order. Long texts may be shortened (the detail form fetches the whole record).
 */
export interface RowPage {
  total: number;
  columns: string[];
  rows: unknown[][];
  /** Pass to get the next page; null after the last one. */
  cursor: number | null;
}
export interface SearchResult<T> {
  rows: T[];
  total: number;
}
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: string;
  rowCount: number;
}

const listInput = z.object({ includeDeleted: z.boolean().default(false) }).default({ includeDeleted: false });
const searchInput = z.object({
  query: z.string().trim().max(200, { error: '검색어는 200자 이내로 입력하세요.' }),
  limit: z.number().int().min(1).max(100_000).default(1000),
});
export type ExportScope = 'list' | 'selected' | 'all';
const exportInput = z.object({
  format: z.enum(['csv', 'xlsx'], { error: '형식은 csv 또는 xlsx입니다.' }),
  /** The rows to write in this order (the grid's current list or selection); the whole register without. */
  ids: z.array(id).max(200_000).optional(),
  /** Field keys of the grid's visible columns, in their order; every field without. */
  fields: z.array(z.string().max(50)).max(100).optional(),
  scope: z.enum(['list', 'selected', 'all']).optional(),
  /** Why (필수 for a register holding personal data: the export is written to the access log). */
  reason: z.string().trim().max(200, { error: '사유는 200자 이하로 적어 주세요.' }).optional(),
});
/** A list printed as shown: the renderer sends the visible columns' texts (what the clerk sees). */
const printInput = z.object({
  title: z.string().trim().min(1).max(200),
  /** Search and filters in words ('검색어 "축제" · 논조: 긍정'); empty when none. */
  description: z.string().max(1000).default(''),
  columns: z.array(z.object({ label: z.string().max(100), width: z.number().min(1).max(2000) })).min(1).max(40),
  rows: z.array(z.array(z.string().max(6000))).max(PRINT_MAX_ROWS, { error: `한 번에 ${PRINT_MAX_ROWS.toLocaleString('ko-KR')}건까지 인쇄할 수 있습니다. 필터로 목록을 줄이세요.` }),
  fileStem: z.string().trim().min(1).max(200),
  /** The register the list is of: one holding personal data needs `reason` (the print is logged). */
  register: z.string().regex(/^[a-z][a-zA-Z0-9]{0,49}$/, { error: '대장 이름이 올바르지 않습니다.' }),
  reason: z.string().trim().max(200, { error: '사유는 200자 이하로 적어 주세요.' }).optional(),
});
/** 정보화교육 prints of one class, named by ID or 반 이름. */
const classPrintRef = z.string().trim().min(1, { error: '인쇄할 교육반을 지정하세요.' }).max(200);
/** Every training print names or counts trainees, so each one asks why (logged as a 'print'). */
const printReasonRequired = reasonRequiredMessage('인쇄');
const printReason = z
  .string({ error: (iss) => (iss.input === undefined ? printReasonRequired : undefined) })
  .trim()
  .min(1, { error: printReasonRequired })
  .max(200, { error: '사유는 200자 이하로 적어 주세요.' });
/** One tag as the schemas hold it: trimmed, NFC, 1–50 characters. */
const oneTag = z.string().trim().normalize('NFC').min(1, { error: '태그를 입력하세요.' }).max(50, { error: '태그는 50자 이내로 입력하세요.' });
/** Where a search matched in one record: a searched field and the words around the match. */
export interface MatchNote {
  field: string;
  label: string;
  snippet: string;
}

function registerOps<R, V extends z.ZodType, P extends z.ZodType>(values: V, patch: P) {
  return {
    list: op<R[]>()(listInput),
    /**
     * Newest first, `limit` rows older than `cursor` (from the previous page; none for the first).
     * Keyset paging: rows added or deleted meanwhile never shift a page.
     */
    page: op<RowPage>()(
      z.object({ cursor: z.number().int().nullable().default(null), limit: z.number().int().min(1).max(200_000).default(200_000) }).default({ cursor: null, limit: 200_000 }),
    ),
    get: op<R>()(z.object({ id })),
    create: op<ChangeResult<R>>()(z.object({ values })),
    update: op<ChangeResult<R>>()(z.object({ id, patch, expectedVersion: z.number().int().optional() })),
    bulkUpdate: op<BatchResult>()(z.object({ ids, patch })),
    /** Each patch is checked on its own by the core, so one bad record refuses only itself. */
    updateMany: op<UpdateManyResult<R>>()(
      z.object({ changes: z.array(z.object({ id, patch: z.record(z.string(), z.unknown()), expectedVersion: z.number().int().optional() })).min(1).max(200_000) }),
    ),
    delete: op<BatchResult>()(z.object({ ids })),
    restore: op<BatchResult>()(z.object({ ids })),
    /** 휴지통: deleted records, newest deletion first, with who/when; `limit: 0` counts only. */
    trash: op<TrashPage>()(
      z.object({ query: searchInput.shape.query.default(''), limit: z.number().int().min(0).max(2000).default(500) }).default({ query: '', limit: 500 }),
    ),
    search: op<SearchResult<R>>()(searchInput),
    /** Every match as an id: the grid, which holds all rows already, filters to them. */
    searchIds: op<{ ids: string[]; total: number }>()(z.object({ query: searchInput.shape.query })),
    history: op<HistoryEntry[]>()(z.object({ id })),
    importPreview: op<ImportReport>()(fileSchema),
    importCommit: op<ImportReport>()(fileSchema),
    export: op<ExportedFile>()(exportInput),
    /** 입력 도우미: distinct values of a field flagged `suggest`, starts-with first, then most used. */
    suggest: op<string[]>()(z.object({ field: z.string().min(1).max(50), query: z.string().max(100).default(''), limit: z.number().int().min(1).max(200).default(10) })),
    /** Adds and/or removes one tag on every record, keeping their other tags: one undoable batch. */
    bulkTags: op<BatchResult>()(z.object({ ids, field: z.string().min(1).max(50), add: oneTag.optional(), remove: oneTag.optional() })),
    /** For the grid: in which searched fields each record matched, with context. */
    matchNotes: op<Record<string, MatchNote[]>>()(z.object({ query: searchInput.shape.query, ids: z.array(id).max(500) })),
  };
}

type Prefixed<N extends string, T> = { [K in keyof T as `${N}.${K & string}`]: T[K] };
function prefixed<N extends string, T extends object>(name: N, ops: T): Prefixed<N, T> {
  return Object.fromEntries(Object.entries(ops).map(([k, v]) => [`${name}.${k}`, v])) as Prefixed<N, T>;
}

type Registers = typeof REGISTERS;
/** One register's operations, typed from its definition's schemas and its record type. */
type OpsOf<N extends RegisterName> = Prefixed<N, ReturnType<typeof registerOps<RegisterRecords[N], Registers[N]['valuesSchema'], Registers[N]['patchSchema']>>>;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type RegisterOperations = Intersection<{ [N in RegisterName]: OpsOf<N> }[RegisterName]>;

/** The operations every register offers, one loop over the register list (shared/domain/registers.ts). */
export function registerOperations(registers: Readonly<Record<string, { valuesSchema: z.ZodType; patchSchema: z.ZodType }>> = REGISTERS): RegisterOperations {
  return Object.assign({}, ...Object.entries(registers).map(([name, def]) => prefixed(name, registerOps(def.valuesSchema, def.patchSchema)))) as RegisterOperations;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  schemaVersion: number;
  actor: string;
  /** No records yet: the UI offers demo data. */
  empty: boolean;
  counts: Record<RegisterName, number>;
}
export interface SavedView {
  id: string;
  grid: string;
  name: string;
  /** ag-grid column + filter state, opaque to the core. */
  state: unknown;
  updatedAt: string;
}
/** The record an attachment belongs to (shared/domain/attachments.ts ATTACHMENT_OWNERS). */
export interface AttachmentOwner {
  register: AttachmentOwnerRegister;
  id: string;
}
export interface Attachment {
  id: string;
  owner: AttachmentOwner;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: string;
  createdBy: string;
  /** False while the file of an attachment made on another PC has not arrived yet (sync fetches it). */
  fileReceived: boolean;
}
export interface ReleaseDetail extends Release {
  clippings: Clipping[];
}

export const contract = {
  'app.info': op<AppInfo>()(empty),
  'app.seedDemo': op<{ clippings: number; releases: number }>()(
    z.object({ rows: z.number().int().min(1).max(200_000).default(3000) }).default({ rows: 3000 }),
  ),
  /** How much 예시 데이터 this PC holds (설정, the sync login card). */
  'demo.summary': op<DemoSummary>()(empty),
  /** Removes every demo record in one undoable batch; the clerk's links to demo releases are cleared. */
  'demo.remove': op<DemoRemoval>()(empty),
  'settings.get': op<Record<string, string>>()(empty),
  'settings.set': op<Record<string, string>>()(
    // The update feed is the sync server's policy (core/settings/update-feed-policy.ts), not a setting.
    z.object({ key: z.enum(['actorName', 'certificateIssuer']), value: z.string().trim().max(500) }),
  ),
  'codes.list': op<CodeItem[]>()(z.object({ list: z.enum(['mediaType', 'subjectGroup']) })),
  'codes.save': op<CodeItem[]>()(
    z.object({
      list: z.enum(['mediaType', 'subjectGroup']),
      items: z
        .array(z.object({ code: z.string().trim().min(1, { error: '코드를 입력하세요.' }).max(30), active: z.boolean().default(true) }))
        .min(1, { error: '코드가 하나 이상 있어야 합니다.' }),
    }),
  ),
  'views.list': op<SavedView[]>()(z.object({ grid: z.string().min(1).max(50) })),
  'views.save': op<SavedView>()(z.object({ grid: z.string().min(1).max(50), name: z.string().trim().min(1, { error: '보기 이름을 입력하세요.' }).max(50), state: z.unknown() })),
  'views.delete': op<{ count: number }>()(z.object({ id })),
  'history.undo': op<BatchResult>()(z.object({ batchId: id })),
  /** A clerk's remembered layout of one screen (grid columns, chosen view, folded chart): personal, never synced. */
  'layout.get': op<{ state: unknown }>()(z.object({ key: z.string().min(1).max(100) })),
  'layout.save': op<{ saved: true }>()(z.object({ key: z.string().min(1).max(100), state: z.unknown() })),
  'attachments.list': op<Attachment[]>()(z.object({ owner: attachmentOwnerSchema })),
  'attachments.add': op<Attachment>()(z.object({ owner: attachmentOwnerSchema, file: attachmentFileSchema })),
  'attachments.get': op<Attachment & { data: string }>()(z.object({ id })),
  'attachments.delete': op<{ count: number }>()(z.object({ id })),
  /** The statistics registry (shared/stats): each statistic's name, register, period field and groupings. */
  'stats.list': op<StatInfo[]>()(empty),
  /** One statistic over the whole register as a self-describing table (title, unit, 합계, headline). */
  'stats.run': op<StatTable>()(statsRunInput),
  /** 구의회 주요업무 보고 from the registers, as PDF or DOCX (docs/COUNCIL-REPORT.md), with what to fix. */
  'report.council': op<CouncilReportResult>()(councilReportInput),
  /** The current list as an A4 landscape PDF (Korean fonts embedded, words kept whole). */
  'print.list': op<ExportedFile>()(printInput),
  /** 출석부 (A4 landscape): names masked, or real with `realNames`; a reason always (logged). */
  'training.printAttendance': op<ExportedFile>()(z.object({ classId: classPrintRef, realNames: z.boolean().default(false), reason: printReason })),
  /** 수료증 (A4 portrait, real names: reason required, logged): 수료 enrolments, with `includePassing` also 수료 가능. */
  'training.printCertificates': op<ExportedFile>()(
    z.object({ classId: classPrintRef, enrolmentIds: z.array(id).max(1000).optional(), includePassing: z.boolean().default(false), reason: printReason, issuer: z.string().trim().max(50).optional() }),
  ),
  /** 수강생 명단 of a class (names masked; a reason, logged). */
  'training.printRoster': op<ExportedFile>()(z.object({ classId: classPrintRef, reason: printReason })),
  'releases.detail': op<ReleaseDetail>()(z.object({ id })),
  /** '2024-09-02 제목', a title or an id → the release's id (null when none matches). */
  'releases.resolve': op<string | null>()(z.object({ text: z.string().max(400), publishedOn: z.string().optional() })),
  'sync.status': op<SyncStatus>()(empty),
  'sync.login': op<SyncStatus>()(syncLoginSchema),
  'sync.logout': op<SyncStatus>()(empty),
  /** Syncs now (joins a sync already running); `verify` also compares checksums with the server. */
  'sync.now': op<SyncReport>()(z.object({ verify: z.boolean().default(false) }).default({ verify: false })),
  'sync.conflicts': op<SyncConflict[]>()(empty),
  'sync.resolve': op<{ count: number }>()(syncResolveSchema),
  /** Pulled records this PC set aside (they break their register's rules). */
  'sync.quarantine': op<QuarantinedSyncRecord[]>()(empty),
  /** Admins only: clears one entry, or all without `id`. */
  'sync.clearQuarantine': op<{ count: number }>()(z.object({ id: z.number().int().min(1).optional() })),
  /** Admins: the records the server set aside (stored before it checked pushes); `clear` removes one. */
  'sync.serverQuarantine': op<QuarantineResponse>()(z.object({ clear: z.string().uuid().optional() })),
  /** 확인할 항목: twins and dangling links a merge of several PCs' work produced (domain/review.ts). */
  'review.list': op<ReviewItem[]>()(empty),
  /** Keeps `keepId`, takes in what the others hold, deletes them: one undoable batch. */
  'review.mergeTwins': op<BatchResult>()(z.object({ register: z.enum(REGISTER_NAMES as [RegisterName, ...RegisterName[]]), keepId: id, ids })),
  /** 접속기록: a screen's opening, reveal (with reason), export or print of personal data. */
  'accessLog.record': op<AccessLogEntry>()(accessLogRecordSchema),
  /** One masked value in full (마스킹 해제): the reason is required and the reveal is logged. */
  'personal.reveal': op<{ value: unknown }>()(
    z.object({
      register: z.string().regex(/^[a-z][a-zA-Z0-9]{0,49}$/, { error: '대장 이름이 올바르지 않습니다.' }),
      id,
      field: z.string().min(1).max(50),
      reason: z.string().trim().min(1, { error: '마스킹 해제 사유를 적어 주세요.' }).max(200, { error: '사유는 200자 이하로 적어 주세요.' }),
    }),
  ),
  /** 접속기록 점검 (admins): newest first, with counts per actor over the whole filter. */
  'accessLog.list': op<AccessLogPage>()(accessLogListSchema),
  /** 파기: who is past their retention (masked), per personal register with one. Changes nothing. */
  'personal.destroyPlan': op<DestroyPlan>()(z.object({ register: z.string().regex(/^[a-z][a-zA-Z0-9]{0,49}$/).optional() }).default({})),
  /** 파기 (admins): erases the personal fields of the chosen records, or of every one due; logged with the count. */
  'personal.destroy': op<DestroyResult>()(
    z.object({
      register: z.string().regex(/^[a-z][a-zA-Z0-9]{0,49}$/, { error: '대장 이름이 올바르지 않습니다.' }),
      ids: z.array(id).max(100_000).optional(),
      due: z.boolean().default(false),
      reason: z.string().trim().min(2, { error: '파기 사유를 적어 주세요 (2자 이상).' }).max(200, { error: '사유는 200자 이하로 적어 주세요.' }),
    }),
  ),
  /** 보유 기간 of a personal register, in years (1–10). */
  'personal.setRetention': op<DestroyPlan>()(
    z.object({ register: z.string().regex(/^[a-z][a-zA-Z0-9]{0,49}$/), years: z.number().int().min(1, { error: '보유 기간은 1년 이상이어야 합니다.' }).max(10, { error: '보유 기간은 10년 이하여야 합니다.' }) }),
  ),
  ...registerOperations(),
};

export type Contract = typeof contract;
export type OpName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
/** What a handler receives, after parsing. */
export type OpArgs<K extends OpName> = z.output<Contract[K]['input']>;
export type OpResult<K extends OpName> = Contract[K]['result'];

export const OP_NAMES = Object.keys(contract) as OpName[];

export function isOpName(name: string): name is OpName {
  return Object.hasOwn(contract, name);
}

/** The typed client the renderer codes against; it throws the Korean AppError on failure. */
export interface GuDeskApi {
  invoke<K extends OpName>(op: K, input: OpInput<K>): Promise<OpResult<K>>;
}

/**
 * What Electron's preload exposes as `window.gudesk` (and nothing more). It resolves to the
 * Envelope instead of throwing because contextBridge would drop an error's code and details.
 */
export interface GuDeskBridge {
  invoke<K extends OpName>(op: K, input: OpInput<K>): Promise<Envelope<OpResult<K>>>;
}
