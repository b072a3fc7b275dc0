/**
 * Loading a register into the grid in two steps: the newest rows first (the grid shows them at
 * once), then the rest in one compact request. 100,000 rows as full JSON objects took seconds to
 * serialise and parse; `RowPage` sends value arrays with the column names once.
 */
import type { RowPage } from '../../../../shared/api/contract.ts';

/** Enough rows to fill any screen while the rest arrive. */
export const FIRST_PAGE = 300;
/**
 * The rest comes in chunks, so that a search or an edit sent meanwhile is answered between two
 * chunks instead of waiting behind one 100,000-row reply. Chunks start small (the clerk may act
 * at once) and double, so a large register still arrives in a dozen requests.
 */
export const FIRST_CHUNK = 5_000;
export const MAX_CHUNK = 40_000;

export function decodePage<R>(page: RowPage): R[] {
  const cols = page.columns;
  return page.rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < cols.length; i++) row[cols[i]!] = values[i];
    return row as R;
  });
}

export async function loadInPages<R extends { id: string }>(
  fetchPage: (cursor: number | null, limit: number) => Promise<RowPage>,
  onFirstPage?: (rows: R[], total: number) => void,
): Promise<R[]> {
  let page = await fetchPage(null, FIRST_PAGE);
  const rows = decodePage<R>(page);
  if (page.cursor === null) return rows;
  onFirstPage?.(rows.slice(), page.total); // a copy: the full list must be a new array for React
  let chunk = FIRST_CHUNK;
  while (page.cursor !== null) {
    page = await fetchPage(page.cursor, chunk);
    chunk = Math.min(chunk * 2, MAX_CHUNK);
    for (const r of decodePage<R>(page)) rows.push(r);
  }
  return rows;
}
