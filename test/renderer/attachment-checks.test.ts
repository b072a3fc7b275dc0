/**
 * What the attachments panel decides before reading a file: over the one limit, empty or not an
 * attachable kind is refused with the core's own Korean sentence; a pasted screenshot's name.
 */
import { describe, expect, it } from 'vitest';
import { refusalBeforeReading } from '../../renderer/src/common/attachments/checks.ts';
import { pastedImageName } from '../../renderer/src/common/attachments/pasted-name.ts';
import { tooLargeMessage } from '../../shared/attachments/messages.ts';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachments.ts';

describe('refusalBeforeReading', () => {
  it('takes a file of exactly the limit and refuses one byte more, in the words the core uses', () => {
    expect(refusalBeforeReading({ name: '지면.pdf', size: MAX_ATTACHMENT_BYTES, type: 'application/pdf' })).toBeUndefined();
    const refusal = refusalBeforeReading({ name: '지면.pdf', size: MAX_ATTACHMENT_BYTES + 1, type: 'application/pdf' });
    expect(refusal).toBe(tooLargeMessage('지면.pdf', MAX_ATTACHMENT_BYTES + 1));
    expect(refusal).toContain("'지면.pdf'(20.1MB)을(를) 첨부하지 않았습니다. 첨부 파일은 한 파일에 20MB까지입니다.");
  });

  it('accepts 한/글 documents by name or type, refuses empty files and programs', () => {
    expect(refusalBeforeReading({ name: '보도자료.hwp', size: 10, type: '' })).toBeUndefined();
    expect(refusalBeforeReading({ name: '보도자료.HWPX', size: 10, type: '' })).toBeUndefined();
    expect(refusalBeforeReading({ name: '붙여넣은 이미지', size: 10, type: 'image/png' })).toBeUndefined();
    expect(refusalBeforeReading({ name: '빈 스캔.png', size: 0, type: 'image/png' })).toBe("'빈 스캔.png'을(를) 첨부하지 않았습니다. 빈 파일입니다.");
    expect(refusalBeforeReading({ name: 'setup.exe', size: 10, type: 'application/x-msdownload' })).toMatch(/^'setup\.exe'을\(를\) 첨부하지 않았습니다\. .*한\/글 문서\(HWP, HWPX\)만 첨부할 수 있습니다\.$/);
  });
});

describe('pastedImageName', () => {
  const at = new Date(2026, 11, 2, 10, 31, 59);
  it("names a screenshot by the minute it was pasted, numbering the second and later of one paste", () => {
    expect(pastedImageName('image/png', at)).toBe('붙여넣은 이미지 2026-12-02 10-31.png');
    expect(pastedImageName('image/jpeg', at, 1, 2)).toBe('붙여넣은 이미지 2026-12-02 10-31 (2).jpg');
    expect(pastedImageName('image/png', new Date(2026, 0, 5, 9, 4))).toBe('붙여넣은 이미지 2026-01-05 09-04.png');
  });
});
