/**
 * 논조 as a coloured chip. A plain DOM cell renderer (not React): it is cheap enough to create
 * for every visible row while scrolling through 100,000 clippings.
 */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';

const TONE_CLASS: Record<string, string> = { 긍정: 'tone-pos', 중립: 'tone-neu', 부정: 'tone-neg' };

export class ToneChip implements ICellRendererComp {
  private gui: HTMLSpanElement = document.createElement('span');
  init(p: ICellRendererParams): void {
    this.set(p.value);
  }
  getGui(): HTMLElement {
    return this.gui;
  }
  refresh(p: ICellRendererParams): boolean {
    this.set(p.value);
    return true;
  }
  private set(value: unknown): void {
    const tone = typeof value === 'string' ? value : '';
    this.gui.className = `tone-chip ${TONE_CLASS[tone] ?? ''}`;
    this.gui.textContent = tone;
  }
}
