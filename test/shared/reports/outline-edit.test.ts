import { describe, expect, it } from 'vitest';
import { continueList, shiftLevel } from '../../../shared/reports/outline-edit.ts';

const caret = (text: string, at: number) => ({ text, selectionStart: at, selectionEnd: at });

describe('outline editor keys', () => {
  it('Tab moves a line one level down, Shift+Tab one up, and the caret stays in its text', () => {
    const text = '□ 사업개요\n○ 언론 보도\n- 세부';
    const r = shiftLevel(caret(text, text.indexOf('언론')), 1);
    expect(r.text).toBe('□ 사업개요\n- 언론 보도\n- 세부');
    expect(r.text.slice(r.selectionStart)).toMatch(/^언론/);
    expect(shiftLevel(caret(r.text, r.selectionStart), -1).text).toBe(text);
    expect(shiftLevel(caret('· 끝', 1), 1).text).toBe('· 끝');
    expect(shiftLevel(caret('□ 위', 1), -1).text).toBe('□ 위');
  });

  it('shifts every line a selection touches, and gives a bare line ○', () => {
    const text = '○ 하나\n○ 둘\n셋\n□ 넷';
    const r = shiftLevel({ text, selectionStart: 2, selectionEnd: text.indexOf('셋') + 1 }, 1);
    expect(r.text).toBe('- 하나\n- 둘\n○ 셋\n□ 넷');
    expect(r.text.slice(r.selectionStart, r.selectionEnd)).toBe('- 하나\n- 둘\n○ 셋');
  });

  it('leaves ※ notes and ① items as they are', () => {
    expect(shiftLevel(caret('※ 기준일', 2), 1).text).toBe('※ 기준일');
    expect(shiftLevel(caret('① 항목', 2), 1).text).toBe('① 항목');
  });

  it('Enter continues the list with the same symbol, ① with ②, and ends it on an empty item', () => {
    const r = continueList(caret('○ 보도자료 배포', 9))!;
    expect(r.text).toBe('○ 보도자료 배포\n○ ');
    expect(r.selectionStart).toBe(r.text.length);
    expect(continueList(caret('① 첫째', 4))!.text).toBe('① 첫째\n② ');
    expect(continueList(caret('○ 하나\n○ ', 7))!.text).toBe('○ 하나\n');
    expect(continueList(caret('그냥 글', 4))).toBeUndefined();
  });
});
