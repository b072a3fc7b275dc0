/**
 * A project's blocks as the manager writes them: plain lines that begin with the outline's own
 * symbols, the way they are typed in 한/글 —
 *
 *   □ 주요 추진실적
 *   ○ 보도자료 작성 및 배포: {보도자료 배포 건수}건
 *   - 중앙방송·케이블 31건, 지역방송 65건
 *   · 세부 내용
 *   ※ 2019. 5. 31. 기준
 *   ① 번호 붙은 항목
 *   (단위 : 천원)
 *   | 예산액 | 집행액 | 집행률 |
 *   | 1,132,475 | 585,523 | 51.7 |
 *   {{표: 보도실적 매체구분별}}
 *
 * Text, not a structure, because a project's text is a long-text field: two PCs editing different
 * lines merge line by line, and a text pasted from a .hwp keeps its shape. A line without a symbol
 * continues the item above it (a line wrapped by the source). `{…}` is a live figure and `{{표: …}}`
 * a live table, both filled from the statistics registry when the report is generated, never typed.
 */
import { OUTLINE_MARKERS, type OutlineLevel, type ReportBlock, type TableCell } from './report-document.ts';

/** A live figure or table the text asks for, before the statistics fill it in. */
export interface FigureRef {
  /** What was written between the braces, trimmed ('보도자료 배포 건수', '표: 보도실적 매체구분별'). */
  name: string;
  table: boolean;
}

export type OutlineItem =
  | { kind: 'outline'; level: OutlineLevel; text: string; marker?: string }
  | { kind: 'note'; level: OutlineLevel | 0; text: string }
  | { kind: 'table'; unit?: string; rows: string[][] }
  | { kind: 'figureTable'; ref: FigureRef; unit?: string };

const LEVEL_OF: Readonly<Record<string, OutlineLevel>> = { '□': 1, '■': 1, '○': 2, ㅇ: 2, '◦': 2, '●': 2, '-': 3, '–': 3, '·': 4, ㆍ: 4, '•': 4 };
const CIRCLED = /^[\u2460-\u2473]/; // ① … ⑳
const UNIT_LINE = /^\(\s*단위\s*[:：][^)]*\)$/;
const TABLE_FIGURE = /^\{\{\s*(.+?)\s*\}\}$/;

/** The line's outline symbol: □ ○ · ※ may touch the text ('□사업개요'); - and ㅇ need a space ('-5%' is a figure). */
function marker(line: string): { symbol: string; rest: string } | undefined {
  const m = line.match(/^([□■○◦●·ㆍ•※\u2460-\u2473])\s*(.+)$/u) ?? line.match(/^([-–ㅇ])\s+(.+)$/u);
  return m ? { symbol: m[1]!, rest: m[2]!.trim() } : undefined;
}

function tableRow(line: string): string[] | undefined {
  if (!line.startsWith('|')) return undefined;
  const cells = line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
  // A markdown separator row (|---|:--:|) carries no cells.
  return cells.every((c) => /^:?-{2,}:?$/.test(c)) ? [] : cells;
}

/** The text's items, in order; figures stay as written ('{…}') until the statistics fill them. */
export function parseOutline(text: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  let unit: string | undefined;
  let lastLevel: OutlineLevel = 1;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (UNIT_LINE.test(line)) {
      unit = line;
      continue;
    }
    const figureTable = line.match(TABLE_FIGURE);
    if (figureTable) {
      items.push({ kind: 'figureTable', ref: { name: figureTable[1]!.replace(/^표\s*[:：]\s*/, ''), table: true }, ...(unit ? { unit } : {}) });
      unit = undefined;
      continue;
    }
    const row = tableRow(line);
    if (row) {
      const last = items.at(-1);
      if (last?.kind === 'table' && !unit) {
        if (row.length > 0) last.rows.push(row);
      } else {
        items.push({ kind: 'table', ...(unit ? { unit } : {}), rows: row.length > 0 ? [row] : [] });
        unit = undefined;
      }
      continue;
    }
    if (unit) {
      // A unit line not followed by a table is just text.
      items.push({ kind: 'outline', level: lastLevel, text: unit });
      unit = undefined;
    }
    const m = marker(line);
    if (m && m.symbol === '※') {
      items.push({ kind: 'note', level: lastLevel, text: m.rest });
    } else if (m && CIRCLED.test(m.symbol)) {
      // ① items hang one level under the last symbol item (□ → ① at ○'s place).
      const level = Math.min(4, lastLevel + 1) as OutlineLevel;
      items.push({ kind: 'outline', level, text: m.rest, marker: m.symbol });
    } else if (m) {
      lastLevel = LEVEL_OF[m.symbol]!;
      items.push({ kind: 'outline', level: lastLevel, text: m.rest });
    } else {
      const last = items.at(-1);
      if (last && (last.kind === 'outline' || last.kind === 'note')) last.text = `${last.text} ${line}`;
      else items.push({ kind: 'outline', level: lastLevel === 1 ? 2 : lastLevel, text: line });
    }
  }
  if (unit) items.push({ kind: 'outline', level: lastLevel, text: unit });
  return items;
}

/** Every `{…}` figure in a line of text (not the `{{표: …}}` tables). */
export function figureRefs(text: string): FigureRef[] {
  return [...text.matchAll(/(?<!\{)\{([^{}]+)\}(?!\})/g)].map((m) => ({ name: m[1]!.trim(), table: false }));
}

/** Replaces each `{…}` figure with what `value` gives for it. */
export function fillFigures(text: string, value: (ref: FigureRef) => string): string {
  return text.replace(/(?<!\{)\{([^{}]+)\}(?!\})/g, (_m, name: string) => value({ name: name.trim(), table: false }));
}

/** A plain table's rows as report cells: the first row is the header; figures right-aligned. */
export function tableBlock(rows: readonly string[][], unit?: string): Extract<ReportBlock, { kind: 'table' }> {
  const [head = [], ...body] = rows;
  const cell = (text: string): TableCell => ({ text, align: /^[△\-]?[\d,.]+%?$|^-$/.test(text) ? 'right' : 'left' });
  return { kind: 'table', ...(unit ? { unit } : {}), header: [head.map((text) => ({ text }))], body: body.map((r) => r.map(cell)) };
}

/** Writes items back as text (an edit round-trips: parse → edit → write → parse gives the same items). */
export function writeOutline(items: readonly OutlineItem[]): string {
  const lines: string[] = [];
  for (const item of items) {
    if (item.kind === 'outline') lines.push(`${item.marker ?? OUTLINE_MARKERS[item.level]} ${item.text}`);
    else if (item.kind === 'note') lines.push(`※ ${item.text}`);
    else if (item.kind === 'table') {
      if (item.unit) lines.push(item.unit);
      for (const r of item.rows) lines.push(`| ${r.join(' | ')} |`);
    } else {
      if (item.unit) lines.push(item.unit);
      lines.push(`{{표: ${item.ref.name}}}`);
    }
  }
  return lines.join('\n');
}
