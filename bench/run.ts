/**
 * `npm run bench`: GuDesk's speed goals, each measured against a baseline in the same run.
 * `--rows N` changes the data size (default 100,000); `--only import|search|browser|sync|lists|grid|stats|reports` runs one.
 */
import { parseArgs } from 'node:util';
import { importBench } from './import.bench.ts';
import { searchBench } from './search.bench.ts';
import { browserBench } from './browser.bench.ts';
import { syncBench } from './sync.bench.ts';
import { listsBench } from './lists.bench.ts';
import { gridBench } from './grid.bench.ts';
import { statsBench } from './stats.bench.ts';
import { reportsBench } from './reports.bench.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, only: { type: 'string' } } });
const rows = Number(values.rows);
const want = (name: string) => !values.only || values.only === name;
const f = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const verdict = (ok: boolean) => (ok ? '충족' : '미달');

if (want('import')) {
  const r = await importBench(rows);
  const ratio = r.gudeskMs / r.baselineMs;
  console.log(`\n[가져오기] 언론보도 ${rows.toLocaleString()}건 CSV (${(r.csvBytes / 1e6).toFixed(1)} MB)`);
  console.log(`  GuDesk clippings.importCommit: ${f(r.gudeskMs)}  (목표 ≤ 5000 ms: ${verdict(r.gudeskMs <= 5000)})`);
  console.log(`  기준: 같은 표+검색 색인에 bare prepared insert: ${f(r.baselineMs)}  → 비율 ${ratio.toFixed(2)}× (목표 ≤ 3×: ${verdict(ratio <= 3)})`);
  console.log(`  참고: 색인 없는 표에 bare insert: ${f(r.plainMs)}  → 비율 ${(r.gudeskMs / r.plainMs).toFixed(2)}×`);
}

if (want('search')) {
  const r = await searchBench(rows);
  console.log(`\n[검색] 언론보도 ${rows.toLocaleString()}건, 말뭉치에서 빈도 가중으로 뽑은 검색어 60개씩`);
  for (const [len, s] of Object.entries(r)) {
    console.log(
      `  ${len}: clippings.search(최신 100건) p95 ${f(s.limitedP95)} (목표 ≤ 30 ms: ${verdict(s.limitedP95 <= 30)}) · ` +
        `searchIds(모든 일치, 표 필터용) p50 ${f(s.p50)} p95 ${f(s.p95)} · 평균 일치 ${s.meanMatches.toLocaleString()}건 · 예: ${s.sample.join(', ')}`,
    );
  }
}

if (want('browser')) {
  const r = await browserBench(rows);
  const w = r.withRows;
  const b = r.baseline;
  console.log(`\n[브라우저 모드] 언론보도 ${rows.toLocaleString()}건 (기준: 빈 데이터 폴더, 같은 실행)`);
  console.log(`  서버 기동(주소 출력까지): ${f(w.listening)} (기준 ${f(b.listening)})`);
  console.log(`  첫 표 렌더링: ${f(w.firstRender)} (기준 ${f(b.firstRender)}, 비율 ${(w.firstRender / b.firstRender).toFixed(2)}×; 목표 ≤ 1000 ms: ${verdict(w.firstRender <= 1000)})`);
  console.log(`  시작→사용 가능(행 표시 + 검색 응답): ${f(w.interactive)} (기준 ${f(b.interactive)}, 비율 ${(w.interactive / b.interactive).toFixed(2)}×; 목표 ≤ 2000 ms: ${verdict(w.interactive <= 2000)})`);
}

if (want('sync')) {
  const r = await syncBench(rows);
  const p = r.pouch;
  const fi = r.first;
  const inc = r.incremental;
  const pcs = r.pcs;
  console.log(`\n[동기화] 언론보도 ${rows.toLocaleString()}건, 127.0.0.1의 GuDesk 서버(SQLite, 별도 프로세스) (기준: 같은 실행에서 PouchDB 복제)`);
  console.log(`  새 PC 첫 동기화(로그인 + sync.now): ${f(fi.ms)} (목표 ≤ 10000 ms: ${verdict(fi.ms <= 10000)}) · 로그인 ${f(fi.loginMs)} · 받은 기록 ${fi.pulled.toLocaleString()}건`);
  console.log(`  기준: PouchDB 첫 복제: ${f(p.firstSyncMs)}  → 비율 GuDesk/PouchDB ${(fi.ms / p.firstSyncMs).toFixed(2)}×`);
  console.log(
    `  메모리(첫 동기화): PC 프로세스 힙 ${fi.heapAfterMB.toFixed(0)} MB(시작 전 ${fi.heapBeforeMB.toFixed(0)} MB), RSS 최대 ${fi.peakRssMB.toFixed(0)} MB(+${fi.rssDeltaMB.toFixed(0)} MB), 서버 프로세스 최대 RSS ${fi.serverPeakRssMB.toFixed(0)} MB · ` +
      `PouchDB: 힙 ${p.memory.clientHeapMB.toFixed(0)} MB, 최대 RSS ${p.memory.peakRssMB.toFixed(0)} MB(클라이언트+서버 한 프로세스)`,
  );
  console.log(
    `  증분 동기화(다른 PC의 변경 ${100}건 받기): 중앙값 ${f(inc.ms)} (목표 ≤ 200 ms: ${verdict(inc.ms <= 200)}; ${inc.samples.map((s) => s.toFixed(0)).join('/')} ms) · ` +
      `기준 PouchDB ${p.incrementalMs === undefined ? '-' : f(p.incrementalMs)}` +
      (p.incrementalMs === undefined ? '' : ` → 비율 ${(inc.ms / p.incrementalMs).toFixed(2)}×`) +
      ` · 보내는 PC의 push 중앙값 ${f(inc.pushMs)}`,
  );
  console.log(
    `  PC ${pcs.count}대 동시 동기화(${pcs.rounds}회, 회마다 PC마다 수정 2건 + 추가 2건): 오류 ${pcs.errors}건 (목표 0: ${verdict(pcs.errors === 0)}) · ` +
      `회당 ${pcs.roundMs.map((s) => s.toFixed(0)).join('/')} ms · PC별 sync.now p50 ${f(pcs.syncP50)} p95 ${f(pcs.syncP95)}`,
  );
  console.log(
    `    ${pcs.count}대 동시 첫 동기화(기존 ${pcs.base.toLocaleString()}건): ${f(pcs.firstSyncMs)} · 동시 검증 동기화 ${f(pcs.verifyRoundMs)} · ` +
      `수렴: ${pcs.converged ? '예' : '아니오'} — ${pcs.convergence}` +
      (pcs.errorSamples.length > 0 ? ` · 오류 예: ${pcs.errorSamples.join(' | ')}` : ''),
  );
  const overhead = r.import.withSyncMs / r.import.plainMs;
  console.log(
    `  동기화 켠 PC의 가져오기(clippings.importCommit, 보낼 목록 기록 포함): ${f(r.import.withSyncMs)} (목표 ≤ 5000 ms: ${verdict(r.import.withSyncMs <= 5000)}) · ` +
      `로그인 안 한 PC ${f(r.import.plainMs)} → ${overhead.toFixed(2)}×`,
  );
  console.log(
    `  가져온 ${rows.toLocaleString()}건을 서버로 보내기(PC A의 sync.now, 서버가 모든 변경을 검사): ${f(r.seedPushMs)} ` +
      `(목표 ≤ 같은 기록의 첫 받기 ${f(fi.ms)}: ${verdict(r.seedPushMs <= fi.ms)}) → 비율 ${(r.seedPushMs / fi.ms).toFixed(2)}× · ` +
      `CPU 시간(PC+서버) 보내기 ${f(r.seedPushCpuMs)}, 첫 받기 ${f(fi.cpuMs)} → 비율 ${(r.seedPushCpuMs / fi.cpuMs).toFixed(2)}×`,
  );
  console.log(`  ${p.notes}`);
}

if (want('lists')) {
  const r = await listsBench(rows);
  console.log(`\n[목록] 언론보도 ${rows.toLocaleString()}건`);
  console.log(`  현재 목록 내보내기(ID ${rows.toLocaleString()}개 + 보이는 열, CSV): ${f(r.listMs)} · 기준: 전체 대장 내보내기 ${f(r.wholeMs)} → 비율 ${(r.listMs / r.wholeMs).toFixed(2)}× (목표 ≤ 1.5×: ${verdict(r.listMs <= r.wholeMs * 1.5)})`);
  console.log(`  인쇄 ${r.printRows.toLocaleString()}건(한 번에 인쇄할 수 있는 최대) PDF: ${f(r.printMs)} (목표 ≤ 10000 ms: ${verdict(r.printMs <= 10_000)})`);
  console.log(`  한눈에 보기 막대 누르기 → 목록과 차트 갱신: ${f(r.clickMs)} · 기준: 1,000건 ${f(r.baselineClickMs)} (목표 ≤ 1000 ms: ${verdict(r.clickMs <= 1000)})`);
}

if (want('grid')) {
  const r = await gridBench(rows);
  const ratio = r.largeFps / r.smallFps;
  console.log(`\n[표] 헤드리스 Chromium 1366×768, 표 본문을 프레임마다 200px씩 4초 동안 스크롤 (기준: 같은 표에 1,000건, 같은 실행)`);
  console.log(`  언론보도 ${rows.toLocaleString()}건: ${r.largeFps.toFixed(1)} fps · 1,000건: ${r.smallFps.toFixed(1)} fps → 비율 ${ratio.toFixed(2)}× (목표 ≥ 0.9×: ${verdict(ratio >= 0.9)})`);
  console.log(
    `  체크한 ${r.copyRows.toLocaleString()}행 Ctrl+C(클립보드에 넘길 글까지): ${f(r.copyMs)} · 같은 행 CSV 내보내기(clippings.export): ${f(r.exportMs)} → 비율 ${(r.copyMs / r.exportMs).toFixed(2)}× (목표 복사 ≤ 내보내기: ${verdict(r.copyMs <= r.exportMs)})`,
  );
}

if (want('stats')) {
  const r = await statsBench(rows);
  const ratio = r.byMediaMs / r.baselineMs;
  console.log(`\n[통계] 언론보도 ${r.clippings.toLocaleString()}건, 보도자료 ${r.releases.toLocaleString()}건 (예시 데이터), 중앙값`);
  console.log(`  stats.run clippings --by 매체구분: ${f(r.byMediaMs)} · 기준: 같은 파일에 bare SQL GROUP BY media_type ${f(r.baselineMs)} → 비율 ${ratio.toFixed(2)}× (목표 ≤ 2×: ${verdict(ratio <= 2)})`);
  console.log(`  참고: --by 월 ${f(r.byMonthMs)} · --by 민선기,매체구분 ${f(r.crossMs)} · coverage --by 민선기 ${f(r.coverageMs)} · 공유 함수를 기록 하나당 사실 하나로(창의 계산) ${f(r.pureMs)}`);
}

if (want('reports')) {
  const { small: s, large: l } = await reportsBench();
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString()} KB`;
  console.log(`\n[구의회 보고] report.council, 예시 데이터(언론보도 3,000건·정보화교육) + 예시와 같은 주요사업, 중앙값 3회`);
  for (const [label, r] of [['약 30쪽', s], ['약 120쪽', l]] as const) {
    console.log(`  ${label}: 주요사업 ${r.projects}건, PDF ${r.pages}쪽 — PDF ${f(r.pdfMs)} (${kb(r.pdfBytes)}) · DOCX ${f(r.docxMs)} (${kb(r.docxBytes)})`);
  }
  console.log(`  30쪽 목표 ≤ 2000 ms: PDF ${verdict(s.pdfMs <= 2000)} · DOCX ${verdict(s.docxMs <= 2000)}`);
  const pr = l.pdfMs / s.pdfMs;
  const dr = l.docxMs / s.docxMs;
  console.log(`  120쪽 / 30쪽 (목표 ≤ 4.5×): PDF ${pr.toFixed(2)}× ${verdict(pr <= 4.5)} · DOCX ${dr.toFixed(2)}× ${verdict(dr <= 4.5)}`);
}
