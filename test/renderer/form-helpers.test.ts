import { describe, expect, it } from 'vitest';
import { clippingsSpec, clippingValuesSchema } from '../../shared/domain/clipping.ts';
import { changedFields, detailsToFieldErrors, issuesToFieldErrors, parseTags } from '../../renderer/src/common/formErrors.ts';
import { editPatch, sameValue } from '../../renderer/src/common/grid/inlineEdit.ts';
import { codeListProblem } from '../../renderer/src/settings/codeList.ts';

describe('detail form messages', () => {
  it('shows the first Korean message per field from the zod check', () => {
    const r = clippingValuesSchema.safeParse({ publishedOn: '2024-02-30', outlet: '', title: '' });
    expect(r.success).toBe(false);
    const errors = issuesToFieldErrors(r.success ? [] : r.error.issues);
    expect(errors['publishedOn']).toContain('실제 날짜');
    expect(errors['outlet']).toBe('매체명을 입력하세요.');
    expect(errors['title']).toBe('제목을 입력하세요.');
  });

  it('maps server details named by key, Korean label or alias to fields', () => {
    expect(detailsToFieldErrors(clippingsSpec, { title: 'a', 보도일자: 'b', 언론사: 'c', 기타: 'd' })).toEqual({
      title: 'a',
      publishedOn: 'b',
      outlet: 'c',
      '': '기타: d',
    });
  });

  it('sends only changed fields, comparing tags by content', () => {
    expect(changedFields({ a: '1', tags: ['x'] }, { a: '1', tags: ['x'] })).toEqual({});
    expect(changedFields({ a: '1', tags: ['x'] }, { a: '2', tags: ['x', 'y'] })).toEqual({ a: '2', tags: ['x', 'y'] });
  });

  it('reads tags separated by commas, dropping blanks and repeats', () => {
    expect(parseTags('홍보, 축제 ,,홍보、복지')).toEqual(['홍보', '축제', '복지']);
    expect(parseTags('  ')).toEqual([]);
  });
});

describe('grid cell edits', () => {
  it('turns a cleared cell into an empty string and trims text', () => {
    expect(editPatch('reporter', null)).toEqual({ reporter: '' });
    expect(editPatch('reporter', '  김기자 ')).toEqual({ reporter: '김기자' });
    expect(editPatch('tags', '가, 나', { tags: (v) => parseTags(String(v)) })).toEqual({ tags: ['가', '나'] });
  });
  it('recognises an edit that changes nothing', () => {
    expect(sameValue(['a'], ['a'])).toBe(true);
    expect(sameValue('a', 'b')).toBe(false);
  });
});

describe('매체구분 code list', () => {
  it('refuses empty, duplicate or too long codes with a Korean message', () => {
    expect(codeListProblem([])).toBe('코드가 하나 이상 있어야 합니다.');
    expect(codeListProblem([{ code: '중앙지' }, { code: ' ' }])).toBe('2번째 코드를 입력하세요.');
    expect(codeListProblem([{ code: '중앙지' }, { code: '중앙지 ' }])).toBe("'중앙지' 코드가 두 번 있습니다.");
    expect(codeListProblem([{ code: '가'.repeat(31) }])).toContain('30자 이내');
    expect(codeListProblem([{ code: '중앙지' }, { code: '통신사' }])).toBe('');
  });
});
