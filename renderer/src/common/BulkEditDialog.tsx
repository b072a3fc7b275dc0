/**
 * Bulk edit: one field set to one value for every selected row (e.g. 논조=부정 for 12건).
 * The patch is checked with the register's schema before it is sent.
 */
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client.ts';
import { Dialog } from './Dialog.tsx';
import { parseTags } from './formErrors.ts';
import type { Patch } from './registerOps.ts';

export interface BulkField {
  key: string;
  label: string;
  kind: 'select' | 'text' | 'tags' | 'boolean' | 'custom';
  options?: readonly string[];
  /** 'select': label of the empty choice, when clearing is allowed. */
  emptyOption?: string;
  /** 'custom': a control editing the raw value (e.g. the 보도자료 picker). */
  render?: (value: unknown, onChange: (v: unknown) => void) => ReactNode;
  /** How the value reads in the confirmation ('보도자료 연결 해제'). */
  describe?: (value: unknown) => string;
}

interface Props {
  count: number;
  fields: BulkField[];
  check: (patch: Patch) => string | null;
  onClose: () => void;
  onApply: (patch: Patch, summary: string) => Promise<void>;
}

function initialValue(f: BulkField | undefined): unknown {
  if (!f) return '';
  if (f.kind === 'boolean') return true;
  if (f.kind === 'select') return f.emptyOption !== undefined ? '' : (f.options?.[0] ?? '');
  if (f.kind === 'custom') return '';
  return '';
}

export function BulkEditDialog({ count, fields, check, onClose, onApply }: Props) {
  const [key, setKey] = useState(fields[0]?.key ?? '');
  const field = fields.find((f) => f.key === key);
  const [value, setValue] = useState<unknown>(initialValue(fields[0]));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const patchValue = field?.kind === 'tags' ? parseTags(String(value)) : value;
  const shown = field?.describe ? field.describe(value) : field?.kind === 'boolean' ? (value ? '예' : '아니오') : String(patchValue || '(비움)');

  const apply = async () => {
    if (!field) return;
    const patch = { [field.key]: patchValue };
    const problem = check(patch);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      await onApply(patch, `${field.label}=${shown}`);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="선택 항목 일괄 수정"
      onClose={onClose}
      testId="bulk-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            취소
          </button>
          <button type="button" className="button primary" data-testid="bulk-apply" disabled={busy || !field} onClick={() => void apply()}>
            {busy ? '수정하는 중…' : `${count.toLocaleString('ko-KR')}건 수정`}
          </button>
        </>
      }
    >
      <p className="muted">
        선택한 <strong>{count.toLocaleString('ko-KR')}건</strong>의 항목 하나를 같은 값으로 바꿉니다. 수정 후 실행 취소할 수 있습니다.
      </p>
      <div className="form-row">
        <label className="form-label" htmlFor="bulk-field">
          항목
        </label>
        <div className="form-control">
          <select
            id="bulk-field"
            data-testid="bulk-field"
            value={key}
            onChange={(e) => {
              const next = fields.find((f) => f.key === e.target.value);
              setKey(e.target.value);
              setValue(initialValue(next));
              setError('');
            }}
          >
            {fields.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <label className="form-label" htmlFor="bulk-value">
          새 값
        </label>
        <div className="form-control">{field && <ValueControl field={field} value={value} onChange={(v) => (setValue(v), setError(''))} />}</div>
      </div>
      {error && (
        <div className="form-error" role="alert" data-testid="bulk-error">
          {error}
        </div>
      )}
    </Dialog>
  );
}

function ValueControl({ field, value, onChange }: { field: BulkField; value: unknown; onChange: (v: unknown) => void }) {
  switch (field.kind) {
    case 'select':
      return (
        <select id="bulk-value" data-testid="bulk-value" value={String(value)} onChange={(e) => onChange(e.target.value)}>
          {field.emptyOption !== undefined && <option value="">{field.emptyOption}</option>}
          {(field.options ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'boolean':
      return (
        <select id="bulk-value" data-testid="bulk-value" value={value ? 'true' : 'false'} onChange={(e) => onChange(e.target.value === 'true')}>
          <option value="true">예</option>
          <option value="false">아니오</option>
        </select>
      );
    case 'custom':
      return <>{field.render?.(value, onChange)}</>;
    default:
      return (
        <>
          <input id="bulk-value" data-testid="bulk-value" value={String(value)} onChange={(e) => onChange(e.target.value)} />
          {field.kind === 'tags' && <div className="field-hint">쉼표로 구분합니다. 기존 태그를 이 태그들로 바꿉니다.</div>}
        </>
      );
  }
}
