import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, formatSize } from '../../renderer/src/common/base64.ts';
import { formatDateTime, formatHistoryValue, formatMonth, formatSince } from '../../renderer/src/common/format.ts';
import { addRows, removeRows, replaceRows } from '../../renderer/src/common/grid/rows.ts';

describe('display formats', () => {
  it('shows history values the way clerks read them', () => {
    expect(formatHistoryValue('2024-09-02')).toBe('2024. 9. 2.');
    expect(formatHistoryValue('')).toBe('(없음)');
    expect(formatHistoryValue(null)).toBe('(없음)');
    expect(formatHistoryValue('true')).toBe('예');
    expect(formatHistoryValue('부정')).toBe('부정');
  });
  it('says how long ago the last sync was', () => {
    const now = new Date(2024, 8, 2, 14, 5).getTime();
    expect(formatSince(new Date(now - 20_000).toISOString(), now)).toBe('방금');
    expect(formatSince(new Date(now - 5 * 60_000).toISOString(), now)).toBe('5분 전');
    expect(formatSince(new Date(now - 3 * 3_600_000).toISOString(), now)).toBe('3시간 전');
    const old = new Date(2024, 7, 30, 9, 0).toISOString();
    expect(formatSince(old, now)).toBe(formatDateTime(old));
    expect(formatDateTime(old)).toBe('2024. 8. 30. 09:00');
  });
  it('labels chart months', () => {
    expect(formatMonth('2024-09')).toEqual({ full: '2024. 9.', short: '9월' });
    expect(formatMonth('2025-01').short).toBe('25.1월');
  });
  it('formats file sizes', () => {
    expect(formatSize(500)).toBe('500B');
    expect(formatSize(2048)).toBe('2KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0MB');
  });
});

describe('files as base64', () => {
  it('round-trips bytes larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});

describe('row caches', () => {
  const rows = [{ id: 'a', v: 1 }, { id: 'b', v: 2 }];
  it('replaces, removes and adds without touching the original', () => {
    expect(replaceRows(rows, [{ id: 'b', v: 3 }])).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 3 }]);
    expect(removeRows(rows, ['a'])).toEqual([{ id: 'b', v: 2 }]);
    expect(addRows(rows, [{ id: 'c', v: 0 }]).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(rows).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 2 }]);
  });
});
