/** What a synced change or pulled record may hold: the register's own rules, with Korean reasons. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TONES, clippingValuesSchema } from '../../../shared/domain/clipping.ts';
import { releaseValuesSchema } from '../../../shared/domain/release.ts';
import { basesProblem, syncedFieldsProblem } from '../../../shared/sync/validate-change.ts';

const HLC = '001732250000000-0000-00000000000000aa';
const RELEASE_ID = '01a20143-a76d-72c5-87ec-0956e94f2a4c';
const META = { _deleted: false, _createdAt: '2024-09-02T00:12:34.567Z', _createdBy: '김민지', _at: '2024-09-02T00:12:34.567Z', _by: '김민지' };

const clipping = {
  publishedOn: '2024-09-02', outlet: '연합뉴스', mediaType: '통신사', title: '금천구, 디지털 교육 확대', reporter: '홍길동', page: '12면',
  url: 'https://www.yna.co.kr/view/1', department: '홍보전산과', tone: '긍정', summary: '요약', tags: ['교육', '디지털'], releaseId: RELEASE_ID,
  ...META,
};
const release = { distributedOn: '2024-09-01', title: '디지털 교육 확대', department: '홍보전산과', contact: '김민지', hasPhoto: true, ...META };

const problem = (fields: Record<string, unknown>, register = 'clippings') => syncedFieldsProblem(register, fields);

describe('synced field rules', () => {
  it('passes whole records, partial edits, blanks, a delete and a cleared conflict', () => {
    expect(problem(clipping)).toBeUndefined();
    expect(problem(release, 'releases')).toBeUndefined();
    expect(problem({ tone: '부정', _at: META._at, _by: '이영희' })).toBeUndefined();
    expect(problem({ _deleted: true, _at: META._at, _by: '이영희' })).toBeUndefined();
    expect(problem({ releaseId: '', url: '', mediaType: '', tone: '', publishedOn: '', tags: [] })).toBeUndefined();
    expect(problem({ '_conflict:summary': null })).toBeUndefined();
    expect(problem({})).toBeUndefined();
  });

  it('passes the conflict marks the server writes, with the texts that lost earlier', () => {
    expect(problem({ '_conflict:summary': { value: '다른 요약', hlc: HLC } })).toBeUndefined();
    expect(problem({ '_conflict:summary': { value: '셋째 요약', hlc: HLC, earlier: [{ value: '다른 요약', hlc: '' }] } })).toBeUndefined();
    for (const bad of [{ value: 3, hlc: HLC }, { value: 'x', hlc: 'yesterday' }, { value: 'x', hlc: HLC, extra: 1 }, 'text', [],
      { value: 'x', hlc: HLC, earlier: 'no' }, { value: 'x', hlc: HLC, earlier: [{ value: 'y', hlc: HLC, earlier: [] }] }]) {
      expect(problem({ '_conflict:summary': bad })?.message, JSON.stringify(bad)).toBe('언론보도의 요약 충돌 기록의 형식이 올바르지 않습니다.');
    }
    expect(problem({ '_conflict:title': null })).toEqual({ field: '_conflict:title', message: "언론보도의 '제목' 항목에는 충돌 기록을 둘 수 없습니다." });
  });

  it("refuses the issue's hostile values, naming the register and the field in Korean", () => {
    expect(problem({ tone: '악의' })).toEqual({ field: 'tone', message: "언론보도의 논조 값 '악의'는 허용되지 않습니다(긍정, 중립, 부정)." });
    expect(problem({ title: '가'.repeat(20_000) })).toEqual({ field: 'title', message: '언론보도의 제목은 300자 이내여야 합니다(받은 값 20,000자).' });
    expect(problem({ publishedOn: 'not-a-date' })).toEqual({ field: 'publishedOn', message: "언론보도의 보도일자 값 'not-a-date'은(는) 2024-09-02 형식의 실제 날짜가 아닙니다." });
    expect(problem({ publishedOn: '2024-02-30' })?.field).toBe('publishedOn');
    expect(problem({ ...clipping, ssn: '900101-1234567' })).toEqual({ field: 'ssn', message: "언론보도에는 'ssn' 항목이 없습니다. 이 자료는 받을 수 없습니다." });
    const etc = problem({ 주민등록번호: '900101-1234567' }, '../../etc');
    expect(etc?.field).toBe('');
    expect(etc?.message).toBe("알 수 없는 대장 '../../etc'의 자료는 받을 수 없습니다. 서버와 모든 PC의 GuDesk가 같은 버전인지 확인하세요.");
    expect(etc?.message).not.toContain('1234567');
  });

  it('refuses a value of the wrong kind for every field kind', () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['clippings', { outlet: 42 }, 'outlet', '언론보도의 매체명은 글자여야 합니다.'],
      ['clippings', { outlet: null }, 'outlet', '언론보도의 매체명은 글자여야 합니다.'],
      ['clippings', { summary: 'a'.repeat(5001) }, 'summary', '언론보도의 요약은 5,000자 이내여야 합니다(받은 값 5,001자).'],
      ['clippings', { mediaType: '중앙지\n<script>' }, 'mediaType', '언론보도의 매체구분은 한 줄의 짧은 글자여야 합니다.'],
      ['clippings', { mediaType: 'x'.repeat(31) }, 'mediaType', '언론보도의 매체구분은 30자 이내여야 합니다(받은 값 31자).'],
      ['clippings', { url: 'javascript:alert(1)' }, 'url', '언론보도의 URL은 http:// 또는 https://로 시작해야 합니다.'],
      ['clippings', { tone: 1 }, 'tone', '언론보도의 논조는 긍정, 중립, 부정 중 하나여야 합니다.'],
      ['clippings', { tags: '교육' }, 'tags', '언론보도의 태그는 태그 목록이어야 합니다.'],
      ['clippings', { tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }, 'tags', '언론보도의 태그는 30개까지 붙일 수 있습니다(받은 값 31개).'],
      ['clippings', { tags: [''] }, 'tags', '언론보도의 태그 하나하나는 1~50자의 글자여야 합니다.'],
      ['clippings', { tags: [{}] }, 'tags', '언론보도의 태그 하나하나는 1~50자의 글자여야 합니다.'],
      ['clippings', { releaseId: '../../etc/passwd' }, 'releaseId', "언론보도의 보도자료 값 '../../etc/passwd'은(는) 올바른 연결(ID)이 아닙니다."],
      ['clippings', { releaseId: 7 }, 'releaseId', '언론보도의 보도자료는 연결할 자료의 ID(글자)여야 합니다.'],
      ['clippings', { _deleted: 'yes' }, '_deleted', '언론보도의 삭제 표시는 true 또는 false여야 합니다.'],
      ['clippings', { _at: 'yesterday' }, '_at', "언론보도의 수정 시각 값 'yesterday'은(는) 2024-09-02T09:00:00.000Z 형식의 시각이 아닙니다."],
      ['clippings', { _createdAt: '2024-13-45T99:99:99Z' }, '_createdAt', "언론보도의 등록 시각 값 '2024-13-45T99:99:99Z'은(는) 2024-09-02T09:00:00.000Z 형식의 시각이 아닙니다."],
      ['clippings', { _by: 'x'.repeat(201) }, '_by', '언론보도의 수정한 사람은 200자 이내여야 합니다(받은 값 201자).'],
      ['releases', { hasPhoto: 'yes' }, 'hasPhoto', '보도자료의 사진 포함은 예 또는 아니오(true/false)여야 합니다.'],
      ['releases', { distributedOn: 20240902 }, 'distributedOn', '보도자료의 배포일은 2024-09-02 형식의 날짜여야 합니다.'],
      ['releases', { tone: '중립' }, 'tone', "보도자료에는 'tone' 항목이 없습니다. 이 자료는 받을 수 없습니다."],
    ];
    for (const [register, fields, field, message] of cases) expect(syncedFieldsProblem(register, fields), JSON.stringify(fields)).toEqual({ field, message });
  });

  it('does not mistake inherited property names for fields', () => {
    expect(problem(JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>)?.field).toBe('__proto__');
    expect(problem({ constructor: 'x' })?.field).toBe('constructor');
    expect(syncedFieldsProblem('toString', {})?.field).toBe('');
  });

  it('quotes a long hostile value only in part, on one line', () => {
    const msg = problem({ tone: `악${'의'.repeat(100)}\n둘째 줄` })!.message;
    expect(msg.length).toBeLessThan(100);
    expect(msg).not.toContain('\n');
  });

  it('accepts every clipping and release the clerk-facing schemas accept', () => {
    const text = (max: number) => fc.string({ maxLength: max });
    fc.assert(fc.property(
      fc.record({
        publishedOn: fc.date({ min: new Date('1990-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        outlet: text(100).filter((s) => s.trim() !== ''), title: text(300).filter((s) => s.trim() !== ''), reporter: text(100), page: text(30),
        tone: fc.constantFrom(...TONES), summary: text(5000), tags: fc.array(text(50).filter((s) => s.trim() !== ''), { maxLength: 30 }),
        url: fc.oneof(fc.constant(''), fc.webUrl()), department: text(100), mediaType: fc.constantFrom('', '중앙지', '통신사'), releaseId: fc.constantFrom('', RELEASE_ID),
      }),
      (input) => {
        const parsed = clippingValuesSchema.safeParse(input);
        fc.pre(parsed.success);
        expect(problem({ ...parsed.data, ...META })).toBeUndefined();
      },
    ), { numRuns: 300, seed: 8 });
    const r = releaseValuesSchema.parse({ distributedOn: '2024-02-29', title: ' 제목 ' });
    expect(problem({ ...r, ...META }, 'releases')).toBeUndefined();
  });

  it('lets bases name only long-text fields', () => {
    expect(basesProblem('clippings', { summary: null })).toBeUndefined();
    expect(basesProblem('clippings', undefined)).toBeUndefined();
    expect(basesProblem('clippings', { title: HLC })).toEqual({ field: 'title', message: "언론보도의 '제목' 항목은 고친 기준(bases)을 가질 수 없습니다." });
    expect(basesProblem('../../etc', { summary: null })?.field).toBe('');
  });
});
