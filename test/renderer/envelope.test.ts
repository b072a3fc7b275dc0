import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, GENERIC_MESSAGE, unwrap } from '../../renderer/src/api/envelope.ts';

describe('unwrapping API replies', () => {
  it('returns the value of a successful envelope and passes bare values through', () => {
    expect(unwrap({ ok: true, value: [1, 2] })).toEqual([1, 2]);
    expect(unwrap([1, 2])).toEqual([1, 2]);
  });

  it('throws an ApiError with the Korean message, code and details', () => {
    const reply = { ok: false, error: { code: 'invalid_input', message: '제목을 입력하세요.', details: { title: '제목을 입력하세요.' } } };
    try {
      unwrap(reply);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe('invalid_input');
      expect((e as ApiError).message).toBe('제목을 입력하세요.');
      expect((e as ApiError).details).toEqual({ title: '제목을 입력하세요.' });
    }
  });

  it('never shows a stack or an English wrapper to the clerk', () => {
    expect(errorMessage(new Error("Error invoking remote method 'gudesk:x': AppError: 파일이 너무 큽니다."))).toBe('파일이 너무 큽니다.');
    expect(errorMessage(new TypeError('Cannot read properties of undefined'))).toBe(GENERIC_MESSAGE);
    expect(errorMessage('boom')).toBe(GENERIC_MESSAGE);
  });
});
