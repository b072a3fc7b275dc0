/** Export and the CLI's record lines show personal fields masked, for any register declaring them. */
import { describe, expect, it } from 'vitest';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { exportRegister } from '../../../core/transfer/export-register.ts';
import { detail, table } from '../../../core/cli/format.ts';

const traineesSpec: RegisterSpec = {
  name: 'releases',
  label: '교육생',
  table: 'trainees',
  fields: [
    { key: 'name', label: '성명', kind: 'text', personal: 'name' },
    { key: 'phone', label: '연락처', kind: 'text', personal: 'phone' },
    { key: 'course', label: '과정', kind: 'text' },
  ],
  naturalKey: ['name'],
  personalData: true,
  schemaVersion: 1,
};
const rows = [{ id: 'r1', name: '김철용', phone: '010-1234-5678', course: '스마트폰 기초', createdAt: '', createdBy: '', updatedAt: '', updatedBy: '' }];

describe('masked output', () => {
  it('writes personal fields masked into an export', async () => {
    const file = await exportRegister(traineesSpec, rows, 'csv');
    const text = Buffer.from(file.data, 'base64').toString('utf8');
    expect(text).toContain('김*용');
    expect(text).toContain('010-1234-****');
    expect(text).toContain('스마트폰 기초');
    expect(text).not.toContain('김철용');
    expect(text).not.toContain('5678');
  });

  it('prints personal fields masked on the command line', () => {
    for (const out of [table(traineesSpec, rows), detail(traineesSpec, rows[0]!)]) {
      expect(out).toContain('김*용');
      expect(out).not.toContain('김철용');
      expect(out).not.toContain('5678');
    }
  });
});
