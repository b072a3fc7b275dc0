/**
 * Entering and editing 언론보도 through the API: Korean messages that name the field, 매체구분
 * filled in for the clerk, duplicates refused, edits recorded field by field, and an edit made
 * meanwhile elsewhere detected rather than overwritten.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { clipping, expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore();
  core = t.core;
});
afterEach(() => t.dispose());

describe('clippings.create validation', () => {
  it('names every missing required field in Korean and stores nothing', async () => {
    const error = await failure(core, 'clippings.create', { values: {} as never });
    expectKoreanError(error, 'invalid_input');
    for (const label of ['보도일자', '매체명', '제목']) {
      expect(error.message).toContain(label);
      expect(Object.keys(error.details ?? {})).toContain(label);
    }
    expect(await core.call('clippings.list', {})).toEqual([]);
  });

  it('refuses blank text, impossible dates, bad URLs and unknown 논조 with the field named', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '   ' }, '제목'],
      [{ outlet: '' }, '매체명'],
      [{ publishedOn: '2024-02-30' }, '보도일자'],
      [{ publishedOn: '2024.9.2' }, '보도일자'],
      [{ url: 'javascript:alert(1)' }, 'URL'],
      [{ tone: '매우긍정' }, '논조'],
      [{ title: '가'.repeat(301) }, '제목'],
    ];
    for (const [override, label] of cases) {
      const error = await failure(core, 'clippings.create', { values: clipping(override as never) });
      expectKoreanError(error, 'invalid_input');
      expect(error.message, JSON.stringify(override)).toContain(label);
    }
    expect(await core.call('clippings.list', {})).toEqual([]);
  });

  it('trims text and fills defaults (논조 중립, empty optional fields, tags without #)', async () => {
    const { record } = await core.call('clippings.create', {
      values: clipping({ title: '  구청 축제  ', outlet: ' KBS ', tags: ['#축제', '축제', ' 청년 '] }),
    });
    expect(record).toMatchObject({ title: '구청 축제', outlet: 'KBS', tone: '중립', reporter: '', summary: '', releaseId: '', tags: ['축제', '청년'] });
    expect(record).toMatchObject({ createdBy: '홍길동', updatedBy: '홍길동', deletedAt: null, version: 1, attachmentCount: 0, releaseTitle: '' });
  });
});

describe('매체구분 when left blank', () => {
  it('comes from the built-in outlet table', async () => {
    const a = await core.call('clippings.create', { values: clipping({ outlet: '연합뉴스' }) });
    const b = await core.call('clippings.create', { values: clipping({ outlet: 'KBS' }) });
    const c = await core.call('clippings.create', { values: clipping({ outlet: 'k b s', title: '다른 기사' }) });
    expect(a.record.mediaType).toBe('통신사');
    expect(b.record.mediaType).toBe('방송사');
    expect(c.record.mediaType).toBe('방송사');
  });

  it('is learned from earlier clippings of an outlet the table does not know', async () => {
    const unknown = await core.call('clippings.create', { values: clipping({ outlet: '금천마을신문', title: '첫 기사' }) });
    expect(unknown.record.mediaType).toBe('');
    await core.call('clippings.create', { values: clipping({ outlet: '금천마을신문', title: '둘째 기사', mediaType: '지역언론' }) });
    const learned = await core.call('clippings.create', { values: clipping({ outlet: '금천마을신문', title: '셋째 기사' }) });
    expect(learned.record.mediaType).toBe('지역언론');
  });

  it('a value the clerk typed wins over the table', async () => {
    const { record } = await core.call('clippings.create', { values: clipping({ outlet: '연합뉴스', mediaType: '기타' }) });
    expect(record.mediaType).toBe('기타');
  });

  it('an unknown 매체구분 is refused, naming the field', async () => {
    const error = await failure(core, 'clippings.create', { values: clipping({ mediaType: '잡지' }) });
    expectKoreanError(error, 'invalid_input');
    expect(error.message).toContain('매체구분');
    expect(error.message).toContain('잡지');
    expect(await core.call('clippings.list', {})).toEqual([]);
  });
});

describe('natural key (보도일자 + 매체명 + 제목)', () => {
  it('a second clipping with the same key is refused as a conflict that quotes it', async () => {
    await core.call('clippings.create', { values: clipping() });
    const error = await failure(core, 'clippings.create', { values: clipping({ title: ' 금천구, 청년 창업 지원 확대 ', reporter: '다른 기자' }) });
    expectKoreanError(error, 'conflict');
    expect(error.message).toContain('2024. 9. 2.');
    expect(error.message).toContain('연합뉴스');
    expect(error.message).toContain('금천구, 청년 창업 지원 확대');
    expect(await core.call('clippings.list', {})).toHaveLength(1);
  });

  it('the same title from another outlet or day is a different clipping', async () => {
    await core.call('clippings.create', { values: clipping() });
    await core.call('clippings.create', { values: clipping({ outlet: '뉴시스' }) });
    await core.call('clippings.create', { values: clipping({ publishedOn: '2024-09-03' }) });
    expect(await core.call('clippings.list', {})).toHaveLength(3);
  });

  it('an edit that would duplicate another clipping is refused and changes nothing', async () => {
    await core.call('clippings.create', { values: clipping({ title: '가' }) });
    const b = await core.call('clippings.create', { values: clipping({ title: '나' }) });
    const error = await failure(core, 'clippings.update', { id: b.record.id, patch: { title: '가' } });
    expectKoreanError(error, 'conflict');
    expect((await core.call('clippings.get', { id: b.record.id })).title).toBe('나');
  });

  it('a deleted clipping does not block entering it again', async () => {
    const a = await core.call('clippings.create', { values: clipping() });
    await core.call('clippings.delete', { ids: [a.record.id] });
    await core.call('clippings.create', { values: clipping() });
    expect(await core.call('clippings.list', {})).toHaveLength(1);
  });
});

describe('clippings.update', () => {
  it('changes only the given field, bumps the version, and records who changed what', async () => {
    const { record } = await core.call('clippings.create', {
      values: clipping({ reporter: '김기자', summary: '요약 원문', tags: ['청년'], tone: '긍정', page: '12' }),
    });
    const updated = await core.call('clippings.update', { id: record.id, patch: { title: '금천구, 청년 창업 지원 두 배로' } }, { actor: '김주무관' });
    expect(updated.record).toMatchObject({
      title: '금천구, 청년 창업 지원 두 배로',
      reporter: '김기자', summary: '요약 원문', tags: ['청년'], tone: '긍정', page: '12', outlet: '연합뉴스', mediaType: '통신사',
      version: 2, updatedBy: '김주무관', createdBy: '홍길동',
    });

    const history = await core.call('clippings.history', { id: record.id });
    expect(history[0]).toMatchObject({
      action: 'update', by: '김주무관', field: 'title', fieldLabel: '제목',
      oldValue: '금천구, 청년 창업 지원 확대', newValue: '금천구, 청년 창업 지원 두 배로', batchId: updated.batchId,
    });
    expect(history.at(-1)).toMatchObject({ action: 'create', by: '홍길동' });
    expect(history).toHaveLength(2);
  });

  it('records one history row per changed field and none for unchanged ones', async () => {
    const { record } = await core.call('clippings.create', { values: clipping({ tone: '중립' }) });
    await core.call('clippings.update', { id: record.id, patch: { tone: '부정', tags: ['민원', '도로'], title: record.title } });
    const history = await core.call('clippings.history', { id: record.id });
    const updates = history.filter((h) => h.action === 'update');
    expect(updates.map((h) => [h.fieldLabel, h.oldValue, h.newValue]).sort()).toEqual([
      ['논조', '중립', '부정'],
      ['태그', '', '민원, 도로'],
    ]);
  });

  it('an edit that changes nothing keeps the version and writes no history', async () => {
    const { record } = await core.call('clippings.create', { values: clipping() });
    const same = await core.call('clippings.update', { id: record.id, patch: { title: record.title } });
    expect(same.record.version).toBe(1);
    expect(await core.call('clippings.history', { id: record.id })).toHaveLength(1);
  });

  it('an invalid patch is refused in Korean and changes nothing', async () => {
    const { record } = await core.call('clippings.create', { values: clipping() });
    const error = await failure(core, 'clippings.update', { id: record.id, patch: { publishedOn: '2024-13-01' } });
    expectKoreanError(error, 'invalid_input');
    expect(error.message).toContain('보도일자');
    const unknownField = await failure(core, 'clippings.update', { id: record.id, patch: { 제목: 'x' } as never });
    expectKoreanError(unknownField, 'invalid_input');
    expect(await core.call('clippings.get', { id: record.id })).toMatchObject({ publishedOn: '2024-09-02', version: 1 });
  });

  it('refuses an edit based on an old version (someone else edited first)', async () => {
    const { record } = await core.call('clippings.create', { values: clipping({ reporter: '김기자' }) });
    await core.call('clippings.update', { id: record.id, patch: { reporter: '이기자' }, expectedVersion: 1 }, { actor: '갑' });
    const error = await failure(core, 'clippings.update', { id: record.id, patch: { reporter: '박기자' }, expectedVersion: 1 }, { actor: '을' });
    expectKoreanError(error, 'conflict');
    expect(error.message).toContain('먼저 수정');
    expect(await core.call('clippings.get', { id: record.id })).toMatchObject({ reporter: '이기자', version: 2 });
    // With the current version it goes through.
    const ok = await core.call('clippings.update', { id: record.id, patch: { reporter: '박기자' }, expectedVersion: 2 });
    expect(ok.record).toMatchObject({ reporter: '박기자', version: 3 });
  });

  it('a deleted clipping cannot be edited until restored; an unknown id is not_found', async () => {
    const { record } = await core.call('clippings.create', { values: clipping() });
    await core.call('clippings.delete', { ids: [record.id] });
    expectKoreanError(await failure(core, 'clippings.update', { id: record.id, patch: { reporter: '김기자' } }), 'conflict');
    expectKoreanError(await failure(core, 'clippings.update', { id: 'no-such-id', patch: { reporter: '김기자' } }), 'not_found');
    expectKoreanError(await failure(core, 'clippings.get', { id: 'no-such-id' }), 'not_found');
  });

  it('the actor defaults to the name set in settings', async () => {
    await core.call('settings.set', { key: 'actorName', value: '이주무관' });
    const { record } = await core.call('clippings.create', { values: clipping() });
    expect(record.createdBy).toBe('이주무관');
  });
});

describe('invoke', () => {
  it('an unknown operation or malformed request is a Korean error, never a throw', async () => {
    const r1 = await core.invoke('clippings.frobnicate', {});
    expect(r1).toMatchObject({ ok: false, error: { code: 'unknown_operation', message: expect.stringContaining('알 수 없는 작업') as string } });
    const r2 = await core.invoke('clippings.create', 'not an object');
    expect(r2).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const r3 = await core.invoke('clippings.delete', { ids: [] });
    expect(r3).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/하나 이상 선택하세요/) as string } });
  });
});
