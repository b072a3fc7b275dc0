/**
 * `npm test`: every check CI runs, in order — types per layer, layer lint, unit and core tests,
 * then the end-to-end suite in Chromium — ending with one 'N passed, N failed' line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTestDeps } from './ensure-test-deps.ts';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;

function step(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) console.error(`✗ ${name} 실패 (종료 코드 ${r.status ?? r.signal})`);
  return r.status === 0;
}

function vitest(name: string, config: string, report: string): void {
  const file = join(reports, report);
  const ok = step(name, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (!ok && json.numFailedTests === 0) failed++;
  } catch {
    failed++;
  }
}

const checks: Array<[string, string, string[]]> = [
  ['타입 검사: shared', 'npx', ['tsc', '-p', 'tsconfig.shared.json']],
  ['타입 검사: core · electron · server · tests', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['타입 검사: renderer', 'npx', ['tsc', '-p', 'tsconfig.renderer.json']],
  ['타입 검사: 종단 간 테스트', 'npx', ['tsc', '-p', 'tsconfig.e2e.json']],
  ['계층 규칙 (eslint)', 'npx', ['eslint', '.']],
  ['Electron main/preload 번들', 'node', ['scripts/build-electron.ts']],
  ['렌더러 빌드', 'npx', ['vite', 'build', '--logLevel', 'warn']],
];
for (const [name, cmd, args] of checks) {
  if (step(name, cmd, args)) passed++;
  else failed++;
}

// Before the unit tests: the print tests read PDFs back with poppler's pdftotext.
const depsReady = ensureTestDeps();
vitest('단위·코어 테스트', 'vitest.config.ts', 'unit.json');
if (depsReady) vitest('종단 간 테스트 (브라우저 모드, Chromium)', 'test/e2e/vitest.config.ts', 'e2e.json');
else failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
