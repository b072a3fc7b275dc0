/**
 * Opening a clipping's article in the system browser. window.open with noopener: browser mode
 * gets a new tab that cannot reach back into GuDesk; the desktop window refuses new windows
 * and hands http(s) ones to the system browser (electron/main/window.ts). Only what webUrl
 * accepts is opened.
 */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { webUrl } from './webUrl.ts';
import './grid/find.css';

export function openWebUrl(url: string): boolean {
  const href = webUrl(url);
  if (!href) return false;
  window.open(href, '_blank', 'noopener,noreferrer');
  return true;
}

/** Under the URL field of a form: a button that opens the address typed there. */
export function OpenUrlLine({ url }: { url: string }) {
  const href = webUrl(url);
  if (!href) return null;
  return (
    <div className="form-row">
      <span className="form-label" />
      <div className="form-control">
        <button type="button" className="link-button" data-testid="open-url" title={href} onClick={() => openWebUrl(href)}>
          ↗ 기사 원문 열기 (브라우저)
        </button>
      </div>
    </div>
  );
}

/** The URL grid cell: the address, and a link icon that opens it (a plain DOM renderer). */
export class UrlCell implements ICellRendererComp {
  private gui = document.createElement('span');
  private button = document.createElement('button');
  private text = document.createElement('span');
  private href: string | null = null;
  constructor() {
    this.button.type = 'button';
    this.button.className = 'link-icon';
    this.button.textContent = '↗';
    this.button.title = '기사 원문을 브라우저에서 엽니다';
    this.button.setAttribute('aria-label', '기사 원문 열기');
    this.button.dataset.testid = 'url-open';
    this.button.addEventListener('click', (e) => {
      e.stopPropagation();
      if (this.href) openWebUrl(this.href);
    });
    // A double click on the icon must not also open the detail form.
    this.button.addEventListener('dblclick', (e) => e.stopPropagation());
    this.gui.append(this.text, this.button);
  }
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
    const url = typeof value === 'string' ? value : '';
    this.href = webUrl(url);
    this.text.textContent = url;
    this.button.hidden = this.href === null;
  }
}
