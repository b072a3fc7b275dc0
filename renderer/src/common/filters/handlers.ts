/**
 * The filtering logic of GuDesk's own column filters, apart from their popups
 * (`enableFilterHandlers`): a model set by a saved view or a chart click filters at once, with
 * no popup ever opened. The handler also answers "does this row pass the other filters?", which
 * the value list and the chart count over.
 */
import type { ColumnFilter, DoesFilterPassParams, FilterHandler, FilterHandlerParams, IRowNode } from 'ag-grid-community';
import type { ComponentType } from 'react';
import { describeDateRange, describeValueList, isDateRangeModel, isValueListModel, passesDateRange, passesValueList } from './models.ts';

type Model = unknown;

export class ListFilterHandler implements FilterHandler {
  private params: FilterHandlerParams | null = null;
  private readonly label: (key: string) => string;
  constructor(label: (key: string) => string) {
    this.label = label;
  }

  init(params: FilterHandlerParams): void {
    this.params = params;
  }
  refresh(params: FilterHandlerParams): void {
    this.params = params;
  }
  doesFilterPass({ model, node }: DoesFilterPassParams): boolean {
    const value = this.params?.getValue(node);
    if (isValueListModel(model)) return passesValueList(model, value);
    if (isDateRangeModel(model)) return passesDateRange(model, value);
    return true;
  }
  getModelAsString(model: Model): string {
    if (isValueListModel(model)) return describeValueList(model, this.label);
    if (isDateRangeModel(model)) return describeDateRange(model);
    return '';
  }
  /** True when every filter but this column's keeps the row. */
  passesOthers(node: IRowNode): boolean {
    return this.params ? this.params.doesRowPassOtherFilter(node) : true;
  }
}

export function isListFilterHandler(h: unknown): h is ListFilterHandler {
  return h instanceof ListFilterHandler;
}

/** A colDef `filter` for one of GuDesk's filter popups. */
export function listFilter(component: ComponentType<never>, label: (key: string) => string = (k) => k): ColumnFilter {
  return { component, handler: () => new ListFilterHandler(label) };
}
