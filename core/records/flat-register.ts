/**
 * The service of a flat register: one with no rules beyond its definition (no outlet table; its
 * 'code' fields take a code in use from their list, as 매체구분 does). Everything — validation, links by name, duplicates by natural key, the
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
import { AppError } from '../../shared/api/errors.ts';
import { topicParticle } from '../../shared/text/particle.ts';
import type { CodeListName } from '../../shared/domain/codes.ts';

export function flatRegisterService(db: Db, store: RecordStore, def: RegisterDefinition, links: LinksRepository, kernel: KernelParts) {
  const spec: RegisterSpec = store.spec;
  const keyFields = spec.naturalKey.map((k) => spec.fields.find((f) => f.key === k)!);
  const codeFields = spec.fields.filter((f) => f.kind === 'code' && f.codeList);
  return registerService<Record<string, unknown>>(
    db,
    store,
    {
      schema: def.valuesSchema as never,
      normalize: (values, current) => {
        for (const f of codeFields) {
          const v = values[f.key];
          // A code kept from before stays even if the list no longer offers it (no value is lost).
          if (typeof v !== 'string' || v === '' || !kernel.codes || (current !== undefined && v === current[f.key])) continue;
          const list = f.codeList as CodeListName;
          if (kernel.codes.isActive(list, v)) continue;
          const why = kernel.codes.has(list, v) ? '사용하지 않음으로 설정되어 있습니다' : '코드 목록에 없습니다';
          throw new AppError('invalid_input', `${f.label} '${v}'${topicParticle(v)} ${why}. 설정에서 바꾸거나 다른 값을 고르세요.`, { [f.label]: `${why}.` });
        }
        return values;
      },
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
