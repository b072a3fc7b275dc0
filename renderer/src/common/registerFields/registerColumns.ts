/** definitionColumns with the grid's own filter components: what a register page hands its workspace. */
import type { ColDef } from 'ag-grid-community';
import type { RegisterSpec } from '../../../../shared/domain/register.ts';
import { dateRangeFilter } from '../filters/DateRangeFilter.tsx';
import { valueListFilter } from '../filters/ValueListFilter.tsx';
import { buildDefinitionColumns, type ColumnOptions } from './definitionColumns.ts';

const FILTERS = { dateRange: dateRangeFilter, valueList: valueListFilter };

export function definitionColumns<T>(spec: RegisterSpec, options: ColumnOptions<T> = {}): ColDef<T>[] {
  return buildDefinitionColumns<T>(spec, FILTERS, options);
}
