/**
 * `npm run bench`: GuDesk's speed goals, each measured against a baseline in the same run.
 * `--rows N` changes the data size (default 100,000); `--only import|search|browser` runs one.
 */
import { parseArgs } from 'node:util';
import { importBench } from './import.bench.ts';
import { searchBench } from './search.bench.ts';
import { browserBench } from './browser.bench.ts';

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
