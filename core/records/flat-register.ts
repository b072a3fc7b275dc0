/**
 * The service of a flat register: one with no rules beyond its definition (no outlet table, no
 * code list to consult). Everything — validation, links by name, duplicates by natural key, the
 * parent/child delete rules — comes from the definition, so such a register needs no service file.
 */
import type { Db } from '../db/open.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import type { RegisterDefinition } from '../../shared/registers/define.ts';
import { formatKoreanDate } from '../../shared/text/korean-date.ts';
import { formatKernelValue, isKernelKind } from '../../shared/registers/field-values.ts';
import type { LinksRepository } from './links-repository.ts';
import type { RecordStore } from './record-store.ts';
import { registerService, type KernelParts } from './register-service.ts';

export function flatRegisterService(db: Db, store: RecordStore, def: RegisterDefinition, links: LinksRepository, kernel: KernelParts) {
  const spec: RegisterSpec = store.spec;
  const keyFields = spec.naturalKey.map((k) => spec.fields.find((f) => f.key === k)!);
  return registerService<Record<string, unknown>>(
    db,
    store,
    {
      schema: def.valuesSchema as never,
      normalize: (values) => values,
      naturalKeyId: (values) => links.liveIdByNaturalKey(spec, values),
      describeKey: (values) =>
        keyFields
          .map((f) => {
            const v = values[f.key];
            if (f.kind === 'date' && typeof v === 'string') return formatKoreanDate(v);
            return isKernelKind(f.kind) ? formatKernelValue(f.kind, v) : String(v ?? '');
          })
          .join(' '),
    },
    kernel,
  );
}
