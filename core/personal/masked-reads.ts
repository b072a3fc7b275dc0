/**
 * The personal-data wrapper of a register's operations (issue 10 §2): whatever a screen, the CLI
 * or an export asks for comes back with its personal fields masked (김*용, 010-1234-****), so a
 * value is only ever shown in full through `reveal`, which needs a reason and leaves an access-log
 * entry. Opening one record (`get`) and exporting are logged too. Registers without personal
 * fields get their handlers back untouched.
 */
import { AppError } from '../../shared/api/errors.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import type { HistoryEntry } from '../../shared/domain/history.ts';
import type { TrashPage } from '../../shared/domain/trash.ts';
import { holdsPersonalData, maskFieldValue, maskRecord, personalFields, personLabel } from '../../shared/personal/personal-record.ts';
import { reasonRequiredMessage } from '../../shared/personal/reason.ts';
import type { AccessLogRepository } from './access-log.ts';
import { isSealedText, unreadableSensitiveMessage } from './at-rest.ts';

type Handler = (args: never, ctx: { actor: string }) => unknown;
type Rec = Record<string, unknown>;

export { reasonRequiredMessage } from '../../shared/personal/reason.ts';

export interface PersonalReadsDeps {
  spec: RegisterSpec;
  accessLog: AccessLogRepository;
  /** The stored (unmasked) record, for the person's label in the log and for reveal. */
  get(id: string): Rec | undefined;
}

/** One record's field in full, for a clerk who gave a reason; logged as 'reveal'. */
export function revealValue(d: PersonalReadsDeps, id: string, key: string, reason: string, actor: string): { value: unknown } {
  const field = personalFields(d.spec).find((f) => f.key === key);
  if (!field) throw new AppError('invalid_input', `${d.spec.label}의 '${key}' 항목은 가려진 개인정보가 아닙니다.`);
  if (reason.trim() === '') throw new AppError('invalid_input', reasonRequiredMessage('마스킹 해제'));
  const rec = d.get(id);
  if (!rec || rec.deletedAt) throw new AppError('not_found', `${d.spec.label} 기록을 찾을 수 없습니다 (ID ${id}).`);
  // Still sealed: restored on a PC without the key file that sealed it.
  if (isSealedText(rec[key])) throw new AppError('forbidden', unreadableSensitiveMessage);
  d.accessLog.record({ register: d.spec.name, recordId: id, person: personLabel(d.spec, rec), action: 'reveal', field: field.label, reason }, actor);
  return { value: rec[key] ?? null };
}

export function withPersonalReads(d: PersonalReadsDeps, handlers: Record<string, Handler>): Record<string, Handler> {
  const spec = d.spec;
  if (!holdsPersonalData(spec)) return handlers;
  const name = spec.name;
  const personal = new Map(personalFields(spec).map((f) => [f.key, f]));
  const mask = <T extends object>(r: T): T => maskRecord(spec, r);
  const h = handlers as Record<string, (args: Rec, ctx: { actor: string }) => unknown>;
  const wrap = (op: string, after: (value: unknown, args: Rec, ctx: { actor: string }) => unknown, before?: (args: Rec) => void) => {
    const inner = h[`${name}.${op}`];
    if (!inner) return;
    h[`${name}.${op}`] = (args, ctx) => {
      before?.(args);
      return after(inner(args, ctx), args, ctx);
    };
  };
  const maskHistory = (entries: HistoryEntry[]) =>
    entries.map((e) =>
      personal.has(e.field)
        ? { ...e, oldValue: e.oldValue === null ? null : maskFieldValue(spec, e.field, e.oldValue), newValue: e.newValue === null ? null : maskFieldValue(spec, e.field, e.newValue) }
        : e,
    );

  wrap('list', (v) => (v as Rec[]).map(mask));
  wrap('page', (v) => {
    const page = v as { columns: string[]; rows: unknown[][] };
    const idx = page.columns.flatMap((c, i) => (personal.has(c) ? [[i, c] as const] : []));
    return { ...page, rows: page.rows.map((row) => {
      const out = row.slice();
      for (const [i, key] of idx) if (typeof out[i] === 'string') out[i] = maskFieldValue(spec, key, out[i] as string);
      return out;
    }) };
  });
  wrap('get', (v, _args, ctx) => {
    const rec = v as Rec;
    d.accessLog.record({ register: name, recordId: String(rec.id), person: personLabel(spec, rec), action: 'open' }, ctx.actor);
    return mask(rec);
  });
  for (const op of ['create', 'update']) wrap(op, (v) => ({ ...(v as Rec), record: mask((v as { record: Rec }).record) }));
  wrap('updateMany', (v) => ({ ...(v as Rec), records: (v as { records: Rec[] }).records.map(mask) }));
  wrap('search', (v) => ({ ...(v as Rec), rows: (v as { rows: Rec[] }).rows.map(mask) }));
  wrap('trash', (v) => {
    const page = v as TrashPage;
    return { ...page, rows: page.rows.map((r) => ({ ...r, fields: mask(r.fields) })) };
  });
  wrap('history', (v) => maskHistory(v as HistoryEntry[]));
  // A suggestion list of names would list the people: personal fields suggest nothing.
  wrap('suggest', (v, args) => (personal.has(String(args.field)) ? [] : v));
  // A match note quotes the matched text: a note inside a personal field is left out.
  wrap('matchNotes', (v) =>
    Object.fromEntries(Object.entries(v as Record<string, Array<{ field: string }>>).map(([id, notes]) => [id, notes.filter((n) => !personal.has(n.field))])),
  );
  // Exported files are masked by exportRegister; the export itself needs a reason and is logged.
  const exportOp = h[`${name}.export`];
  if (exportOp) {
    h[`${name}.export`] = (args, ctx) => {
      const reason = typeof args.reason === 'string' ? args.reason.trim() : '';
      if (reason === '') throw new AppError('invalid_input', reasonRequiredMessage('내보내기'));
      const file = exportOp(args, ctx);
      const count = Array.isArray(args.ids) ? args.ids.length : (h[`${name}.list`]!({ includeDeleted: false }, ctx) as unknown[]).length;
      d.accessLog.record({ register: name, action: 'export', reason, count }, ctx.actor);
      return file;
    };
  }
  return handlers;
}
