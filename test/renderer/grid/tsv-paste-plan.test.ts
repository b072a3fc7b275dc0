/**
 * The clipboard text of the grid (what Excel and 한/글 read and write) and how a pasted block is
 * turned into changes: a value with a tab or line break stays one cell, and every pasted cell is
 * read like an inline edit and checked by the register's rule before anything is saved.
 */
import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../../renderer/src/common/grid/tsv.ts';
import { planPaste, type PasteCell, type PasteColumn } from '../../../renderer/src/common/grid/pastePlan.ts';
import { parseTags } from '../../../renderer/src/common/formErrors.ts';
import { clippingPatchSchema } from '../../../shared/domain/clipping.ts';

// As renderer/src/clippings/columns.ts and ops.ts read and check a cell (those pull in the DOM).
const clippingEditParsers = { tags: (v: unknown) => parseTags(typeof v === 'string' ? v : '') };
const checkClipping = (patch: Record<string, unknown>) => {
  const r = clippingPatchSchema.safeParse(patch);
  return r.success ? null : (r.error.issues[0]?.message ?? '입력값을 확인하세요.');
};

describe('tab-separated clipboard text', () => {
  it('quotes values with tabs, line breaks or quotes, and reads them back as one cell', () => {
    const rows = [
      ['보도일자', '제목'],
      ['2024. 9. 2.', '첫 줄\n둘째 줄'],
      ['2024. 9. 3.', '따옴표 "인용"\t탭'],
    ];
    const text = toTsv(rows);
    expect(text).toBe('보도일자\t제목\r\n2024. 9. 2.\t"첫 줄\n둘째 줄"\r\n2024. 9. 3.\t"따옴표 ""인용""\t탭"');
    expect(parseTsv(text)).toEqual(rows);
  });

  it('drops the line break Excel puts after the last row, keeps empty cells, and reads a lone value', () => {
    expect(parseTsv('a\t\tc\r\nd\te\tf\r\n')).toEqual([['a', '', 'c'], ['d', 'e', 'f']]);
    expect(parseTsv('평생학습과')).toEqual([['평생학습과']]);
    expect(parseTsv('')).toEqual([]);
    // A quote inside an unquoted value is just a character.
    expect(parseTsv('5"짜리 모니터\t2')).toEqual([['5"짜리 모니터', '2']]);
  });
});

type Row = { id: string; version: number; publishedOn: string; department: string; tags: string[]; releaseTitle: string };
const row = (id: string): Row => ({ id, version: 3, publishedOn: '2024-09-02', department: '홍보과', tags: ['청년'], releaseTitle: '' });
const col = (colId: string, label: string, extra: Partial<PasteColumn> = {}): PasteColumn => ({ colId, label, editable: true, ...extra });
const DATE = col('publishedOn', '보도일자', { dataType: 'dateString' });
const DEPT = col('department', '관련부서');
const TAGS = col('tags', '태그');
const RELEASE = col('releaseTitle', '보도자료', { editable: false });

describe('planPaste', () => {
  it('reads dates as shown, tags as typed, groups cells per record with its version, and names refused cells by 연번', () => {
    const a = row('a');
    const b = row('b');
    const cells: PasteCell<Row>[] = [
      { rowIndex: 0, row: a, column: DATE, text: '2024. 10. 1.' },
      { rowIndex: 0, row: a, column: TAGS, text: '청년, 창업' },
      { rowIndex: 1, row: b, column: DATE, text: '2024. 13. 1.' },
      { rowIndex: 1, row: b, column: DEPT, text: '홍보과' },
      { rowIndex: 1, row: b, column: RELEASE, text: '무엇이든' },
    ];
    const plan = planPaste(cells, clippingEditParsers, checkClipping);
    expect(plan.changes).toEqual([{ id: 'a', patch: { publishedOn: '2024-10-01', tags: ['청년', '창업'] }, expectedVersion: 3 }]);
    expect(plan.cellCount).toBe(2);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]).toMatch(/^연번 2: 보도일자는 /);
    expect(plan.readOnly).toEqual(['보도자료']);
  });

  it('refuses a checkbox value that is neither 예 nor 아니오', () => {
    const r = { id: 'r', version: 1, hasPhoto: false };
    const photo = col('hasPhoto', '사진 포함', { dataType: 'boolean' });
    const plan = planPaste([{ rowIndex: 4, row: r, column: photo, text: '예' }], {}, () => null);
    expect(plan.changes[0]!.patch).toEqual({ hasPhoto: true });
    const bad = planPaste([{ rowIndex: 4, row: r, column: photo, text: '아마도' }], {}, () => null);
    expect(bad.refused).toEqual(['연번 5: 사진 포함에는 예 또는 아니오를 넣으세요.']);
  });
});
