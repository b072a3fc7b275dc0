/**
 * Which form fields offer suggestions: those the register definition flags `suggest`
 * (shared/domain/*.ts), so a register built next gets them without new code.
 */
import type { RecordMeta, RegisterSpec } from '../../../shared/domain/register.ts';
import type { RegisterOps } from './registerOps.ts';
import type { Suggest } from './SuggestInput.tsx';

export function suggestFor<R extends RecordMeta>(ops: RegisterOps<R>, spec: RegisterSpec, field: string, extra?: (q: string) => string[]): Suggest | undefined {
  if (!spec.fields.find((f) => f.key === field)?.suggest) return undefined;
  return async (q) => {
    const typed = await ops.suggest(field, q);
    // Built-in names (e.g. the outlet table) after the office's own, each once.
    return extra ? [...new Set([...typed, ...extra(q)])].slice(0, 8) : typed;
  };
}
