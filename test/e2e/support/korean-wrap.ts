/**
 * Does any rendered line end inside a Korean word? Each text node on screen that wraps (one client
 * rect per line box) is read character by character: where the next character starts a new line
 * and both characters are Hangul syllables with no space between, the word was cut ('내보내기/를').
 * A token longer than its whole line (a path, an address) may break anywhere: that is
 * overflow-wrap at work, not a fault. On any new screen: `await expectKoreanWordsWhole(page, '휴지통')`.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface KoreanWordBreak {
  /** The whole text of the node, and the two syllables split across lines. */
  text: string;
  at: string;
  /** A CSS-ish path of the element holding the text, to find it. */
  where: string;
}

export async function koreanWordBreaks(page: Page, rootSelector = 'body'): Promise<KoreanWordBreak[]> {
  return page.evaluate((selector) => {
    const hangul = (c: string) => c >= '\uac00' && c <= '\ud7a3';
    const space = /\s/;
    const out: { text: string; at: string; where: string }[] = [];
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
        const id = e.getAttribute('data-testid');
        parts.unshift(id ? `${e.tagName.toLowerCase()}[data-testid=${id}]` : `${e.tagName.toLowerCase()}${e.classList.length ? '.' + [...e.classList].join('.') : ''}`);
        if (id) break;
      }
      return parts.join(' > ');
    };
    const blockOf = (el: Element): Element => {
      let e: Element = el;
      while (e.parentElement && getComputedStyle(e).display.startsWith('inline')) e = e.parentElement;
      return e;
    };
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement;
        if (!parent || !/[\uac00-\ud7a3]{2}/.test(text) || parent.closest('svg, script, style, textarea, [aria-hidden="true"]')) continue;
        const whole = document.createRange();
        whole.selectNodeContents(node);
        const lines = [...whole.getClientRects()].filter((r) => r.width > 0);
        if (lines.length < 2) continue; // on one line: nothing can be cut
        const range = document.createRange();
        const rectOf = (i: number): DOMRect | undefined => {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return [...range.getClientRects()].find((r) => r.width > 0);
        };
        const width = blockOf(parent).getBoundingClientRect().width;
        let prev = rectOf(0);
        for (let i = 1; i < text.length; i++) {
          const cur = rectOf(i);
          if (!cur) continue;
          const newLine = prev && cur.top >= prev.bottom - prev.height / 2;
          if (newLine && hangul(text[i - 1]!) && hangul(text[i]!)) {
            // The token (run without spaces) around the cut: forced breaks in an over-long token are allowed.
            let a = i - 1;
            let b = i;
            while (a > 0 && !space.test(text[a - 1]!)) a--;
            while (b < text.length - 1 && !space.test(text[b + 1]!)) b++;
            range.setStart(node, a);
            range.setEnd(node, b + 1);
            const tokenWidth = [...range.getClientRects()].reduce((sum, r) => sum + r.width, 0);
            if (tokenWidth <= width) out.push({ text: text.trim().slice(0, 200), at: `${text[i - 1]}/${text[i]}`, where: describe(parent) });
          }
          prev = cur;
        }
      }
    }
    return out;
  }, rootSelector);
}

/** Fails listing every cut word on screen now, each with the screen's name and where it sits. */
export async function expectKoreanWordsWhole(page: Page, screen: string, rootSelector = 'body'): Promise<void> {
  const breaks = await koreanWordBreaks(page, rootSelector);
  expect(breaks.map((b) => `${screen}: ${b.at} in '${b.text}' (${b.where})`), `${screen}: 줄 끝에서 한글 단어가 잘렸습니다`).toEqual([]);
}
