/** The sync contract refuses malformed requests and explains every refusal in Korean. */
import { describe, expect, it } from 'vitest';
import { packStamps, pullResponseSchema, pushRequestSchema, stampOf } from '../../../shared/sync/protocol.ts';
import { syncErrorMessage } from '../../../shared/sync/errors.ts';

const op = (seq: number) => ({
  opId: '01a20143-a768-72cf-85fc-e92fdfe10308',
  seq,
  change: {
    register: 'clippings', recordId: '01a20143-a76d-72c5-87ec-0956e94f2a4c', fields: { tone: '부정', summary: '요약' },
    hlc: '001732250000000-0000-00000000000000aa', bases: { summary: null }, schema: 1,
  },
});

describe('sync protocol', () => {
  it('accepts a well-formed push and refuses a bad stamp or a foreign protocol version', () => {
    const ok = { protocol: 1, deviceId: '01a20143-a768-72cf-85fc-e92fdfe10309', clientVersion: '0.1.0', clientTime: 1_732_250_000_000, ops: [op(1), op(2)] };
    expect(pushRequestSchema.safeParse(ok).success).toBe(true);
    expect(pushRequestSchema.safeParse({ ...ok, protocol: 2 }).success).toBe(false);
    const bad = { ...ok, ops: [{ ...op(1), change: { ...op(1).change, hlc: 'yesterday' } }] };
    const r = pushRequestSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('HLC');
  });

  it('tells the clerk both times when this PC clock is wrong', () => {
    const msg = syncErrorMessage({ code: 'clock_skew', message: '', clientTime: Date.UTC(2024, 8, 2, 0, 0, 0), serverTime: Date.UTC(2024, 8, 2, 0, 30, 0) });
    expect(msg).toContain('이 PC: 2024. 9. 2. 09:00:00');
    expect(msg).toContain('서버: 2024. 9. 2. 09:30:00');
  });

  it('says what to do when this GuDesk is too old', () => {
    expect(syncErrorMessage({ code: 'client_too_old', message: '', minClientVersion: '0.3.0' })).toContain('0.3.0 버전 이상으로 업데이트');
  });

  it('packs the stamps of a record as the common one plus exceptions, and reads each back', () => {
    const a = '001732250000000-0000-00000000000000aa';
    const b = '001732250000009-0000-00000000000000bb';
    const packed = packStamps({ title: a, outlet: a, tone: b, _deleted: a });
    expect(packed).toEqual({ hlc: a, hlcs: { tone: b } });
    expect(stampOf(packed, 'tone')).toBe(b);
    expect(stampOf(packed, 'title')).toBe(a);
    expect(packStamps({ title: a })).toEqual({ hlc: a });
  });

  it('checks every pulled record of a reply, and refuses the reply for one malformed record', () => {
    const hlc = '001732250000000-0000-00000000000000aa';
    const rec = { register: 'clippings', recordId: '01a20143-a76d-72c5-87ec-0956e94f2a4c', schema: 1, hlc, fields: { title: '제목', tags: ['구정'], _deleted: false }, hlcs: { title: hlc } };
    const reply = (records: unknown[]) => ({ records, cursor: '7', more: false, serverTime: 1_732_250_000_000 });
    const ok = pullResponseSchema.safeParse(reply([rec, { ...rec, hlcs: undefined }]));
    expect(ok.success).toBe(true);
    expect(ok.data?.records[0]).toEqual(rec);
    const bad: unknown[] = [
      null, [], { ...rec, register: '' }, { ...rec, recordId: 'x' }, { ...rec, schema: 0 }, { ...rec, schema: 1.5 }, { ...rec, hlc: 'yesterday' },
      { ...rec, fields: [] }, { ...rec, fields: null }, { ...rec, fields: { '': 1 } }, { ...rec, fields: { ['a'.repeat(81)]: 1 } },
      { ...rec, hlcs: { title: 'yesterday' } }, { ...rec, hlcs: [] },
    ];
    for (const b of bad) expect(pullResponseSchema.safeParse(reply([rec, b])).success, JSON.stringify(b)).toBe(false);
    expect(pullResponseSchema.safeParse({ ...reply([]), more: 'yes' }).success).toBe(false);
  });
});
