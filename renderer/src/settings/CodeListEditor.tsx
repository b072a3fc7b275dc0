/**
 * A code list (매체구분, 과목군): add, rename, reorder (위/아래), deactivate. Deactivated codes stay on
 * the records that have them but are no longer offered. Saved as a whole with codes.save.
 */
import { useEffect, useState } from 'react';
import { CODE_LIST_LABELS, type CodeItem, type CodeListName } from '../../../shared/domain/codes.ts';
import { api, errorMessage } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { codeListProblem } from './codeList.ts';

interface Row {
  key: number;
  code: string;
  active: boolean;
  original: string;
}

let nextKey = 1;
const toRows = (items: CodeItem[]): Row[] =>
  [...items].sort((a, b) => a.sort - b.sort).map((c) => ({ key: nextKey++, code: c.code, active: c.active, original: c.code }));

export function CodeListEditor({ list = 'mediaType' }: { list?: CodeListName }) {
  // 매체구분 keeps the test ids it always had; another list's are prefixed with its name.
  const tid = (id: string) => (list === 'mediaType' ? id : `${list}-${id}`);
  const toast = useToast();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.invoke('codes.list', { list }).then((items) => setRows(toRows(items)), (e) => setError(errorMessage(e)));
  }, [list]);

  const update = (next: Row[]) => {
    setRows(next);
    setDirty(true);
    setError('');
  };
  const move = (i: number, by: -1 | 1) => {
    if (!rows) return;
    const j = i + by;
    if (j < 0 || j >= rows.length) return;
    const next = rows.slice();
    [next[i], next[j]] = [next[j]!, next[i]!];
    update(next);
  };

  const save = async () => {
    if (!rows) return;
    const problem = codeListProblem(rows);
    if (problem) return setError(problem);
    setSaving(true);
    try {
      const saved = await api.invoke('codes.save', { list, items: rows.map((r) => ({ code: r.code.trim(), active: r.active })) });
      setRows(toRows(saved));
      setDirty(false);
      toast.show({ kind: 'success', message: `${CODE_LIST_LABELS[list]} 코드를 저장했습니다.` });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  if (!rows) return error ? <div className="form-error">{error}</div> : <p className="muted">불러오는 중…</p>;
  return (
    <div className="code-editor" data-testid={tid('code-editor')}>
      <table className="data-table">
        <thead>
          <tr>
            <th className="num">순서</th>
            <th>코드 이름</th>
            <th>사용</th>
            <th>순서 변경</th>
            <th aria-label="빼기" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key} className={r.active ? undefined : 'inactive'}>
              <td className="num">{i + 1}</td>
              <td>
                <input
                  data-testid={tid(`code-name-${i}`)}
                  aria-label={`${i + 1}번째 코드 이름`}
                  value={r.code}
                  maxLength={30}
                  onChange={(e) => update(rows.map((x) => (x.key === r.key ? { ...x, code: e.target.value } : x)))}
                />
                {r.original && r.original !== r.code.trim() && <span className="muted small"> (원래: {r.original})</span>}
              </td>
              <td>
                <label className="checkbox-inline">
                  <input
                    type="checkbox"
                    data-testid={tid(`code-active-${i}`)}
                    checked={r.active}
                    onChange={(e) => update(rows.map((x) => (x.key === r.key ? { ...x, active: e.target.checked } : x)))}
                  />
                  {r.active ? '사용' : '사용 안 함'}
                </label>
              </td>
              <td className="nowrap">
                <button type="button" className="button small" aria-label="위로" disabled={i === 0} onClick={() => move(i, -1)}>
                  ▲
                </button>{' '}
                <button type="button" className="button small" aria-label="아래로" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                  ▼
                </button>
              </td>
              <td>
                {!r.original && (
                  <button type="button" className="button small" onClick={() => update(rows.filter((x) => x.key !== r.key))}>
                    빼기
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">이미 쓰인 코드는 지우는 대신 ‘사용 안 함’으로 두면 입력 목록에서만 빠집니다.</p>
      {error && (
        <div className="form-error" role="alert" data-testid={tid('code-error')}>
          {error}
        </div>
      )}
      <div className="form-footer">
        <button type="button" className="button" data-testid={tid('code-add')} onClick={() => update([...rows, { key: nextKey++, code: '', active: true, original: '' }])}>
          + 코드 추가
        </button>
        <div className="spacer" />
        <button type="button" className="button primary" data-testid={tid('code-save')} disabled={!dirty || saving} onClick={() => void save()}>
          {saving ? '저장하는 중…' : '코드 저장'}
        </button>
      </div>
    </div>
  );
}
