/**
 * The renderer's pieces derived from a register definition: grid columns and the form model,
 * on a throwaway register with the kernel's new kinds and on the real ones.
 */
import { describe, expect, it } from 'vitest';
import type { ValueFormatterParams } from 'ag-grid-community';
import { defineRegister, asSpec } from '../../shared/registers/define.ts';
import { buildDefinitionColumns, definitionEditParsers, type ColumnFilters } from '../../renderer/src/common/registerFields/definitionColumns.ts';
import type { ColDef } from 'ag-grid-community';

const FILTERS: ColumnFilters = { dateRange: () => ({ filter: 'dateRange' }), valueList: (params) => ({ filter: 'valueList', filterParams: params }) };
const definitionColumns = (spec: Parameters<typeof buildDefinitionColumns>[0]): ColDef[] => buildDefinitionColumns(spec, FILTERS);
import { formStateFor, formValues } from '../../renderer/src/common/registerFields/formModel.ts';
import { childColumns } from '../../renderer/src/common/children/childColumns.ts';
import { clippingsSpec } from '../../shared/domain/clipping.ts';
import { releasesSpec } from '../../shared/domain/release.ts';

const sessions = asSpec(
  defineRegister({
    name: 'sessions',
    label: '수업',
    table: 'sessions',
    schemaVersion: 1,
    naturalKey: ['startsAt'],
    display: 'startsAt',
    fields: [
      { key: 'startsAt', label: '일시', kind: 'datetime', required: true, grid: { pinned: 'left' } },
      { key: 'fee', label: '강사료', kind: 'money', grid: { width: 120 } },
      { key: 'month', label: '정산월', kind: 'month', grid: { hidden: true } },
      { key: 'classId', label: '반', kind: 'ref', target: 'classes' },
    ],
    derived: [{ key: 'rate', label: '출석률', kind: 'integer' }],
  }),
);

const format = (col: { valueFormatter?: unknown }, value: unknown) => (col.valueFormatter as (p: Partial<ValueFormatterParams>) => string)({ value });

describe('grid columns from a definition', () => {
  it('follow the kinds and hints, links show the name, derived values are read-only, 최종 수정 last', () => {
    const cols = definitionColumns(sessions);
    expect(cols.map((c) => c.colId)).toEqual(['startsAt', 'fee', 'month', 'classIdName', 'rate', 'updatedAt']);
    const [startsAt, fee, month, link, rate] = cols;
    expect(startsAt!.pinned).toBe('left');
    expect(format(startsAt!, '2024-09-02T14:30')).toBe('2024. 9. 2. 14:30');
    expect(fee!.width).toBe(120);
    expect(format(fee!, 1234000)).toBe('1,234,000원');
    expect(month!.hide).toBe(true);
    expect(link!.editable).toBe(false);
    expect(rate!.editable).toBe(false);
  });

  it('read inline edits as import does', () => {
    const parsers = definitionEditParsers(sessions);
    expect(parsers.fee!('1,234,000원')).toBe(1_234_000);
    expect(parsers.startsAt!('2024. 9. 2. 오후 2:30')).toBe('2024-09-02T14:30');
    expect(parsers.fee!('')).toBe(0);
  });

  it('give the real registers their columns in the order clerks know', () => {
    expect(definitionColumns(asSpec(releasesSpec)).map((c) => c.colId)).toEqual(['distributedOn', 'title', 'department', 'contact', 'hasPhoto', 'clippingCount', 'updatedAt']);
    expect(definitionColumns(asSpec(clippingsSpec)).find((c) => c.colId === 'releaseTitle')?.headerName).toBe('보도자료');
  });
});

describe('the form model', () => {
  it('holds typed text and hands the schema parsed values', () => {
    const state = formStateFor(sessions, null);
    expect(state).toEqual({ startsAt: '', fee: '0', month: '', classId: '' });
    const values = formValues(sessions, { ...state, startsAt: '2024-09-02 9:30', fee: '50,000원', month: '2024년 9월' });
    expect(values).toEqual({ startsAt: '2024-09-02T09:30', fee: 50000, month: '2024-09', classId: '' });
    // Unreadable text reaches the schema as typed, which names the field.
    expect(formValues(sessions, { ...state, fee: '많이' }).fee).toBe('많이');
  });

  it('shows a clipping as its form always did', () => {
    const state = formStateFor(asSpec(clippingsSpec), { publishedOn: '2024-09-02', tags: ['축제', '복지'], tone: '긍정', releaseId: 'r1', releaseTitle: '축제 개최' });
    expect(state).toMatchObject({ publishedOn: '2024-09-02', tags: '축제, 복지', tone: '긍정', releaseId: 'r1', releaseTitle: '축제 개최' });
  });
});

describe('child grid columns', () => {
  it('show each field as the grid does, with the page’s own cells', () => {
    const cols = childColumns<Record<string, unknown> & { id: string }>(sessions, ['startsAt', 'fee', 'rate'], { rate: (r) => `${String(r.rate)}%` });
    const row = { id: '1', startsAt: '2024-09-02T14:30', fee: 30000, rate: 90 };
    expect(cols.map((c) => [c.label, c.render(row)])).toEqual([['일시', '2024. 9. 2. 14:30'], ['강사료', '30,000원'], ['출석률', '90%']]);
  });
});
