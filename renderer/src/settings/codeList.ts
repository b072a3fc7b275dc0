/** Checks of the 매체구분 code list before it is saved (pure; unit-tested). */

/** A Korean message for the first problem in the list, or '' when it can be saved. */
export function codeListProblem(rows: ReadonlyArray<{ code: string }>): string {
  if (rows.length === 0) return '코드가 하나 이상 있어야 합니다.';
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const c = r.code.trim();
    if (c === '') return `${i + 1}번째 코드를 입력하세요.`;
    if (c.length > 30) return `'${c}' 코드는 30자 이내로 입력하세요.`;
    if (seen.has(c)) return `'${c}' 코드가 두 번 있습니다.`;
    seen.add(c);
  }
  return '';
}
