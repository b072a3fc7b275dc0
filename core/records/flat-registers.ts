/**
 * Every flat register of the list (shared/domain/registers.ts FLAT_REGISTERS), served by the
 * generic pieces: its store, reads, service and operations. Adding a register to the list is all
 * it takes for the core to serve it (docs/REGISTERS.md); nothing here names one.
 */
import type { Db } from '../db/open.ts';
import { FLAT_REGISTERS, FLAT_REGISTER_NAMES, type FlatRegisterName } from '../../shared/domain/registers.ts';
import type { RegisterDefinition } from '../../shared/registers/define.ts';
import { asSpec } from '../../shared/registers/define.ts';
import { flatRegisterService } from './flat-register.ts';
import { flatRegisterHandlers } from './flat-handlers.ts';
import { flatRepository, type FlatRepository } from './flat-repository.ts';
import type { HistoryRepository } from './history-repository.ts';
import { linksRepository } from './links-repository.ts';
import { recordStore, type RecordStore, type StoredRecord } from './record-store.ts';
import type { KernelParts, RegisterService } from './register-service.ts';
import type { OpName } from '../../shared/api/contract.ts';
import type { HandlerMap } from '../api/handler-types.ts';
import type { AccessLogRepository } from '../personal/access-log.ts';
import type { PageDeriver } from './derived-values.ts';

/** The contract operations of the flat registers ('courses.create' …). */
export type FlatOps = Extract<OpName, `${FlatRegisterName}.${string}`>;

export type FlatStores = Record<FlatRegisterName, RecordStore>;

export interface FlatRegister {
  store: RecordStore;
  repo: FlatRepository;
  service: RegisterService<Record<string, unknown>>;
}

/** The record stores, first: the kernel (links, parent rules) needs every store before any service. */
export function flatStores(db: Db): FlatStores {
  return Object.fromEntries(FLAT_REGISTER_NAMES.map((name) => [name, recordStore(db, asSpec(FLAT_REGISTERS[name] as never))])) as FlatStores;
}

/** The derived values of the registers that declare some, by register (core/training/derived.ts …). */
export type FlatDerived = Partial<Record<FlatRegisterName, PageDeriver<StoredRecord>>>;

export function flatRegisters(db: Db, stores: FlatStores, kernel: KernelParts, derived: FlatDerived = {}): Record<FlatRegisterName, FlatRegister> {
  const links = linksRepository(db);
  return Object.fromEntries(
    FLAT_REGISTER_NAMES.map((name) => {
      const store = stores[name];
      const def = FLAT_REGISTERS[name] as unknown as RegisterDefinition;
      // A declared derived value nobody computes would read as empty forever: refuse at start-up.
      if ((store.spec.derived ?? []).length > 0 && !derived[name]) throw new Error(`${store.spec.label}: 계산 항목을 계산할 함수가 없습니다`);
      return [name, { store, repo: flatRepository(db, store, kernel.links, derived[name]), service: flatRegisterService(db, store, def, links, kernel) }];
    }),
  ) as Record<FlatRegisterName, FlatRegister>;
}

/** Every operation of every flat register ('courses.create' …). */
export function flatRegistersHandlers(db: Db, registers: Record<FlatRegisterName, FlatRegister>, history: HistoryRepository, kernel: KernelParts, accessLog: AccessLogRepository) {
  return Object.assign({}, ...FLAT_REGISTER_NAMES.map((name) => flatRegisterHandlers({ db, ...registers[name], history, links: kernel.links, accessLog }))) as HandlerMap<FlatOps>;
}
