/**
 * The row of a register page above its grid: search, the actions on the chosen rows, 휴지통, saved
 * views and the column chooser. It only shows and forwards; the workspace decides what each does.
 */
import type { RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { RegisterName } from '../../../../shared/domain/register.ts';
import { SearchBox } from '../SearchBox.tsx';
import { ColumnChooser } from './ColumnChooser.tsx';
import { SavedViews } from './SavedViews.tsx';

const num = (n: number) => n.toLocaleString('ko-KR');

export interface RegisterToolbarProps {
  register: RegisterName;
  gridApi: GridApi | null;
  searchRef: RefObject<HTMLInputElement | null>;
  searchPlaceholder: string;
  searchReset: number;
  onSearch: (query: string) => void;
  /** Matches of the current search, when one is on. */
  searchTotal: number | null;
  newLabel: string;
  selected: number;
  trashCount: number;
  onNew: () => void;
  onOpen: () => void;
  onBulkEdit: () => void;
  onDelete: () => void;
  onTrash: () => void;
}

export function RegisterToolbar(p: RegisterToolbarProps) {
  return (
    <div className="toolbar">
      <SearchBox ref={p.searchRef} placeholder={p.searchPlaceholder} resetSignal={p.searchReset} onSearch={p.onSearch} />
      {p.searchTotal !== null && (
        <span className="search-count" data-testid="search-count">
          검색 결과 {num(p.searchTotal)}건
        </span>
      )}
      <span className="toolbar-sep" />
      <button type="button" className="button primary" data-testid="add-button" title="Ctrl+N" onClick={p.onNew}>
        + {p.newLabel}
      </button>
      <button type="button" className="button" data-testid="open-detail" title="Enter" onClick={p.onOpen}>
        상세
      </button>
      <button type="button" className="button" data-testid="bulk-edit-button" disabled={p.selected === 0} onClick={p.onBulkEdit}>
        일괄 수정{p.selected > 0 ? ` (${num(p.selected)})` : ''}
      </button>
      <button type="button" className="button danger" data-testid="delete-button" title="Delete" disabled={p.selected === 0} onClick={p.onDelete}>
        삭제{p.selected > 0 ? ` (${num(p.selected)})` : ''}
      </button>
      <button type="button" className="button" data-testid="trash-button" title="삭제한 기록 보기·되살리기" onClick={p.onTrash}>
        휴지통{p.trashCount ? ` (${num(p.trashCount)})` : ''}
      </button>
      <div className="spacer" />
      <SavedViews grid={p.register} api={p.gridApi} />
      <ColumnChooser api={p.gridApi} />
    </div>
  );
}
