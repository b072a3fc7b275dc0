/**
 * Every register GuDesk knows, by CLI/API name: THE list. A flat register is one definition, one
 * migration and an entry in FLAT_REGISTERS (docs/REGISTERS.md); its name, record type, contract
 * operations, sync and the core's handlers and stores all follow from here.
 */
import { clippingsSpec, type Clipping } from './clipping.ts';
import { releasesSpec, type Release } from './release.ts';
import { TRAINING_REGISTERS } from './training/index.ts';
import { COUNCIL_REGISTERS } from './council/index.ts';
import type { RecordMeta, RegisterName, RegisterSpec } from './register.ts';
import type { DerivedOf, RegisterDefinition, ValuesOf } from '../registers/define.ts';

/** Registers with no rules beyond their definition: the core serves them with the generic flat pieces. */
export const FLAT_REGISTERS = {
  ...TRAINING_REGISTERS,
  ...COUNCIL_REGISTERS,
} as const;

export const REGISTERS = {
  clippings: clippingsSpec,
  releases: releasesSpec,
  ...FLAT_REGISTERS,
};
// Every entry must be a register (checked here, not with `satisfies`, which would make RegisterName circular).
const _everyEntryIsASpec: Record<string, RegisterSpec> = REGISTERS;
void _everyEntryIsASpec;

export type FlatRegisterName = keyof typeof FLAT_REGISTERS;

/** A flat register's record: its values, derived values, metadata, and each link's shown name (`<key>Name`). */
export type FlatRecord<D> = ValuesOf<D> & DerivedOf<D> & RecordMeta & { [shown: `${string}Name`]: string };

/** The record type each register's operations return (its values, metadata and derived values). */
export type RegisterRecords = { clippings: Clipping; releases: Release } & { [K in FlatRegisterName]: FlatRecord<(typeof FLAT_REGISTERS)[K]> };

export const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterName[];
export const FLAT_REGISTER_NAMES = Object.keys(FLAT_REGISTERS) as FlatRegisterName[];

export function isRegisterName(name: string): name is RegisterName {
  return Object.hasOwn(REGISTERS, name);
}

/** The definition of a register, seen through what every register has. */
export function registerDefinition(name: RegisterName): RegisterDefinition & RegisterSpec {
  return REGISTERS[name] as unknown as RegisterDefinition & RegisterSpec;
}

/** Fields whose concurrent edits keep the losing text for a person (sync, merge.ts). */
export function isLongTextField(register: string, field: string): boolean {
  if (!isRegisterName(register)) return false;
  return registerDefinition(register).fields.some((f) => f.key === field && f.kind === 'longText');
}
