/** The name a pasted screenshot is attached under: '붙여넣은 이미지 2026-12-02 10-31.png'. */

const EXTENSIONS: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'image/webp': '.webp', 'image/bmp': '.bmp' };

/** `index` (0-based) of `count` images pasted at once: the second and later get ' (2)', ' (3)' …. */
export function pastedImageName(mimeType: string, now: Date, index = 0, count = 1): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}-${pad(now.getMinutes())}`;
  const number = count > 1 && index > 0 ? ` (${index + 1})` : '';
  return `붙여넣은 이미지 ${stamp}${number}${EXTENSIONS[mimeType] ?? '.png'}`;
}
