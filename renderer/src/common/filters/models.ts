/**
 * The filter models of GuDesk's own column filters, as saved views store them
 * (viewState.ts keeps `getFilterModel()` opaque). Pure: the filters, the chart and the print
 * title all read them here.
 */
import { formatKoreanDate } from '../../../../shared/text/korean-date.ts';
import { inRange, type DateRange } from './dateRanges.ts';
import { EMPTY_LABEL } from '../emptyLabel.ts';

/** Rows whose value is one of `values` (the keys: '' for empty, 'true'/'false' for yes/no). */
export interface ValueListModel {
  filterType: 'valueList';
  values: string[];
}

export interface DateRangeModel extends DateRange {
  filterType: 'dateRange';
  /** The quick range picked, for the label ('이번 달'); absent for a typed range. */
  label?: string;
}

export const valueKey = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function isValueListModel(m: unknown): m is ValueListModel {
  return typeof m === 'object' && m !== null && (m as ValueListModel).filterType === 'valueList' && Array.isArray((m as ValueListModel).values);
}

export function isDateRangeModel(m: unknown): m is DateRangeModel {
  return typeof m === 'object' && m !== null && (m as DateRangeModel).filterType === 'dateRange';
}

export function passesValueList(model: ValueListModel, value: unknown): boolean {
  return model.values.includes(valueKey(value));
}

export function passesDateRange(model: DateRangeModel, value: unknown): boolean {
  return inRange(value, model);
}

/** '2024. 9. 1. ~ 2024. 9. 30.', '2024. 9. 1. 이후', '이번 달 (2024. 9. 1. ~ 2024. 9. 30.)'. */
export function describeDateRange(m: DateRange & { label?: string }): string {
  const from = m.from ? formatKoreanDate(m.from) : '';
  const to = m.to ? formatKoreanDate(m.to) : '';
  const span = from && to ? `${from} ~ ${to}` : from ? `${from} 이후` : to ? `${to} 이전` : '';
  return m.label ? `${m.label} (${span})` : span;
}

export function describeValueList(m: ValueListModel, label: (key: string) => string = (k) => k || EMPTY_LABEL): string {
  return m.values.length === 0 ? '(아무것도 선택 안 함)' : m.values.map(label).join(', ');
}
