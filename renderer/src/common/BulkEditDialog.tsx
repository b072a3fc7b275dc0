/**
 * Bulk edit: one field set to one value for every selected row (e.g. 논조=부정 for 12건), or for
 * a tags field one tag added or removed while each row keeps its other tags. The patch is
 * checked with the register's schema before it is sent; the change is one undoable batch.
 */
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client.ts';
import { parseKoreanDate } from '../../../shared/text/korean-date.ts';
import { Dialog } from './Dialog.tsx';
import { parseTags } from './formErrors.ts';
import type { Patch } from './registerOps.ts';
import { SuggestInput, type Suggest } from './SuggestInput.tsx';

export interface BulkField {
  key: string;
  label: string;
  kind: 'select' | 'text' | 'date' | 'tags' | 'boolean' | 'custom';
  options?: readonly string[];
  /** 'select': label of the empty choice, when clearing is allowed. */
  emptyOption?: string;
  /** 'custom': a control editing the raw value (e.g. the 보도자료 picker). */
  render?: (value: unknown, onChange: (v: unknown) => void) => ReactNode;
  /** How the value reads in the confirmation ('보도자료 연결 해제'). */
  describe?: (value: unknown) => string;
  /** 'text', 'tags': what the office already typed in this field. */
  suggest?: Suggest | undefined;
  /** 'text': how the typed text becomes the value (원, 연월, 시각 …: shared/registers/field-values.ts). */
  parse?: (text: string) => unknown;
  /** 'text': an example in the empty input. */
  placeholder?: string;
}

export type TagMode = 'add' | 'remove' | 'replace';
export interface TagEdit {
  add?: string;
  remove?: string;
}

interface Props {
  count: number;
  fields: BulkField[];
  check: (patch: Patch) => string | null;
  onClose: () => void;
  onApply: (patch: Patch, summary: string) => Promise<void>;
  /** A tags field in 'add'/'remove' mode: one tag, the rows' other tags kept. */
  onApplyTags?: (field: string, edit: TagEdit, summary: string) => Promise<void>;
}

function initialValue(f: BulkField | undefined): unknown {
  if (!f) return '';
  if (f.kind === 'boolean') return true;
  if (f.kind === 'select') return f.emptyOption !== undefined ? '' : (f.options?.[0] ?? '');
  return '';
}

function patchValueOf(field: BulkField | undefined, value: unknown): unknown {
  if (field?.kind === 'tags') return parseTags(String(value));
  if (field?.kind === 'date') return parseKoreanDate(String(value)) ?? String(value).trim();
  if (field?.parse) return field.parse(String(value));
  return value;
}

export function BulkEditDialog({ count, fields, check, onClose, onApply, onApplyTags }: Props) {
  const [key, setKey] = useState(fields[0]?.key ?? '');
  const field = fields.find((f) => f.key === key);
  const [value, setValue] = useState<unknown>(initialValue(fields[0]));
  const [mode, setMode] = useState<TagMode>('add');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const oneTag = field?.kind === 'tags' && mode !== 'replace' && onApplyTags !== undefined;

  const patchValue = patchValueOf(field, value);
  const shown = field?.describe ? field.describe(value) : field?.kind === 'boolean' ? (value ? '예' : '아니오') : String(patchValue || '(비움)');

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!field) return;
    if (oneTag) {
      const tag = String(value).trim();
      if (tag === '') return setError(`${mode === 'add' ? '더할' : '뺄'} 태그를 입력하세요.`);
      if (tag.includes(',')) return setError('태그는 하나씩 더하거나 뺍니다. 쉼표 없이 입력하세요.');
      const problem = check({ [field.key]: [tag] });
      if (problem) return setError(problem);
      const summary = `${field.label} '${tag}' ${mode === 'add' ? '추가' : '삭제'}`;
      return run(() => onApplyTags(field.key, mode === 'add' ? { add: tag } : { remove: tag }, summary));
    }
    const patch = { [field.key]: patchValue };
    const problem = check(patch);
    if (problem) return setError(problem);
    return run(() => onApply(patch, `${field.label}=${shown}`));
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
        선택한 <strong>{count.toLocaleString('ko-KR')}건</strong>의 항목 하나를 바꿉니다. 수정 후 실행 취소할 수 있습니다.
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
      {field?.kind === 'tags' && onApplyTags && (
        <div className="form-row">
          <label className="form-label" htmlFor="bulk-tag-mode">
            방법
          </label>
          <div className="form-control">
            <select id="bulk-tag-mode" data-testid="bulk-tag-mode" value={mode} onChange={(e) => (setMode(e.target.value as TagMode), setError(''))}>
              <option value="add">태그 하나 더하기 (기존 태그 유지)</option>
              <option value="remove">태그 하나 빼기 (다른 태그 유지)</option>
              <option value="replace">태그 전체를 바꾸기</option>
            </select>
          </div>
        </div>
      )}
      <div className="form-row">
        <label className="form-label" htmlFor="bulk-value">
          {oneTag ? (mode === 'add' ? '더할 태그' : '뺄 태그') : '새 값'}
        </label>
        <div className="form-control">
          {field && <ValueControl field={field} oneTag={oneTag} value={value} onChange={(v) => (setValue(v), setError(''))} />}
        </div>
      </div>
      {error && (
        <div className="form-error" role="alert" data-testid="bulk-error">
          {error}
        </div>
      )}
    </Dialog>
  );
}

function ValueControl({ field, oneTag, value, onChange }: { field: BulkField; oneTag: boolean; value: unknown; onChange: (v: unknown) => void }) {
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
    default: {
      const common = { id: 'bulk-value', 'data-testid': 'bulk-value', value: String(value), placeholder: field.kind === 'date' ? '예: 2024. 9. 2.' : field.placeholder };
      return (
        <>
          {field.suggest ? (
            <SuggestInput {...common} listTestId="suggest-bulk-value" suggest={field.suggest} tags={field.kind === 'tags' && !oneTag} onChange={onChange} />
          ) : (
            <input {...common} onChange={(e) => onChange(e.target.value)} />
          )}
          {field.kind === 'tags' && !oneTag && <div className="field-hint">쉼표로 구분합니다. 기존 태그를 이 태그들로 바꿉니다.</div>}
          {field.kind === 'text' && <div className="field-hint">비워 두면 이 항목을 비웁니다.</div>}
        </>
      );
    }
  }
}
