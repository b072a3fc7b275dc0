/**
 * Settings, editable code lists (매체구분) and saved grid views, through the API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../core/api/core-types.ts';
import { DEFAULT_MEDIA_TYPES } from '../../../shared/domain/codes.ts';
import { clipping, expectKoreanError, failure, openTempCore, type TempCore } from '../temp-core.ts';

let t: TempCore;
let core: Core;
beforeEach(() => {
  t = openTempCore();
  core = t.core;
});
afterEach(() => t.dispose());

describe('codes', () => {
  it('a new database offers the default 매체구분 list', async () => {
    const items = await core.call('codes.list', { list: 'mediaType' });
    expect(items.map((i) => i.code)).toEqual([...DEFAULT_MEDIA_TYPES]);
    expect(items.every((i) => i.active)).toBe(true);
  });

  it('a code added in settings can be used right away; one removed is refused', async () => {
    const saved = await core.call('codes.save', {
      list: 'mediaType',
      items: [...DEFAULT_MEDIA_TYPES.filter((c) => c !== '기타').map((code) => ({ code })), { code: ' 구정소식지 ' }, { code: '중앙지' }],
    });
    expect(saved.map((i) => i.code)).toEqual([...DEFAULT_MEDIA_TYPES.filter((c) => c !== '기타'), '구정소식지']);
    const { record } = await core.call('clippings.create', { values: clipping({ outlet: '금천소식', mediaType: '구정소식지' }) });
    expect(record.mediaType).toBe('구정소식지');
    const error = await failure(core, 'clippings.create', { values: clipping({ title: '다른 기사', mediaType: '기타' }) });
    expectKoreanError(error, 'invalid_input');
    expect(error.message).toContain('매체구분');
    // The list survives a restart.
    core = t.reopen();
    expect((await core.call('codes.list', { list: 'mediaType' })).map((i) => i.code)).toContain('구정소식지');
  });

  it('an empty list or an empty code is refused in Korean and the list stays', async () => {
    expectKoreanError(await failure(core, 'codes.save', { list: 'mediaType', items: [] }), 'invalid_input');
    const blank = await failure(core, 'codes.save', { list: 'mediaType', items: [{ code: '  ' }] });
    expectKoreanError(blank, 'invalid_input');
    expect(blank.message).toContain('코드를 입력하세요');
    expect((await core.call('codes.list', { list: 'mediaType' })).map((i) => i.code)).toEqual([...DEFAULT_MEDIA_TYPES]);
  });
});

describe('saved views', () => {
  it('save, list per grid, replace by name, delete', async () => {
    const a = await core.call('views.save', { grid: 'clippings', name: '이번 달 부정 기사', state: { filter: { tone: '부정' } } });
    await core.call('views.save', { grid: 'clippings', name: '방송만', state: { filter: { mediaType: '방송사' } } });
    await core.call('views.save', { grid: 'releases', name: '사진 있음', state: { filter: { hasPhoto: true } } });
    expect((await core.call('views.list', { grid: 'clippings' })).map((v) => v.name)).toEqual(['방송만', '이번 달 부정 기사']);

    const replaced = await core.call('views.save', { grid: 'clippings', name: '이번 달 부정 기사', state: { filter: { tone: '긍정' } } });
    expect(replaced.id).toBe(a.id);
    const views = await core.call('views.list', { grid: 'clippings' });
    expect(views).toHaveLength(2);
    expect(views.find((v) => v.id === a.id)!.state).toEqual({ filter: { tone: '긍정' } });

    expect(await core.call('views.delete', { id: a.id })).toEqual({ count: 1 });
    expect((await core.call('views.list', { grid: 'clippings' })).map((v) => v.name)).toEqual(['방송만']);
    expect((await core.call('views.list', { grid: 'releases' })).map((v) => v.name)).toEqual(['사진 있음']);
    expect(await core.call('views.delete', { id: a.id })).toEqual({ count: 0 });
  });

  it('a view needs a name', async () => {
    const error = await failure(core, 'views.save', { grid: 'clippings', name: '  ', state: {} });
    expectKoreanError(error, 'invalid_input');
    expect(error.message).toContain('보기 이름');
  });
});

describe('settings', () => {
  it('the update feed is not a setting: no page can set it (it is the sync server\'s policy)', async () => {
    for (const key of ['updateFeedUrl', 'updateFeedPolicy']) {
      expectKoreanError(await failure(core, 'settings.set', { key: key as never, value: 'https://evil.example/gudesk/' }), 'invalid_input');
    }
    expect(await core.call('settings.get', {})).toEqual({});
  });

  it('unknown keys are refused', async () => {
    expectKoreanError(await failure(core, 'settings.set', { key: 'dataDir' as never, value: '/tmp' }), 'invalid_input');
  });

  it('actorName becomes the default actor shown in app.info and history', async () => {
    await core.call('settings.set', { key: 'actorName', value: '이주무관' });
    expect((await core.call('app.info', {})).actor).toBe('이주무관');
    expect((await core.call('app.info', {}, { actor: '박팀장' })).actor).toBe('박팀장');
  });
});

describe('removing a 매체구분 code', () => {
  const withoutCode = (code: string) => DEFAULT_MEDIA_TYPES.filter((c) => c !== code).map((c) => ({ code: c }));

  it('does not block saving a clipping whose 매체구분 was left blank', async () => {
    await core.call('codes.save', { list: 'mediaType', items: withoutCode('통신사') });
    const { record } = await core.call('clippings.create', { values: clipping({ outlet: '연합뉴스' }) });
    expect(record.mediaType).toBe('');
  });

  it('keeps existing clippings with that code editable and restorable', async () => {
    const { record } = await core.call('clippings.create', { values: clipping({ outlet: '마을소식', mediaType: '기타' }) });
    await core.call('codes.save', { list: 'mediaType', items: withoutCode('기타') });
    const edited = await core.call('clippings.update', { id: record.id, patch: { reporter: '김기자' } });
    expect(edited.record).toMatchObject({ reporter: '김기자', mediaType: '기타' });
    await core.call('clippings.delete', { ids: [record.id] });
    expect((await core.call('clippings.restore', { ids: [record.id] })).count).toBe(1);
    // Choosing the removed code anew is still refused.
    const other = await core.call('clippings.create', { values: clipping({ outlet: 'KBS' }) });
    expectKoreanError(await failure(core, 'clippings.update', { id: other.record.id, patch: { mediaType: '기타' } }), 'invalid_input');
  });
});

describe('inactive 매체구분 codes', () => {
  it('cannot be chosen for new clippings but stay valid on those that have them', async () => {
    const t = openTempCore();
    try {
      const { core } = t;
      const old = (await core.call('clippings.create', { values: { publishedOn: '2024-09-02', outlet: '금천소식', mediaType: '기타', title: '기존 기사' } })).record;
      const items = (await core.call('codes.list', { list: 'mediaType' })).map((i) => ({ code: i.code, active: i.code !== '기타' }));
      await core.call('codes.save', { list: 'mediaType', items });
      const refused = await failure(core, 'clippings.create', { values: { publishedOn: '2024-09-03', outlet: '금천소식', mediaType: '기타', title: '새 기사' } });
      expect(refused.code).toBe('invalid_input');
      expect(refused.message).toContain('사용하지 않음');
      // The old clipping keeps its code through an edit of another field.
      const edited = await core.call('clippings.update', { id: old.id, patch: { department: '소통담당관' } });
      expect(edited.record.mediaType).toBe('기타');
    } finally {
      t.dispose();
    }
  });
});
