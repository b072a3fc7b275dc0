/** 보도자료 grid columns (plain valueFormatters; the built-in checkbox for 사진 포함). */
import type { ColDef } from 'ag-grid-community';
import type { Release } from '../../../shared/domain/release.ts';
import { dateRangeFilter } from '../common/filters/DateRangeFilter.tsx';
import { valueListFilter } from '../common/filters/ValueListFilter.tsx';
import { isoDateColumn, numberColumn, textColumn, updatedAtColumn } from '../common/grid/gridSetup.ts';

export function releaseColumns(): ColDef<Release>[] {
  return [
    isoDateColumn<Release>('distributedOn', '배포일', { editable: true, sort: 'desc', pinned: 'left', ...dateRangeFilter() }),
    textColumn<Release>('title', '제목', { editable: true, flex: 1, minWidth: 300, tooltipField: 'title' }),
    textColumn<Release>('department', '담당부서', { editable: true, width: 140 }),
    textColumn<Release>('contact', '담당자', { editable: true, width: 110 }),
    {
      colId: 'hasPhoto',
      field: 'hasPhoto',
      headerName: '사진 포함',
      cellDataType: 'boolean',
      editable: true,
      width: 100,
      ...valueListFilter({ order: ['true', 'false'], labels: { true: '예', false: '아니오' } }),
    },
    numberColumn<Release>('clippingCount', '기사화 건수', { width: 110 }),
    updatedAtColumn<Release>(),
  ];
}
