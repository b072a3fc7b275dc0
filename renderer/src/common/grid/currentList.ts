/**
 * The current list as the clerk sees it: the rows after search and filters in the grid's sort
 * order, the visible columns in their order and widths, cell texts as shown, and the filters in
 * words. Export, print and the statistics read it from here.
 */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import { describeDateRange, describeValueList, isDateRangeModel, isValueListModel } from '../filters/models.ts';
import { labelOf, type ValueListParams } from '../filters/ValueListFilter.tsx';
import { ROW_NUMBER_COL_ID } from './rowNumberColumn.ts';

export function displayedNodes<R>(api: GridApi<R>): IRowNode<R>[] {
  const out: IRowNode<R>[] = [];
  api.forEachNodeAfterFilterAndSort((n) => {
    if (n.data) out.push(n);
  });
  return out;
}

export function displayedIds<R extends { id: string }>(api: GridApi<R>): string[] {
  return displayedNodes(api).map((n) => n.data!.id);
}

/** Visible data columns, left to right (the checkbox column and 연번 left out: a print numbers its own rows). */
export function visibleColumns(api: GridApi): Column[] {
  return api.getAllDisplayedColumns().filter((c) => !!c.getColDef().headerName && !c.getColId().startsWith('ag-Grid-') && c.getColId() !== ROW_NUMBER_COL_ID);
}

function cellText(api: GridApi, node: IRowNode, col: Column): string {
  const value: unknown = api.getCellValue({ rowNode: node, colKey: col, useFormatter: true });
  if (typeof value === 'boolean') return value ? '예' : '아니오';
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value as string | number);
}

export function listTexts(api: GridApi, nodes: readonly IRowNode[], columns: readonly Column[]): string[][] {
  return nodes.map((n) => columns.map((c) => cellText(api, n, c)));
}

/** '검색어 "축제" · 논조: 긍정, 중립 · 보도일자: 이번 달 (2024. 9. 1. ~ 2024. 9. 30.)'; '' when unfiltered. */
export function describeList(api: GridApi, search: string | null): string {
  const parts: string[] = [];
  if (search) parts.push(`검색어 "${search}"`);
  for (const [colId, model] of Object.entries(api.getFilterModel())) {
    const col = api.getColumn(colId);
    const name = col?.getColDef().headerName ?? colId;
    const params = (col?.getColDef().filterParams ?? {}) as ValueListParams;
    if (isValueListModel(model)) parts.push(`${name}: ${describeValueList(model, (k) => labelOf(k, params.labels))}`);
    else if (isDateRangeModel(model)) parts.push(`${name}: ${describeDateRange(model)}`);
    else {
      const text = (model as { filter?: unknown }).filter;
      parts.push(text !== undefined ? `${name}: "${String(text as string)}" 포함` : `${name} 필터`);
    }
  }
  return parts.join(' · ');
}
