import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors.ts';
import { clippingsSpec, clippingValuesSchema, type ClippingValues } from '../../../shared/domain/clipping.ts';
import { releasesSpec, releaseValuesSchema } from '../../../shared/domain/release.ts';
import {
  cellsToValues,
  exportHeaders,
  exportKinds,
  mapHeaders,
  parseBooleanCell,
  parseDateCell,
  splitTags,
  valuesToCells,
} from '../../../core/io/mapping.ts';
import { readTableFile, writeTableFile } from '../../../core/io/table-file.ts';

describe('mapHeaders', () => {
  it('matches labels and aliases in any order and lists the columns it ignores', () => {
    const m = mapHeaders(clippingsSpec, ['기사제목', '비고', '언론사', '', '보도 일자', '제목*', '논조']);
    expect(m.columns.map((c) => [c.index, c.field.key])).toEqual([
      [0, 'title'],
      [2, 'outlet'],
      [4, 'publishedOn'],
      [6, 'tone'],
    ]);
    // '제목*' repeats the title column: the first one wins and the clerk is told.
    expect(m.ignored).toEqual(['비고', '제목*']);
  });

  it('names every missing required column', () => {
    const err = (() => {
      try {
        mapHeaders(clippingsSpec, ['매체명', '요약']);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'bad_file', message: '필수 열이 없습니다: 보도일자, 제목' });
  });
});

describe('cell conversion', () => {
  it('reads every date form clerks type', () => {
    const forms: unknown[] = [
      '2024-09-02', '2024.9.2', '2024. 9. 2.', '2024. 9. 2.(월)', '2024/09/02', '2024년 9월 2일', '20240902', 20240902,
      '24.09.02', '2024-09-02 14:30', '2024-09-02T00:00:00.000Z', 45537, '45537', new Date(Date.UTC(2024, 8, 2)),
    ];
    for (const f of forms) expect([f, parseDateCell(f)]).toEqual([f, '2024-09-02']);
    for (const bad of ['2024-02-30', '내일', '3', 3, '']) expect(parseDateCell(bad)).toBeUndefined();
  });

  it('reads yes/no the Korean ways', () => {
    for (const y of ['예', 'Y', 'o', 'O', '○', 'true', '1', '있음', true, 1]) expect(parseBooleanCell(y)).toBe(true);
    for (const n of ['아니오', 'N', 'X', '×', 'false', '0', '없음', false, 0]) expect(parseBooleanCell(n)).toBe(false);
    expect(parseBooleanCell('모름')).toBeUndefined();
  });

  it('splits tags on , ; · # and drops repeats', () => {
    expect(splitTags('#홍보, 축제;축제 · 청년 ,, ')).toEqual(['홍보', '축제', '청년']);
  });

  it('gives a Korean reason naming the cell, and lets the schema reject it too', () => {
    const m = mapHeaders(releasesSpec, ['배포일', '제목', '사진 포함', '담당자']);
    const { values, errors } = cellsToValues(m, ['2024-13-45', '  제목  ', '모름', 1234]);
    expect(values).toEqual({ distributedOn: '2024-13-45', title: '제목', hasPhoto: '모름', contact: '1234' });
    expect(errors.map((e) => e.reason)).toEqual([
      "배포일을 날짜로 읽을 수 없습니다: '2024-13-45' (예: 2024-09-02)",
      "사진 포함을 예/아니오로 읽을 수 없습니다: '모름'",
    ]);
    expect(releaseValuesSchema.safeParse(values).success).toBe(false);
  });

  it('leaves empty date, yes/no and choice cells to the schema (required message, defaults)', () => {
    const m = mapHeaders(clippingsSpec, ['보도일자', '매체명', '제목', '논조', '태그']);
    const { values, errors } = cellsToValues(m, ['', '서울신문', '축제', '', '']);
    expect(errors).toEqual([]);
    expect(values).toEqual({ outlet: '서울신문', title: '축제', tags: [] });
    const parsed = clippingValuesSchema.safeParse(values);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('보도일자를 입력하세요.');
  });

  it('takes the link of a hyperlinked URL cell, and the text of a hyperlinked title', () => {
    const m = mapHeaders(clippingsSpec, ['보도일자', '매체명', '제목', 'URL']);
    const link = { text: '기사 보기', hyperlink: 'https://news.example/1' };
    const { values } = cellsToValues(m, [45537, '서울신문', { text: '구청 축제', hyperlink: 'https://news.example/1' }, link]);
    expect(values).toMatchObject({ publishedOn: '2024-09-02', title: '구청 축제', url: 'https://news.example/1' });
  });
});

describe('a clerk’s CP949 spreadsheet export', () => {
  it('decodes and maps shuffled Korean headers, quoted multi-line summaries and mixed date forms', async () => {
    const csv = [
      '요약,논조,매체,기사제목,일자,키워드,기자명',
      '"축제 개막.\r\n구민 3만 명 참여, ""성황""",긍정,서울신문,구청 가을 축제 개막,2024. 9. 2.,"축제, 문화",홍길동',
      ',부정,한겨레,-속보- 도로 공사 지연,2024.9.3,,',
      '',
    ].join('\r\n');
    const file = await readTableFile('언론보도.csv', new Uint8Array(iconv.encode(csv, 'cp949')));
    expect(file.encoding).toBe('cp949');
    const m = mapHeaders(clippingsSpec, file.headers);
    expect(m.ignored).toEqual([]);
    const out = file.rows.map((r) => clippingValuesSchema.parse(cellsToValues(m, r).values));
    expect(out[0]).toMatchObject({
      publishedOn: '2024-09-02',
      outlet: '서울신문',
      title: '구청 가을 축제 개막',
      summary: '축제 개막.\n구민 3만 명 참여, "성황"',
      tone: '긍정',
      tags: ['축제', '문화'],
      reporter: '홍길동',
    });
    expect(out[1]).toMatchObject({ publishedOn: '2024-09-03', title: '-속보- 도로 공사 지연', tone: '부정', tags: [], summary: '' });
    // The two-line summary is one Excel row, so the next record is row 3.
    expect(file.rowNumbers).toEqual([2, 3]);
  });
});

describe('export then import', () => {
  const records: ClippingValues[] = [
    {
      publishedOn: '2024-09-02', outlet: '서울신문', mediaType: '일간지', title: '=HYPERLINK("http://evil","클릭")',
      reporter: '홍길동', page: '12', url: 'https://news.example/1', department: '홍보과', tone: '긍정',
      summary: '첫 줄\n둘째 줄, "인용"', tags: ['축제', '문화'], releaseId: '',
    },
    {
      publishedOn: '2024-12-31', outlet: '한겨레', mediaType: '', title: '-속보- 구청 축제', reporter: '', page: '',
      url: '', department: '', tone: '중립', summary: '', tags: [], releaseId: '',
    },
  ];

  for (const format of ['csv', 'xlsx'] as const) {
    it(`gives back the same records through ${format}`, async () => {
      const headers = exportHeaders(clippingsSpec);
      const rows = records.map((r) => valuesToCells(clippingsSpec, r));
      const file = await writeTableFile(format, clippingsSpec.label, headers, rows, exportKinds(clippingsSpec));
      const read = await readTableFile(`언론보도.${file.extension}`, file.data);
      const m = mapHeaders(clippingsSpec, read.headers);
      expect(m.columns).toHaveLength(headers.length);
      const back = read.rows.map((r) => {
        const { values, errors } = cellsToValues(m, r);
        expect(errors).toEqual([]);
        return clippingValuesSchema.parse(values);
      });
      expect(back).toEqual(records);
    });
  }

  it('writes booleans as 예/아니오 and refs through the caller', () => {
    expect(valuesToCells(releasesSpec, { distributedOn: '2024-09-02', title: '가', department: '', contact: '', hasPhoto: true })).toEqual([
      '2024-09-02', '가', '', '', '예',
    ]);
    const cells = valuesToCells(clippingsSpec, { ...records[0], releaseId: 'r1' }, { refText: (_f, id) => (id === 'r1' ? '가을 축제 보도자료' : '') });
    expect(cells.at(-1)).toBe('가을 축제 보도자료');
  });
});
