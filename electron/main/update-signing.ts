/**
 * Whether this installed copy may install updates by itself: only where the downloaded installer's
 * signature is checked against the office's publisher before it runs. electron-updater does that
 * on Windows (NSIS) when app-update.yml names a publisherName, and silently skips the check when it
 * names none; it never checks an AppImage. So without both, GuDesk does not update itself.
 */
export type SigningPolicy = { ok: true; publishers: string[] } | { ok: false; reason: string };

/** publisherName from app-update.yml, as electron-builder writes it (`key: value` or a `- item` list). */
export function publisherNames(appUpdateYml: string): string[] {
  const lines = appUpdateYml.split(/\r?\n/);
  const at = lines.findIndex((l) => /^publisherName:/.test(l));
  if (at < 0) return [];
  const unquote = (v: string) => v.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
  const inline = unquote(lines[at]!.slice('publisherName:'.length));
  if (inline) return [inline];
  const names: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = /^\s+-\s+(.+)$/.exec(line);
    if (!m) break;
    const name = unquote(m[1]!);
    if (name) names.push(name);
  }
  return names;
}

export function updateSigningPolicy(platform: string, appUpdateYml: string | undefined): SigningPolicy {
  if (platform !== 'win32') return { ok: false, reason: '이 운영체제에서는 설치 파일의 서명을 확인할 수 없어 자동 업데이트를 하지 않습니다. 새 버전은 전산 담당자가 설치합니다.' };
  const publishers = appUpdateYml === undefined ? [] : publisherNames(appUpdateYml);
  if (publishers.length === 0) return { ok: false, reason: '이 설치본에는 서명 확인 정보(publisherName)가 없어 자동 업데이트를 하지 않습니다. 서명된 설치 파일로 다시 설치하세요.' };
  return { ok: true, publishers };
}
