/**
 * Every contract operation of a flat register (shared/api/contract.ts registerOps), from its
 * definition alone: list, pages, get, create/update/bulk/paste, delete/restore with the parent
 * rules, 휴지통, search, history, import/export, suggestions, tags and match notes. A register with
 * its own rules (clippings, releases) keeps its handlers; a flat one needs none of its own.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { ExportScope } from '../../shared/api/contract.ts';
import type { RecordChange } from './update-many.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import type { Db } from '../db/open.ts';
import { importRegister } from '../transfer/import-register.ts';
import { exportRegister } from '../transfer/export-register.ts';
import { bulkEditTags } from './bulk-tags.ts';
import type { FlatRepository } from './flat-repository.ts';
import type { HistoryRepository } from './history-repository.ts';
import { historyEntries } from './history-view.ts';
import { matchNotes } from './match-notes.ts';
import type { RecordStore } from './record-store.ts';
import type { RefLinks } from './ref-links.ts';
import type { RegisterService } from './register-service.ts';
import { suggestionsOf } from './suggestions.ts';
import { trashRepository } from './trash-repository.ts';
import type { AccessLogRepository } from '../personal/access-log.ts';
import { withPersonalReads } from '../personal/masked-reads.ts';
import { holdsPersonalData } from '../../shared/personal/personal-record.ts';

type AnyHandler = (args: never, ctx: { actor: string }) => unknown;

/** The parsed request of any register operation (the contract's registerOps inputs, merged). */
interface Args {
  includeDeleted: boolean;
  id: string;
  values: unknown;
  patch: Record<string, unknown>;
  expectedVersion?: number;
  ids: string[];
  changes: RecordChange[];
  query: string;
  limit: number;
  fileName: string;
  data: string;
  format: 'csv' | 'xlsx';
  fields?: string[];
  scope?: ExportScope;
  field: string;
  add?: string;
  remove?: string;
}

export interface FlatRegisterParts {
  db: Db;
  store: RecordStore;
  repo: FlatRepository;
  service: RegisterService<Record<string, unknown>>;
  history: HistoryRepository;
  links: RefLinks;
  /** Where opening, exporting and revealing personal records is logged (registers with personal fields). */
  accessLog?: AccessLogRepository;
}

export function flatRegisterHandlers(p: FlatRegisterParts): Record<string, AnyHandler> {
  const spec: RegisterSpec = p.store.spec;
  const name = spec.name;
  const trash = trashRepository(p.db, spec);
  const suggestions = suggestionsOf(p.db, spec);
  const tags = bulkEditTags(spec, p.service);
  const get = (id: string) => {
    const rec = p.repo.get(id);
    if (!rec) throw new AppError('not_found', `${spec.label} 기록을 찾을 수 없습니다 (ID ${id}).`);
    return rec;
  };
  // Import reads a link by name as the forms do, and warns (rather than refuses the row) when it cannot.
  const resolveRef = (key: string, text: string, row: Record<string, unknown>, warn: (reason: string) => void): string => {
    const field = spec.fields.find((f) => f.key === key)!;
    const day = spec.rowOrder && typeof row[spec.rowOrder] === 'string' ? (row[spec.rowOrder] as string) : undefined;
    const r = p.links.resolve(field, text, day);
    if (!r.ok) warn(`${r.reason} 연결하지 않았습니다.`);
    return r.ok ? r.id : '';
  };
  const target = { spec, store: p.store, service: p.service, resolveRef };
  const refText = (field: RegisterSpec['fields'][number], v: unknown) => p.links.name(field, v);
  const handlers: Record<string, (args: Args, ctx: { actor: string }) => unknown> = {
    list: ({ includeDeleted }) => p.repo.list(includeDeleted),
    page: () => p.repo.page(),
    get: ({ id }) => get(id),
    create: ({ values }, ctx) => {
      const { id, batchId, notes } = p.service.create(values, ctx.actor);
      return { record: get(id), batchId, ...(notes.length > 0 ? { notes } : {}) };
    },
    update: ({ id, patch, expectedVersion }, ctx) => {
      const { batchId, notes } = p.service.update(id, patch, ctx.actor, expectedVersion);
      return { record: get(id), batchId, ...(notes.length > 0 ? { notes } : {}) };
    },
    bulkUpdate: ({ ids, patch }, ctx) => p.service.bulkUpdate(ids, patch, ctx.actor),
    updateMany: ({ changes }, ctx) => {
      const { saved, refused, batchId } = p.service.updateMany(changes, ctx.actor);
      return { records: saved.map(get), batchId: saved.length > 0 ? batchId : null, refused };
    },
    delete: ({ ids }, ctx) => p.service.delete(ids, ctx.actor),
    restore: ({ ids }, ctx) => p.service.restore(ids, ctx.actor),
    trash: ({ query, limit }) => trash.list(query, limit),
    search: ({ query, limit }) => p.repo.search(query, limit),
    searchIds: ({ query }) => {
      const ids = p.repo.search(query, 100_000).rows.map((r) => r.id);
      return { ids, total: ids.length };
    },
    history: ({ id }) => historyEntries(spec, p.history.forRecord(name, get(id).id), (field, ref) => p.links.text(field, ref)),
    importPreview: ({ fileName, data }, ctx) => importRegister(p.db, target, fileName, Buffer.from(data, 'base64'), false, ctx.actor),
    importCommit: ({ fileName, data }, ctx) => importRegister(p.db, target, fileName, Buffer.from(data, 'base64'), true, ctx.actor),
    export: ({ format, ids, fields, scope }) => exportRegister(spec, p.repo.list(false), format, refText, new Date(), { ids, fields, scope }),
    suggest: ({ field, query, limit }) => suggestions.suggest(field, query, limit),
    bulkTags: ({ ids, field, add, remove }, ctx) => tags(ids, { field, add, remove }, ctx.actor),
    matchNotes: ({ query, ids }) => matchNotes(spec, p.repo.searchedFields, (id) => p.store.get(id), query, ids),
  };
  const named = Object.fromEntries(Object.entries(handlers).map(([op, h]) => [`${name}.${op}`, h as AnyHandler]));
  if (!p.accessLog) {
    if (holdsPersonalData(spec)) throw new Error(`${name}: a register with personal fields needs the access log`);
    return named;
  }
  // Every read of a register with personal fields leaves the core masked (core/personal/masked-reads.ts).
  return withPersonalReads({ spec, accessLog: p.accessLog, get: (id) => p.store.get(id) }, named);
}
