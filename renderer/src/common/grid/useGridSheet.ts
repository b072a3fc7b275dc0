/**
 * Spreadsheet habits on a community ag-grid: a rectangular cell range (Shift+click, Shift+arrow,
 * mouse drag; Esc clears it), Ctrl+C / Ctrl+V / Ctrl+D, and the right-click menu's state. ag-grid's
 * own range selection, clipboard and fill handle are Enterprise-only, so this is built on cell
 * focus, cell mouse events and a cell class rule. Saving goes through the register's
 * `updateMany`: one batch, undone as one action.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import type {
  CellClassParams,
  CellContextMenuEvent,
  CellFocusedEvent,
  Column,
  GridApi,
  IRowNode,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import type { RecordMeta } from '../../../../shared/domain/register.ts';
import type { ToastInput } from '../../app/toast.tsx';
import type { RegisterOps } from '../registerOps.ts';
import { cellCount, isSingleCell, moveEnd, rangeBox, type CellRange, type CellRef, type RangeBox } from './cellRange.ts';
import { blockText, dataColumns, headerOf, rowsText, shownText, writeClipboard } from './gridClipboard.ts';
import type { EditParsers } from './inlineEdit.ts';
import { planPaste, refusalLine, type PasteCell } from './pastePlan.ts';
import { ROW_NUMBER_COL_ID } from './rowNumberColumn.ts';
import { parseTsv } from './tsv.ts';
import type { Done } from './useUndoable.ts';

export interface SheetOptions<R extends RecordMeta> {
  api: GridApi<R> | null;
  ops: RegisterOps<R>;
  parsers?: EditParsers | undefined;
  toast: { show(t: ToastInput): void; error(e: unknown): void };
  /** Saved records: into the grid, the row caches and an open detail form. */
  onSaved(records: R[]): void;
  /** An undoable action done: its toast with 실행 취소, and a step of the session's Ctrl+Z. */
  done(d: Done): void;
}

export interface MenuState {
  x: number;
  y: number;
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
const num = (n: number) => n.toLocaleString('ko-KR');
/** Refusals listed one by one in the message; the rest are counted. */
const LISTED = 5;

function isEditable(col: Column, node: IRowNode): boolean {
  return col.getColId() !== ROW_NUMBER_COL_ID && col.isCellEditable(node);
}

export function useGridSheet<R extends RecordMeta>(o: SheetOptions<R>) {
  const { api } = o;
  const opts = useRef(o);
  opts.current = o;
  const range = useRef<CellRange | null>(null);
  const box = useRef<RangeBox | null>(null);
  const dragging = useRef(false);
  const [menu, setMenu] = useState<MenuState | null>(null);

  const columnOrder = useCallback((): string[] => (api ? dataColumns(api).map((c) => c.getColId()) : []), [api]);

  const setRange = useCallback(
    (next: CellRange | null) => {
      range.current = next;
      box.current = next && !isSingleCell(next) ? rangeBox(next, columnOrder()) : null;
      api?.refreshCells();
    },
    [api, columnOrder],
  );

  // Columns moved, hidden or shown: the block is recomputed over the new order.
  useEffect(() => {
    if (!api) return;
    const onCols = () => setRange(range.current);
    api.addEventListener('displayedColumnsChanged', onCols);
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up, true);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('displayedColumnsChanged', onCols);
      window.removeEventListener('mouseup', up, true);
    };
  }, [api, setRange]);

  const cellClassRules = useMemo(
    () => ({
      'cell-in-range': (p: CellClassParams) => {
        const b = box.current;
        return !!b && p.rowIndex >= b.top && p.rowIndex <= b.bottom && b.colIds.includes(p.column.getColId());
      },
    }),
    [],
  );

  /** The body cell under the mouse (not a header, not ag-grid's checkbox column). */
  const cellAt = (target: EventTarget | null): CellRef | null => {
    const cell = target instanceof Element ? target.closest('.ag-cell[col-id]') : null;
    const row = cell?.closest('.ag-row[row-index]');
    const colId = cell?.getAttribute('col-id');
    if (!row || !colId || colId.startsWith('ag-Grid-') || row.classList.contains('ag-row-pinned')) return null;
    const rowIndex = Number(row.getAttribute('row-index'));
    return Number.isInteger(rowIndex) ? { rowIndex, colId } : null;
  };
  const refOf = (rowIndex: number | null, col: Column): CellRef | null =>
    rowIndex === null || col.getColId().startsWith('ag-Grid-') ? null : { rowIndex, colId: col.getColId() };

  // Mouse down and over are read from the DOM, not from ag-grid's cellMouseDown/cellMouseOver:
  // those reach the app after a delay, so a key pressed right after a click met the old block.
  // The capture phase runs before ag-grid moves the focus.
  const onMouseDownCapture = (e: ReactMouseEvent) => {
    if (e.button !== 0) return;
    const at = cellAt(e.target);
    if (!at) return;
    if (e.shiftKey && range.current) {
      setRange({ anchor: range.current.anchor, end: at });
    } else {
      dragging.current = true;
      setRange({ anchor: at, end: at });
    }
  };
  const onMouseOver = (e: ReactMouseEvent) => {
    if (!dragging.current || !range.current || (e.buttons & 1) === 0) return;
    const at = cellAt(e.target);
    if (at && (at.rowIndex !== range.current.end.rowIndex || at.colId !== range.current.end.colId)) setRange({ anchor: range.current.anchor, end: at });
  };
  const onCellFocused = (e: CellFocusedEvent<R>) => {
    // ag-grid focuses the clicked cell before it reports the mouse down: a Shift+click or a drag
    // moves the focus but keeps the block (the mouse handlers extend it).
    if (dragging.current || ((e.sourceEvent as MouseEvent | undefined)?.shiftKey && range.current)) return;
    const col = e.column && typeof e.column === 'object' ? e.column : null;
    const at = col && e.rowIndex !== null && e.rowPinned == null ? refOf(e.rowIndex, col) : null;
    const r = range.current;
    // Focus arriving on the block's anchor (late, after a click, or back from the menu) keeps the block.
    if (at && r && r.anchor.rowIndex === at.rowIndex && r.anchor.colId === at.colId) return;
    setRange(at ? { anchor: at, end: at } : null);
  };
  const onCellContextMenu = (e: CellContextMenuEvent<R>) => {
    const ev = e.event as MouseEvent | undefined;
    const at = refOf(e.rowIndex, e.column);
    if (!ev || !at) return;
    ev.preventDefault();
    const b = box.current;
    const inside = b && at.rowIndex >= b.top && at.rowIndex <= b.bottom && b.colIds.includes(at.colId);
    if (!inside) {
      api?.setFocusedCell(at.rowIndex, at.colId);
      setRange({ anchor: at, end: at });
    }
    setMenu({ x: ev.clientX, y: ev.clientY });
  };

  // --- copy -----------------------------------------------------------------------------------
  const copyText = useCallback((): string | null => {
    if (!api) return null;
    const b = box.current;
    if (b) {
      const nodes: IRowNode[] = [];
      for (let i = b.top; i <= b.bottom; i++) {
        const n = api.getDisplayedRowAtIndex(i);
        if (n) nodes.push(n);
      }
      const cols = b.colIds.map((id) => api.getColumn(id)).filter((c): c is Column => !!c);
      return blockText(api, nodes, cols);
    }
    const selected = api.getSelectedNodes();
    if (selected.length > 0) return rowsText(api, selected, [ROW_NUMBER_COL_ID]);
    const f = api.getFocusedCell();
    const node = f ? api.getDisplayedRowAtIndex(f.rowIndex) : undefined;
    if (!f || !node || f.column.getColId().startsWith('ag-Grid-')) return null;
    return shownText(api, node, f.column);
  }, [api]);

  const copy = useCallback(async () => {
    performance.mark('gudesk-copy-start');
    const text = copyText();
    if (text === null) return opts.current.toast.show({ message: '복사할 칸을 먼저 고르세요.' });
    performance.measure('gudesk-copy', 'gudesk-copy-start');
    try {
      await writeClipboard(text);
      const b = box.current;
      const selected = api?.getSelectedNodes().length ?? 0;
      const what = b ? `${num(cellCount(b))}칸` : selected > 0 ? `${num(selected)}행` : '1칸';
      opts.current.toast.show({ message: `${what}을 복사했습니다. Excel이나 한/글 표에 붙여넣을 수 있습니다.` });
    } catch (e) {
      opts.current.toast.error(e);
    }
  }, [api, copyText]);

  // --- paste and fill down --------------------------------------------------------------------
  /** The cells a block of texts lands on, from the range's top-left (or the focused cell). */
  const targetsFor = useCallback(
    (block: string[][]): PasteCell<R>[] => {
      if (!api) return [];
      const order = dataColumns(api);
      const b = box.current;
      const f = api.getFocusedCell();
      const top = b ? b.top : (f?.rowIndex ?? -1);
      const leftId = b ? b.colIds[0] : f?.column.getColId();
      const left = order.findIndex((c) => c.getColId() === leftId);
      if (top < 0 || left < 0) return [];
      // One value over a selected block fills the block, as in Excel.
      const single = block.length === 1 && block[0]!.length === 1;
      const height = single && b ? b.bottom - b.top + 1 : block.length;
      const width = single && b ? b.colIds.length : Math.max(...block.map((r) => r.length));
      const cells: PasteCell<R>[] = [];
      for (let r = 0; r < height; r++) {
        const node = api.getDisplayedRowAtIndex(top + r);
        if (!node?.data) break;
        for (let c = 0; c < width; c++) {
          const col = order[left + c];
          if (!col) break;
          const text = single ? block[0]![0]! : (block[r]?.[c] ?? '');
          const editable = isEditable(col, node);
          cells.push({ rowIndex: top + r, row: node.data, column: { colId: col.getColId(), label: headerOf(col), editable, dataType: col.getColDef().cellDataType as string | undefined }, text });
        }
      }
      return cells;
    },
    [api],
  );

  const save = useCallback(
    async (cells: PasteCell<R>[], verb: string) => {
      const { ops, parsers, toast, onSaved, done } = opts.current;
      const plan = planPaste(cells, parsers ?? {}, ops.checkPatch);
      const refused = [...plan.refused];
      let saved = 0;
      let batchId: string | null = null;
      if (plan.changes.length > 0) {
        try {
          const res = await ops.updateMany(plan.changes);
          batchId = res.batchId;
          if (res.records.length > 0) onSaved(res.records);
          const rowOf = new Map(cells.map((c) => [c.row.id, c.rowIndex]));
          const refusedIds = new Set(res.refused.map((r) => r.id));
          saved = plan.changes.filter((c) => !refusedIds.has(c.id)).reduce((n, c) => n + Object.keys(c.patch).length, 0);
          for (const r of res.refused) {
            const label = Object.keys(r.details ?? {})[0] ?? '';
            refused.push(label ? refusalLine(rowOf.get(r.id) ?? 0, label, r.message) : `연번 ${(rowOf.get(r.id) ?? 0) + 1}: ${r.message}`);
          }
        } catch (e) {
          return toast.error(e);
        }
      }
      if (saved > 0 && batchId) done({ batchId, message: `${num(saved)}칸을 ${verb}.`, label: `${num(saved)}칸 ${verb === '아래로 채웠습니다' ? '아래로 채우기' : '붙여넣기'}` });
      const notes: string[] = [];
      if (refused.length > 0) {
        const more = refused.length > LISTED ? ` 외 ${num(refused.length - LISTED)}칸` : '';
        notes.push(`${num(refused.length)}칸은 바꾸지 않았습니다 (${refused.slice(0, LISTED).join(' / ')}${more}). 값을 고친 뒤 다시 하세요.`);
      }
      if (plan.readOnly.length > 0) notes.push(`${plan.readOnly.join(', ')} 칸은 표에서 고칠 수 없어 건너뛰었습니다.`);
      if (notes.length > 0) toast.show({ kind: refused.length > 0 ? 'error' : 'info', message: notes.join(' '), duration: refused.length > 0 ? 15_000 : 6_000 });
      else if (saved === 0) toast.show({ message: '바뀐 칸이 없습니다.' });
    },
    [],
  );

  const pasteText = useCallback(
    async (text: string) => {
      const block = parseTsv(text);
      if (block.length === 0) return opts.current.toast.show({ message: '붙여넣을 내용이 클립보드에 없습니다.' });
      const cells = targetsFor(block);
      if (cells.length === 0) return opts.current.toast.show({ message: '붙여넣을 칸을 먼저 고르세요.' });
      await save(cells, '붙여넣었습니다');
    },
    [targetsFor, save],
  );

  /** Ctrl+V: the browser's paste event carries the text without asking for clipboard access. */
  const onPaste = useCallback(
    (e: ClipboardEvent) => {
      if (!api || (e.target as HTMLElement).closest('input, textarea, [contenteditable]')) return;
      if (!api.getFocusedCell()) return;
      e.preventDefault();
      void pasteText(e.clipboardData.getData('text/plain'));
    },
    [api, pasteText],
  );
  /** From the menu there is no paste event: ask the clipboard (allowed on 127.0.0.1 and in Electron). */
  const pasteFromClipboard = useCallback(async () => {
    let text: string;
    try {
      text = await navigator.clipboard.readText();
    } catch {
      return opts.current.toast.show({ kind: 'error', message: '클립보드를 읽지 못했습니다. 칸을 고른 뒤 Ctrl+V로 붙여넣으세요.' });
    }
    await pasteText(text);
  }, [pasteText]);

  const canFillDown = useCallback((): boolean => {
    const b = box.current;
    if (b) return b.bottom > b.top;
    return (api?.getFocusedCell()?.rowIndex ?? 0) > 0;
  }, [api]);

  /** Ctrl+D: the top cell of each column of the block into the cells below (a lone cell takes the one above). */
  const fillDown = useCallback(async () => {
    if (!api) return;
    const f = api.getFocusedCell();
    const b = box.current ?? (f && f.rowIndex > 0 ? { top: f.rowIndex - 1, bottom: f.rowIndex, colIds: [f.column.getColId()] } : null);
    if (!b || b.bottom <= b.top) return opts.current.toast.show({ message: '채울 칸을 위아래로 두 칸 이상 고르세요.' });
    const source = api.getDisplayedRowAtIndex(b.top);
    const order = dataColumns(api);
    if (!source) return;
    const texts = b.colIds.map((id) => {
      const col = order.find((c) => c.getColId() === id);
      return col ? shownText(api, source, col) : '';
    });
    const savedBox = box.current;
    box.current = { top: b.top + 1, bottom: b.bottom, colIds: b.colIds };
    const cells = targetsFor(Array.from({ length: b.bottom - b.top }, () => texts));
    box.current = savedBox;
    await save(cells, '아래로 채웠습니다');
  }, [api, targetsFor, save]);

  const clear = useCallback(() => {
    const f = api?.getFocusedCell();
    const at = f && !f.column.getColId().startsWith('ag-Grid-') ? { rowIndex: f.rowIndex, colId: f.column.getColId() } : null;
    setRange(at ? { anchor: at, end: at } : null);
  }, [api, setRange]);

  /** Keys the sheet handles inside the grid; true when the grid must not handle it too. */
  const onKey = (p: SuppressKeyboardEventParams<R>): boolean => {
    const e = p.event;
    if (p.editing || e.type !== 'keydown' || e.isComposing || e.altKey) return false;
    const ctrl = e.ctrlKey || e.metaKey;
    const k = e.key.toLowerCase();
    if (ctrl && k === 'c') {
      e.preventDefault();
      void copy();
      return true;
    }
    if (ctrl && k === 'v') return true; // the paste event follows (onPaste)
    if (ctrl && k === 'd') {
      e.preventDefault();
      void fillDown();
      return true;
    }
    const arrow = ARROWS[e.key];
    if (e.shiftKey && !ctrl && arrow && api) {
      const f = api.getFocusedCell();
      const here = f ? refOf(f.rowIndex, f.column) : null;
      const start = range.current ?? (here ? { anchor: here, end: here } : null);
      if (!start) return false;
      e.preventDefault();
      const next = moveEnd(start, columnOrder(), api.getDisplayedRowCount(), arrow[0], arrow[1]);
      setRange(next);
      api.ensureIndexVisible(next.end.rowIndex);
      api.ensureColumnVisible(next.end.colId);
      return true;
    }
    if (e.key === 'Escape' && box.current) {
      clear();
      return true;
    }
    return false;
  };

  return {
    cellClassRules,
    onKey,
    onPaste,
    gridEvents: { onCellFocused, onCellContextMenu },
    /** For the element around the grid. */
    wrapperEvents: { onPaste, onMouseDownCapture, onMouseOver },
    menu,
    closeMenu: () => setMenu(null),
    copy,
    pasteFromClipboard,
    fillDown,
    canFillDown,
    /** After a sort or filter the display indexes mean other rows: the block is dropped. */
    resetRange: clear,
  };
}
