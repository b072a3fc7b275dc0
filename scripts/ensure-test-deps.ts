/**
 * The tests need Debian's Chromium, a Korean font (fonts-nanum), poppler-utils (printed PDFs
 * are read back with pdftotext) and LibreOffice Writer (DOCX reports are opened and printed to PDF). On a fresh machine
 * `npm test` installs them with apt when it runs as root; otherwise it says what to install.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function hasNanum(): boolean {
  try {
    return /nanum/i.test(execSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

export function ensureTestDeps(): boolean {
  const missing: string[] = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!hasNanum()) missing.push('fonts-nanum', 'fontconfig');
  // Printed PDFs are read back as text in the tests (pdftotext, pdftoppm).
  if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
  // Council reports' DOCX files are opened the way a clerk's office suite would, and read back as PDF.
  if (!existsSync('/usr/bin/soffice')) missing.push('libreoffice-writer-nogui');
  if (missing.length === 0) return true;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(`종단 간 테스트에 필요한 패키지가 없습니다: ${missing.join(', ')}\n설치: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    return false;
  }
  console.log(`apt로 설치합니다: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
  return update.status === 0 && install.status === 0;
}
