/**
 * Grid columns derived from a register definition: one column per field by kind (dates with the
 * date-range filter, choices with a select editor and value-list filter, 원 with separators …),
 * the definition's grid hints (width, pinned, hidden), derived values read-only, and 최종 수정.
 * A page overrides single columns (a code list's current values, a chip renderer) and orders them.
 */
import type { ColDef } from 'ag-grid-community';
import type { DerivedField, FieldSpec, RegisterSpec } from '../../../../shared/domain/register.ts';
import { formatKernelValue, isKernelKind } from '../../../../shared/registers/field-values.ts';
import { isoDateColumn, numberColumn, textColumn, updatedAtColumn } from '../grid/gridSetup.ts';
import { parseTags } from '../formErrors.ts';
import type { EditParsers } from '../grid/inlineEdit.ts';
import { parseKernelValue } from '../../../../shared/registers/field-values.ts';

/** The grid's filter components (filters/*.tsx), handed in so this stays plain TypeScript (and testable in Node). */
export interface ColumnFilters {
  dateRange(): Pick<ColDef, 'filter'>;
  valueList(params?: { order?: readonly string[]; labels?: Record<string, string> }): Pick<ColDef, 'filter' | 'filterParams'>;
}

export interface ColumnOptions<T> {
  /** Extra or replaced properties of one column, by colId. */
  overrides?: Readonly<Record<string, Partial<ColDef<T>>>>;
  /** Column order by colId; columns not named follow in definition order. */
  order?: readonly string[];
}

function hinted<T>(f: { key: string; grid?: FieldSpec['grid'] }): ColDef<T> {
  const g = f.grid ?? {};
  const col: ColDef<T> = {};
  if (g.width !== undefined) col.width = g.width;
  if (g.minWidth !== undefined) col.minWidth = g.minWidth;
  if (g.flex !== undefined) col.flex = g.flex;
  if (g.pinned) col.pinned = g.pinned;
  if (g.hidden) col.hide = true;
  if (g.tooltip && 'key' in f) col.tooltipField = (f as { key: string }).key as ColDef<T>['tooltipField'];
  return col;
}

/** The record property a ref column shows: the linked record's name. */
export function shownKey(f: FieldSpec): string {
  return f.shownAs ?? `${f.key}Name`;
}

function fieldColumn<T>(spec: RegisterSpec, f: FieldSpec, filters: ColumnFilters): ColDef<T> {
  const hints = hinted<T>(f);
  const editable = f.grid?.editable ?? true;
  switch (f.kind) {
    case 'date':
      return isoDateColumn<T>(f.key, f.label, { editable, ...(spec.rowOrder === f.key ? { sort: 'desc' as const } : {}), ...hints, ...filters.dateRange() });
    case 'enum':
      return textColumn<T>(f.key, f.label, {
        editable,
        ...hints,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: [...(f.options ?? [])] },
        ...filters.valueList({ order: f.options ?? [] }),
      });
    case 'code':
      return textColumn<T>(f.key, f.label, { editable, ...hints, cellEditor: 'agSelectCellEditor', ...filters.valueList() });
    case 'boolean':
      return { colId: f.key, field: f.key as ColDef<T>['field'], headerName: f.label, cellDataType: 'boolean', editable, ...hints, ...filters.valueList({ order: ['true', 'false'], labels: { true: '예', false: '아니오' } }) };
    case 'tags':
      return {
        colId: f.key,
        headerName: f.label,
        // Joined text: sorting and the text filter work on what the clerk sees.
        valueGetter: (p) => {
          const v = p.data ? (p.data as Record<string, unknown>)[f.key] : undefined;
          return Array.isArray(v) ? v.join(', ') : '';
        },
        cellDataType: 'text',
        editable,
        ...hints,
      };
    case 'ref': {
      const shown = shownKey(f);
      return textColumn<T>(shown, f.label, { editable: false, tooltipField: shown as ColDef<T>['tooltipField'], ...hints });
    }
    case 'longText':
      return textColumn<T>(f.key, f.label, { editable: f.grid?.editable ?? false, tooltipField: f.key as ColDef<T>['tooltipField'], ...hints });
    case 'integer':
    case 'money':
      return numberColumn<T>(f.key, f.label, { editable, valueFormatter: (p) => formatKernelValue(f.kind as 'money', p.value), ...hints });
    case 'month':
    case 'time':
    case 'datetime':
      return textColumn<T>(f.key, f.label, { editable, valueFormatter: (p) => formatKernelValue(f.kind as 'month', p.value), ...hints });
    default:
      return textColumn<T>(f.key, f.label, { editable, ...hints });
  }
}

function derivedColumn<T>(d: DerivedField): ColDef<T> {
  const hints = hinted<T>(d);
  if (d.kind === 'integer' || d.kind === 'money') {
    return numberColumn<T>(d.key, d.label, { ...(d.kind === 'money' ? { valueFormatter: (p) => formatKernelValue('money', p.value) } : {}), ...hints });
  }
  if (d.kind === 'date') return isoDateColumn<T>(d.key, d.label, { editable: false, ...hints });
  return textColumn<T>(d.key, d.label, { editable: false, ...hints });
}

export function buildDefinitionColumns<T>(spec: RegisterSpec, filters: ColumnFilters, options: ColumnOptions<T> = {}): ColDef<T>[] {
  const columns = [...spec.fields.map((f) => fieldColumn<T>(spec, f, filters)), ...(spec.derived ?? []).map((d) => derivedColumn<T>(d))].map((col) => {
    const more = options.overrides?.[col.colId!];
    return more ? { ...col, ...more } : col;
  });
  const order = options.order ?? [];
  const rank = (c: ColDef<T>) => {
    const i = order.indexOf(c.colId!);
    return i < 0 ? order.length : i;
  };
  const sorted = columns.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
  return [...sorted, updatedAtColumn<T>()];
}

/** Inline edits of the kernel kinds and tags, read as the form and import read them. */
export function definitionEditParsers(spec: RegisterSpec): EditParsers {
  const parsers: EditParsers = {};
  for (const f of spec.fields) {
    if (f.kind === 'tags') parsers[f.key] = (v) => (Array.isArray(v) ? v : parseTags(typeof v === 'string' ? v : ''));
    else if (f.kind === 'enum' && f.default !== undefined) parsers[f.key] = (v) => (typeof v === 'string' && v !== '' ? v : f.default);
    else if (isKernelKind(f.kind)) {
      const kind = f.kind;
      parsers[f.key] = (v) => {
        if (v === null || v === undefined || v === '') return kind === 'integer' || kind === 'money' ? 0 : '';
        const parsed = parseKernelValue(kind, f.label, v);
        return parsed.ok ? parsed.value : v;
      };
    }
  }
  return parsers;
}
