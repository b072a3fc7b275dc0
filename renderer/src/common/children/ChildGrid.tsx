/**
 * The children of one record inside its parent's detail form (보도자료 → 기사화된 언론보도,
 * 과정 → 반 → 수강생): a compact list with the child register's columns, and — when the page allows
 * them — 추가 (a new child linked to this parent), 열기 and 삭제 (the register's own delete, so its
 * parent/child rules and undo apply). ag-grid Community has no master–detail; this is the one
 * generic piece for it.
 */
import type { ReactNode } from 'react';
import type { ChildColumn } from './childColumns.ts';

export interface ChildGridProps<R extends { id: string }> {
  rows: readonly R[] | null;
  columns: readonly ChildColumn<R>[];
  /** Shown while loading fails; the rows stay null. */
  error?: string;
  /** What an empty list says ('이 보도자료로 기사화된 언론보도가 아직 없습니다.'). */
  emptyText: string;
  testId: string;
  /** The child register's Korean name, for the buttons ('반 추가'). */
  childLabel: string;
  onAdd?: () => void;
  onOpen?: (row: R) => void;
  onDelete?: (row: R) => void;
  /** Something above the list (a count, a filter). */
  header?: ReactNode;
}

export function ChildGrid<R extends { id: string }>(p: ChildGridProps<R>) {
  if (p.error) return <div className="form-error">{p.error}</div>;
  if (!p.rows) return <p className="muted">불러오는 중…</p>;
  const actions = p.onOpen !== undefined || p.onDelete !== undefined;
  const add = p.onAdd && (
    <button type="button" data-testid={`${p.testId}-add`} onClick={p.onAdd}>
      {p.childLabel} 추가
    </button>
  );
  if (p.rows.length === 0) {
    return (
      <>
        {p.header}
        <p className="muted">{p.emptyText}</p>
        {add}
      </>
    );
  }
  return (
    <>
      {p.header}
      <table className="data-table" data-testid={p.testId}>
        <thead>
          <tr>
            {p.columns.map((c) => (
              <th key={c.key}>{c.label}</th>
            ))}
            {actions && <th aria-label="작업" />}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((row) => (
            <tr key={row.id} data-testid={`${p.testId}-row`}>
              {p.columns.map((c) => (
                <td key={c.key} className={c.nowrap ? 'nowrap' : undefined}>
                  {c.render(row)}
                </td>
              ))}
              {actions && (
                <td className="nowrap">
                  {p.onOpen && (
                    <button type="button" data-testid={`${p.testId}-open`} onClick={() => p.onOpen!(row)}>
                      열기
                    </button>
                  )}
                  {p.onDelete && (
                    <button type="button" data-testid={`${p.testId}-delete`} onClick={() => p.onDelete!(row)}>
                      삭제
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {add}
    </>
  );
}
