/** Every register GuDesk knows, by CLI/API name. A new register adds its definition here (docs/REGISTERS.md). */
import { clippingsSpec, type Clipping } from './clipping.ts';
import { releasesSpec, type Release } from './release.ts';
import type { RegisterName, RegisterSpec } from './register.ts';
import type { RegisterDefinition } from '../registers/define.ts';

export const REGISTERS = {
  clippings: clippingsSpec,
  releases: releasesSpec,
} satisfies Record<RegisterName, RegisterSpec>;

/** The record type each register's operations return (its values, metadata and derived values). */
export interface RegisterRecords {
  clippings: Clipping;
  releases: Release;
}

export const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterName[];

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
