/**
 * ag-grid set-up shared by every register grid: community modules, Korean locale, and a quiet
 * office theme that inherits the UI's Korean font (no Google Fonts: GuDesk runs offline).
 */
import {
  CellApiModule,
  CellStyleModule,
  CheckboxEditorModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomEditorModule,
  CustomFilterModule,
  DateEditorModule,
  DateFilterModule,
  EventApiModule,
  HighlightChangesModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  NumberFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  themeQuartz,
  type ColDef,
} from 'ag-grid-community';
import { AG_GRID_LOCALE_KR } from '@ag-grid-community/locale';
import { formatKoreanDate } from '../../../../shared/text/korean-date.ts';
import { formatDateTime } from '../format.ts';

// Only the features the registers use (not AllCommunityModule): the start-up bundle is smaller
// and parses faster, which is most of the first grid render.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  RowSelectionModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  TextEditorModule,
  SelectEditorModule,
  DateEditorModule,
  // 정원, 좌석 수 … (integer and money columns of the kernel's registers).
  NumberEditorModule,
  CheckboxEditorModule,
  CustomEditorModule,
  CustomFilterModule,
  LocaleModule,
  HighlightChangesModule,
  TooltipModule,
  CellApiModule,
  CellStyleModule,
  CellApiModule,
  RowStyleModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  RowApiModule,
  RenderApiModule,
  ScrollApiModule,
  EventApiModule,
]);

export const localeText: Record<string, string> = { ...AG_GRID_LOCALE_KR };

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  spacing: 5,
  // Compact, as in Excel: at 1366×768 with the chart open at least 15 rows stay in view.
  rowHeight: 28,
  headerHeight: 32,
  accentColor: '#1f4e8c',
  foregroundColor: '#1d2530',
  headerBackgroundColor: '#eef2f7',
  headerTextColor: '#1d2530',
  oddRowBackgroundColor: '#fafbfd',
  borderColor: '#d5dbe3',
  rowBorder: { color: '#e6eaf0' },
  columnBorder: { color: '#eef1f5' },
  selectedRowBackgroundColor: '#e3ecf9',
  wrapperBorderRadius: 0,
  borderRadius: 2,
  browserColorScheme: 'light',
});

export const defaultColDef: ColDef = {
  sortable: true,
  resizable: true,
  filter: 'agTextColumnFilter',
  floatingFilter: true,
  minWidth: 70,
};

/** Date column over ISO strings: ISO sorts correctly as text; shown as '2024. 9. 2.'. */
export function isoDateColumn<T>(field: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return {
    colId: field,
    field: field as ColDef<T>['field'],
    headerName,
    cellDataType: 'dateString',
    filter: 'agDateColumnFilter',
    valueFormatter: (p) => (typeof p.value === 'string' ? formatKoreanDate(p.value) : ''),
    width: 140,
    ...extra,
  };
}

export function textColumn<T>(field: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return { colId: field, field: field as ColDef<T>['field'], headerName, cellDataType: 'text', ...extra };
}

export function numberColumn<T>(field: string, headerName: string, extra: ColDef<T> = {}): ColDef<T> {
  return {
    colId: field,
    field: field as ColDef<T>['field'],
    headerName,
    cellDataType: 'number',
    filter: 'agNumberColumnFilter',
    type: 'rightAligned',
    width: 96,
    editable: false,
    ...extra,
  };
}

/** 최종 수정 (hidden until chosen): when the record last changed, shown as '2024. 9. 2. 14:05'. */
export function updatedAtColumn<T>(): ColDef<T> {
  return {
    colId: 'updatedAt',
    field: 'updatedAt' as ColDef<T>['field'],
    headerName: '최종 수정',
    hide: true,
    editable: false,
    width: 150,
    valueFormatter: (p) => (typeof p.value === 'string' ? formatDateTime(p.value) : ''),
  };
}
