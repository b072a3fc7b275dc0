/** Every register GuDesk knows, by CLI/API name. Later registers add themselves here. */
import { clippingsSpec } from './clipping.ts';
import { releasesSpec } from './release.ts';
import type { RegisterName, RegisterSpec } from './register.ts';

export const REGISTERS: Record<RegisterName, RegisterSpec> = {
  clippings: clippingsSpec,
  releases: releasesSpec,
};

export const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterName[];

export function isRegisterName(name: string): name is RegisterName {
  return Object.hasOwn(REGISTERS, name);
}

/** Fields whose concurrent edits keep the losing text for a person (sync, merge.ts). */
export function isLongTextField(register: string, field: string): boolean {
  if (!isRegisterName(register)) return false;
  return REGISTERS[register].fields.some((f) => f.key === field && f.kind === 'longText');
}

