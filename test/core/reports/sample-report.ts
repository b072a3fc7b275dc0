/** A report model like seed 001 (2019 주요업무 보고), for the writers' tests. */
import type { ReportBlock, ReportDocument } from '../../../shared/reports/report-document.ts';

export function sampleReport(projects = 3): ReportDocument {
  const projectBlocks: ReportBlock[] = [];
  const names = ['홍보기능 강화를 통한 구 이미지 제고', '다양한 매체를 활용한 뉴미디어 구정홍보', '스마트 정보화교육 운영', '정보통신장비 구매 설치', '백업시스템 고도화'];
  for (let i = 0; i < projects; i++) {
    const name = names[i % names.length]! + (i >= names.length ? ` ${i + 1}` : '');
    projectBlocks.push(
      { kind: 'heading', level: 3, text: `${String.fromCodePoint(0x2460 + (i % 20))} ${name}`, anchor: `project-${i}`, pageBreakBefore: true },
      { kind: 'paragraph', framed: true, text: '우리구 주요 역점사업과 구정 현안에 대한 다양하고 체계적인 홍보를 통해 구민 알권리를 충족시키고, 대외적인 구 이미지를 제고하고자 함' },
      { kind: 'outline', level: 1, text: '사업개요' },
      { kind: 'outline', level: 3, text: '신문, 방송 등 언론 매체를 통한 구정 홍보' },
      { kind: 'outline', level: 3, text: '소식지(행복소식, 꿈나무, 마루) 발행 및 홍보전광판 운영' },
      { kind: 'outline', level: 1, text: '주요 추진실적' },
      { kind: 'outline', level: 2, text: '보도자료 작성 및 배포: 195건' },
      { kind: 'outline', level: 2, text: '언론보도 실적: 3,014건' },
      { kind: 'outline', level: 3, text: '중앙방송·케이블 31건, 지역방송 65건, 중앙일간지·통신사 309건, 광역(지역)신문·인터넷 2,609건, 구정 소식을 알기 쉽고 친근하게 전달하는 다양한 콘텐츠' },
      { kind: 'outline', level: 4, text: '영등포 행복소식 : 500,000부(1월~5월)' },
      { kind: 'note', level: 2, text: '언론보도 실적은 2019. 1. 1. ~ 5. 31. 기준이며 인터넷 신문을 포함함' },
      { kind: 'outline', level: 1, text: '소요예산' },
      {
        kind: 'table',
        unit: '(단위 : 천원, %)',
        header: [[{ text: '예산액' }, { text: '집행액' }, { text: '집행률' }]],
        body: [[{ text: '1,132,475(구비)', align: 'right' }, { text: '585,523', align: 'right' }, { text: '51.7', align: 'right' }]],
      },
    );
  }
  return {
    title: '2019년 주요업무 보고',
    cover: { session: '제214회 구의회 제1차 정례회', period: '2019. 6. 12. ~ 6. 25.', title: '2019년 주요업무 보고', department: '홍보전산과' },
    front: [
      {
        kind: 'contents',
        title: '보고 순서',
        entries: [
          { label: 'I . 일반 현황', anchor: 'general' },
          { label: 'II . 주요업무 추진실적', anchor: 'projects' },
        ],
      },
    ],
    body: [
      { kind: 'heading', level: 1, text: 'I. 일반현황', anchor: 'general' },
      { kind: 'heading', level: 2, text: '1. 조직' },
      { kind: 'outline', level: 2, text: '홍보전산과 - (5)개팀' },
      { kind: 'heading', level: 2, text: '2. 예산현황' },
      {
        kind: 'table',
        unit: '(단위 : 천원, %)',
        widths: [4, 2, 2, 1],
        header: [[{ text: '단위사업명' }, { text: '예산액' }, { text: '집행액' }, { text: '집행률' }]],
        body: [
          [{ text: '계', align: 'center', bold: true }, { text: '5,471,664', align: 'right' }, { text: '3,309,383', align: 'right' }, { text: '60.5', align: 'right' }],
          [{ text: '신속하고 안정적인 행정서비스 지원을 위한 정보통신망 운영' }, { text: '1,927,370', align: 'right' }, { text: '1,019,297', align: 'right' }, { text: '52.9', align: 'right' }],
          [{ text: '기본경비' }, { text: '164,978', align: 'right' }, { text: '△78,846', align: 'right' }, { text: '47.8', align: 'right' }],
        ],
      },
      { kind: 'heading', level: 1, text: 'II. 주요업무 추진실적', anchor: 'projects', pageBreakBefore: true },
      {
        kind: 'contents',
        title: '',
        asTable: { header: ['연번', '사 업 명', '쪽'], serials: projectBlocks.filter((b) => b.kind === 'heading').map((_b, i) => String.fromCodePoint(0x2460 + (i % 20))) },
        entries: projectBlocks.flatMap((b) => (b.kind === 'heading' && b.anchor ? [{ label: b.text.slice(2), anchor: b.anchor }] : [])),
      },
      ...projectBlocks,
    ],
  };
}
