/**
 * The outline editor's keys, as text operations: Tab moves the lines the cursor or selection
 * touches one level down (□ → ○ → - → ·), Shift+Tab one level up; a line without a symbol gets ○
 * on Tab. Enter continues the list with the same symbol ('○ ' on the new line), as 한/글's
 * 개요 does. Pure, so the renderer's textarea and the tests share it.
 */
export interface TextEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

const ORDER = ['□', '○', '-', '·'] as const;
const SYMBOL = /^(\s*)([□○\-·※]|[\u2460-\u2473])(\s+)/u;

function lineBounds(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', Math.max(end - (end > start && text[end - 1] === '\n' ? 1 : 0), start));
  return [from, nl === -1 ? text.length : nl];
}

function shiftLine(line: string, dir: 1 | -1): string {
  const m = line.match(SYMBOL);
  if (!m) return dir === 1 && line.trim() !== '' ? `○ ${line.trimStart()}` : line;
  const symbol = m[2]!;
  const at = ORDER.indexOf(symbol as (typeof ORDER)[number]);
  // ※ notes and ① items keep their symbol: they belong to the level above them.
  if (at === -1) return line;
  const next = ORDER[Math.min(ORDER.length - 1, Math.max(0, at + dir))]!;
  return `${next} ${line.slice(m[0].length)}`;
}

/** Tab (dir 1) or Shift+Tab (dir −1) over the lines the selection touches. */
export function shiftLevel(edit: TextEdit, dir: 1 | -1): TextEdit {
  const [from, to] = lineBounds(edit.text, edit.selectionStart, edit.selectionEnd);
  const before = edit.text.slice(from, to);
  const after = before.split('\n').map((l) => shiftLine(l, dir)).join('\n');
  const text = edit.text.slice(0, from) + after + edit.text.slice(to);
  const delta = after.length - before.length;
  // A caret (no selection) stays where it was in its line's text; a selection covers the shifted lines.
  if (edit.selectionStart === edit.selectionEnd) {
    const firstDelta = after.split('\n')[0]!.length - before.split('\n')[0]!.length;
    const caret = Math.max(from, edit.selectionStart + firstDelta);
    return { text, selectionStart: caret, selectionEnd: caret };
  }
  return { text, selectionStart: from, selectionEnd: to + delta };
}

/** Enter at the caret: the new line starts with the current line's symbol (an empty item ends the list). */
export function continueList(edit: TextEdit): TextEdit | undefined {
  if (edit.selectionStart !== edit.selectionEnd) return undefined;
  const at = edit.selectionStart;
  const from = edit.text.lastIndexOf('\n', at - 1) + 1;
  const line = edit.text.slice(from, at);
  const m = line.match(SYMBOL);
  if (!m || m[2] === '※') return undefined;
  if (line.slice(m[0].length).trim() === '') {
    // Enter on an empty item removes its symbol, as word processors end a list.
    const text = edit.text.slice(0, from) + edit.text.slice(at);
    return { text, selectionStart: from, selectionEnd: from };
  }
  const symbol = /[\u2460-\u2472]/u.test(m[2]!) ? String.fromCodePoint(m[2]!.codePointAt(0)! + 1) : m[2]!;
  const insert = `\n${m[1]}${symbol} `;
  const text = edit.text.slice(0, at) + insert + edit.text.slice(at);
  return { text, selectionStart: at + insert.length, selectionEnd: at + insert.length };
}
