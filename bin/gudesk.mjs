#!/usr/bin/env node
// GuDesk CLI launcher. Runs the TypeScript sources directly (Node ≥ 22.18 strips types), so the
// CLI always runs the same core as the app. `npx gudesk` uses the Node 24 pinned in devDependencies.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`GuDesk에는 Node 22.18 이상이 필요합니다 (지금 ${process.version}). 프로젝트 폴더에서 'npx gudesk …'로 실행하세요.`);
  process.exit(2);
}
const { main } = await import('../core/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
