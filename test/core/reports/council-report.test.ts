/**
 * The council report from a department's data: every figure computed (과부족, 집행률, totals, live
 * statistics), the structure of the seeds, and bad input turned into a readable report plus a
 * message naming what to fix.
 */
import { describe, expect, it } from 'vitest';
import { writeReportPdf } from '../../../core/reports/report-pdf.ts';
import { buildCouncilReport } from '../../../shared/reports/council-report.ts';
import type { ReportBlock } from '../../../shared/reports/report-document.ts';
import { modelWords, pdfPages, wordsBrokenAtLineEnds } from './pdf-text.ts';
import { seedLikeFigures, seedLikeInput } from './seed-like-input.ts';

const texts = (blocks: readonly ReportBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'table' ? [...b.header, ...b.body].map((r) => r.map((c) => c.text).join(' | ')) : 'text' in b ? [b.text] : []));

describe('council report builder', () => {
  it('computes the tables and fills the live figures from the statistics', () => {
    const { document, problems } = buildCouncilReport(seedLikeInput(), seedLikeFigures);
    expect(problems).toEqual([]);
    const body = texts(document.body);
    expect(body).toContain('정 원 | 19 | 1 | 4 | 8 | 4 | 2');
    expect(body).toContain('과부족 | 3 | - | 2 | 4 | △2 | △1');
    expect(body).toContain('계 | 3,224,823 | 1,683,666 | 52.2');
    expect(body).toContain('보도자료 작성 및 배포: 195건');
    // 2018's 7 clippings fall outside the report's period (2019. 1. 1. ~ 기준일).
    expect(body).toContain('언론보도 실적: 3,014건');
    expect(body).toContain('계 | 3,014');
    expect(body).toContain('계 | 270,000 | 150,000 | 120,000');
    expect(body).toContain('III. 중점사업 추진실적');
    expect(document.front.some((b) => b.kind === 'note' && b.text.includes('통계 기준일 : 2019. 5. 31. · 마지막 동기화 : 2019. 6. 3. 18:12'))).toBe(true);
  });

  it('prints it: contents pages are the pages the chapters start on, words stay whole', async () => {
    const { document } = buildCouncilReport(seedLikeInput(), seedLikeFigures);
    const { pdf, pages } = await writeReportPdf(document);
    const text = pdfPages(pdf);
    expect(wordsBrokenAtLineEnds(text, modelWords(document))).toEqual([]);
    const contents = text[1]!;
    for (const [label, anchor] of [['일반현황', 'general'], ['주요업무 추진실적', 'chapter-projects'], ['중점사업 추진실적', 'chapter-priority']] as const) {
      const line = contents.split('\n').find((l) => l.includes(label));
      expect(line?.match(/(\d+)\s*$/)?.[1], label).toBe(String(pages.get(anchor)));
      const page = text.find((p) => p.match(/^\s*-\s?(\d+)\s?-\s*$/m)?.[1] === String(pages.get(anchor)));
      expect(page, label).toContain(label);
    }
  });

  it('turns bad input into a readable report and says what to fix', async () => {
    const input = seedLikeInput();
    input.profile!.staffing = [];
    input.projects[0]!.name = '구'.repeat(40) + ' ' + '홍보기능 강화를 통한 구 이미지 제고 '.repeat(8);
    input.projects[0]!.budget = undefined;
    input.projects[0]!.blocks.push({ title: '추진실적', text: '- 홍보 {없는 통계}건' });
    input.projects.push({ name: '빈 사업', team: '', kind: '신규', priority: false, blocks: [] });
    const { document, problems } = buildCouncilReport(input, seedLikeFigures);
    expect(problems).toEqual([
      '일반현황 · 인력: 2019. 5. 31. 부서 현황에 인력(직급별 정원·현원) 행이 없습니다.',
      expect.stringMatching(/^① .+ · 추진실적: 알 수 없는 통계입니다: '없는 통계'/),
      '② 빈 사업: 내용(사업개요, 추진실적 …)이 없습니다.',
    ]);
    expect(texts(document.body)).toContain('홍보 〔확인 필요: 없는 통계〕건');
    const { pdf } = await writeReportPdf(document);
    expect(pdfPages(pdf).join('\n')).toContain('인력 현황 자료가 없습니다.');
    const none = buildCouncilReport({ settings: seedLikeInput().settings, projects: [] }, seedLikeFigures);
    expect(none.problems).toEqual([
      '일반현황: 부서 현황(기준일별)을 입력하세요: 조직, 인력, 주요시설 및 장비, 예산현황이 여기에 들어갑니다.',
      '주요사업: 2019년 주요사업이 없습니다: 보고할 사업을 등록하세요.',
    ]);
    expect((await writeReportPdf(none.document)).pdf.length).toBeGreaterThan(1000);
  });
});
