/**
 * The detail panel's width, dragged by its left edge (or moved with ←/→ on it) and remembered on
 * this PC: some clerks want the form wide, others the grid. The width lives in a CSS variable, so
 * a narrow window's overlay layout (register.css) is not overridden by it.
 */
import { useCallback, useEffect, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';

const KEY = 'gudesk.detailWidth';
const MIN = 340;
/** The grid keeps at least this share of the register's width. */
const MAX_SHARE = 0.7;

function panelOf(ref: RefObject<HTMLElement | null>): HTMLElement | null {
  return ref.current?.closest<HTMLElement>('.detail-panel') ?? null;
}

function clampWidth(panel: HTMLElement, width: number): number {
  const room = panel.parentElement?.getBoundingClientRect().width ?? window.innerWidth;
  return Math.round(Math.max(MIN, Math.min(width, room * MAX_SHARE)));
}

function apply(panel: HTMLElement, width: number): void {
  panel.style.setProperty('--detail-width', `${clampWidth(panel, width)}px`);
}

export function usePanelResize(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const panel = panelOf(ref);
    const saved = Number(localStorage.getItem(KEY));
    if (panel && saved > 0) apply(panel, saved);
  }, [ref]);

  const save = (panel: HTMLElement) => localStorage.setItem(KEY, String(Math.round(panel.getBoundingClientRect().width)));

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      const panel = panelOf(ref);
      if (!panel || e.button !== 0) return;
      e.preventDefault();
      const handle = e.currentTarget;
      handle.setPointerCapture(e.pointerId);
      const right = panel.getBoundingClientRect().right;
      const move = (ev: globalThis.PointerEvent) => apply(panel, right - ev.clientX);
      const up = () => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        save(panel);
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    },
    [ref],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const panel = panelOf(ref);
      if (!panel || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
      e.preventDefault();
      const width = panel.getBoundingClientRect().width + (e.key === 'ArrowLeft' ? 40 : -40);
      apply(panel, width);
      save(panel);
    },
    [ref],
  );

  return { onPointerDown, onKeyDown };
}
