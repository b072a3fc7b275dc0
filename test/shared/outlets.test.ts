/** The built-in outlet table that fills 매체구분 when a clerk leaves it blank. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEDIA_TYPES } from '../../shared/domain/codes.ts';
import { builtInOutlets, mediaTypeForOutlet } from '../../shared/domain/outlets.ts';

describe('mediaTypeForOutlet', () => {
  it.each([
    ['연합뉴스', '통신사'],
    ['뉴시스', '통신사'],
    ['KBS', '방송사'],
    ['연합뉴스TV', '방송사'],
    ['조선일보', '중앙지'],
    ['금천신문', '지역언론'],
    ['오마이뉴스', '인터넷언론'],
  ])('%s → %s', (outlet, type) => {
    expect(mediaTypeForOutlet(outlet)).toBe(type);
  });

  it('ignores spaces and Latin case', () => {
    expect(mediaTypeForOutlet('kbs')).toBe('방송사');
    expect(mediaTypeForOutlet(' K B S ')).toBe('방송사');
    expect(mediaTypeForOutlet('TBS')).toBe('방송사');
    expect(mediaTypeForOutlet('연합 뉴스')).toBe('통신사');
  });

  it('knows nothing about other outlets', () => {
    expect(mediaTypeForOutlet('금천마을신문')).toBeUndefined();
    expect(mediaTypeForOutlet('')).toBeUndefined();
    expect(mediaTypeForOutlet('KBS뉴스')).toBeUndefined();
  });
});

describe('builtInOutlets', () => {
  it('uses only default 매체구분 codes and names each outlet once', () => {
    const all = builtInOutlets();
    expect(all.length).toBeGreaterThan(50);
    for (const { outlet, mediaType } of all) {
      expect(DEFAULT_MEDIA_TYPES as readonly string[]).toContain(mediaType);
      expect(mediaTypeForOutlet(outlet)).toBe(mediaType);
    }
    const keys = all.map((o) => o.outlet.replace(/\s+/g, '').toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
