/**
 * docs/REGISTERS.md 'add a flat register': a definition alone yields the schemas, the contract
 * operations, import/export headers, CLI field names, history labels, sync checks and the table.
 * The definitions are the throwaway ones of kernel-fixture.ts, fed to the same derivations the
 * real register list goes through.
 */
import { describe, expect, it } from 'vitest';
import { registerOperations, contract } from '../../../shared/api/contract.ts';
import { asSpec, defineRegister } from '../../../shared/registers/define.ts';
import { cliFieldNames, exportHeaderLabels, fieldLabel, importHeaderNames } from '../../../shared/registers/derive.ts';
import { definitionFieldsProblem } from '../../../shared/sync/validate-change.ts';
import { cellsToValues, mapHeaders, valuesToCells } from '../../../core/io/mapping.ts';
import { parseFieldArgs } from '../../../core/cli/fields.ts';
import { createTableSql } from '../../../core/records/table-sql.ts';
import { REGISTER_NAMES } from '../../../shared/domain/registers.ts';
import { classesDef, coursesDef } from './kernel-fixture.ts';

const courses = asSpec(coursesDef as never);
const classes = asSpec(classesDef as never);

describe('a flat register defined in one place', () => {
  it('validates with Korean messages and fills defaults', () => {
    expect(coursesDef.valuesSchema.parse({ name: ' 엑셀 ' })).toEqual({ name: '엑셀', fee: 0, openMonth: '' });
    const bad = coursesDef.valuesSchema.safeParse({ name: '', fee: 1.5, openMonth: '2024-13' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual([
      '과정명을 입력하세요.',
      '수강료는 0원 이상의 원 단위 금액으로 입력하세요 (예: 1,234,000).',
      '개설월은 2024. 9. 형식의 연월로 입력하세요.',
    ]);
  });

  it('has a strict patch schema without defaults', () => {
    expect(coursesDef.patchSchema.parse({ fee: 5000 })).toEqual({ fee: 5000 });
    expect(coursesDef.patchSchema.safeParse({ color: '빨강' }).success).toBe(false);
  });

  it('gets every contract operation from the one loop', () => {
    const ops = registerOperations({ courses: coursesDef });
    const names = Object.keys(ops).sort();
    expect(names).toContain('courses.create');
    expect(names).toContain('courses.importCommit');
    expect(names).toHaveLength(Object.keys(contract).filter((k) => k.startsWith('releases.') && !['releases.detail', 'releases.resolve'].includes(k)).length);
    expect(ops['courses.create' as never]['input' as never]).toBeDefined();
    // The real registers come from the same loop.
    for (const name of REGISTER_NAMES) expect(Object.keys(contract)).toContain(`${name}.updateMany`);
  });

  it('derives import/export headers, aliases, CLI names and labels', () => {
    expect(exportHeaderLabels(courses)).toEqual(['과정명', '수강료', '개설월']);
    expect(importHeaderNames(courses).fee).toEqual(['수강료', '교육비']);
    expect(cliFieldNames(classes)).toEqual(['과정', '반 이름', '개강 일시', '수업 시각', '정원']);
    expect(fieldLabel(coursesDef, 'openMonth')).toBe('개설월');
  });

  it('imports the new kinds as clerks write them and exports them back', () => {
    const mapping = mapHeaders(courses, ['과정', '교육비', '개설월']);
    const row = cellsToValues(mapping, ['스마트폰 기초', '1,234,000원', '2024년 9월']);
    expect(row).toEqual({ values: { name: '스마트폰 기초', fee: 1_234_000, openMonth: '2024-09' }, errors: [] });
    expect(valuesToCells(courses, row.values)).toEqual(['스마트폰 기초', '1234000', '2024-09']);
    const bad = cellsToValues(mapping, ['엑셀', '많이', '9월']);
    expect(bad.errors.map((e) => e.reason)).toEqual(["수강료를 금액으로 읽을 수 없습니다: '많이' (예: 1,234,000원)", "개설월을 연월로 읽을 수 없습니다: '9월' (예: 2024-09)"]);
  });

  it('takes CLI 필드=값 arguments in the same forms', () => {
    expect(parseFieldArgs(classes, ['반 이름=1반', '개강 일시=2024. 9. 2. 오후 2:30', '수업 시각=09시 30분', '정원=25'])).toEqual({
      name: '1반', startsAt: '2024-09-02T14:30', dailyAt: '09:30', capacity: 25,
    });
  });

  it('checks synced values by kind', () => {
    expect(definitionFieldsProblem(courses, { name: '엑셀', fee: 3000, openMonth: '2024-09' })).toBeUndefined();
    expect(definitionFieldsProblem(courses, { fee: -5 })?.message).toBe('교육과정의 수강료는 0 이상의 원 단위 정수여야 합니다.');
    expect(definitionFieldsProblem(classes, { dailyAt: '9:30' })?.message).toBe("반의 수업 시각 값 '9:30'은 14:30 형식의 시각이 아닙니다.");
  });

  it('writes the STRICT table its migration holds', () => {
    const sql = createTableSql(classes);
    expect(sql).toMatch(/^CREATE TABLE test_classes \(/);
    expect(sql).toContain('course_id TEXT,');
    expect(sql).toContain('capacity INTEGER NOT NULL DEFAULT 0');
    expect(sql).toMatch(/\) STRICT;$/);
  });

  it('refuses a definition whose parent link is no ref to the parent', () => {
    const { valuesSchema: _v, patchSchema: _p, ...input } = classesDef;
    expect(() => defineRegister({ ...input, parent: { register: 'teachers', field: 'courseId', onDelete: 'refuse' } })).toThrow(/상위 연결 'courseId'/);
    expect(() => defineRegister({ ...input, display: 'title' })).toThrow(/없는 필드 'title'/);
  });
});
