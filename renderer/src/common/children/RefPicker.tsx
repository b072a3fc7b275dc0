/**
 * A link field as a choice of the linked register's records — each by its name and the rest of
 * its natural key, as the core returns them (a trainee masked: '김*시 · 010-0000-****') — or, with
 * '직접 입력', typed by name (the core resolves the full name; an ambiguous one is refused).
 * The value is the picked record's id, or the typed text.
 */
import { useEffect, useState } from 'react';
import type { FieldSpec } from '../../../../shared/domain/register.ts';
import { isRegisterName, registerDefinition } from '../../../../shared/domain/registers.ts';
import { api, errorMessage } from '../../api/client.ts';
import { CustomField } from '../fields.tsx';
import { pickLabel } from './pickLabel.ts';

type Row = Record<string, unknown> & { id: string };
const TYPED = '__typed__';

export function RefPicker(p: { field: FieldSpec; value: string; error: string | undefined; onChange: (v: string) => void }) {
  const target = p.field.target && isRegisterName(p.field.target) ? registerDefinition(p.field.target) : undefined;
  const [rows, setRows] = useState<Row[] | null>(null);
  const [typed, setTyped] = useState(false);
  const [loadError, setLoadError] = useState('');
  useEffect(() => {
    if (!target) return;
    let live = true;
    (api.invoke as unknown as (op: string, input: unknown) => Promise<Row[]>)(`${target.name}.list`, {}).then(
      (r) => live && setRows(r),
      (e) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [target?.name]);
  const picked = !typed && rows?.some((r) => r.id === p.value) ? p.value : typed ? TYPED : '';
  return (
    <CustomField name={p.field.key} label={p.field.label} required={p.field.required} error={p.error ?? (loadError || undefined)} hint={typed ? '이름을 모두 적으세요. 같은 이름이 여럿이면 목록에서 고르세요.' : undefined}>
      <select
        id={`f-${p.field.key}`}
        data-testid={`field-${p.field.key}`}
        value={picked}
        onChange={(e) => {
          const v = e.target.value;
          setTyped(v === TYPED);
          p.onChange(v === TYPED ? '' : v);
        }}
      >
        <option value="">{rows ? '(고르세요)' : '불러오는 중…'}</option>
        {(rows ?? []).map((r) => (
          <option key={r.id} value={r.id}>
            {target ? pickLabel(target, r) : r.id}
          </option>
        ))}
        <option value={TYPED}>직접 입력…</option>
      </select>
      {typed && <input data-testid={`field-${p.field.key}-typed`} aria-label={`${p.field.label} 직접 입력`} value={p.value} maxLength={100} onChange={(e) => p.onChange(e.target.value)} />}
    </CustomField>
  );
}
