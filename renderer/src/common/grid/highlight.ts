/**
 * Marks the searched words in grid cells (which parts: highlightText.ts). A plain DOM renderer
 * (not React), cheap enough for every visible cell while scrolling 100,000 rows.
 */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { highlightParts } from './highlightText.ts';

export { queryTerms } from './highlightText.ts';

/** What the grid's `context` carries for this renderer: the current search terms. */
export interface HighlightContext {
  highlightTerms: readonly string[];
}

function fill(el: HTMLElement, text: string, terms: readonly string[]): void {
  el.textContent = '';
  for (const part of highlightParts(text, terms)) {
    if (!part.mark) {
      el.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.textContent = part.text;
    el.append(mark);
  }
}

export class HighlightCell implements ICellRendererComp {
  private gui: HTMLSpanElement = document.createElement('span');
  init(p: ICellRendererParams): void {
    this.set(p);
  }
  getGui(): HTMLElement {
    return this.gui;
  }
  refresh(p: ICellRendererParams): boolean {
    this.set(p);
    return true;
  }
  private set(p: ICellRendererParams): void {
    const text = p.valueFormatted ?? (p.value == null ? '' : String(p.value));
    const terms = (p.context as Partial<HighlightContext> | undefined)?.highlightTerms ?? [];
    if (terms.length === 0) this.gui.textContent = text;
    else fill(this.gui, text, terms);
  }
}
