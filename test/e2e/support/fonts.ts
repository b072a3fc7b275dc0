/**
 * Which installed fonts Chromium really used to draw an element's text (DevTools protocol
 * CSS.getPlatformFontsForNode). Unlike document.fonts.check(), which answers true even for a font
 * that is not installed, this tells Hangul drawn with a Korean font apart from tofu boxes.
 */
import type { Page } from 'playwright-core';

export interface UsedFont {
  familyName: string;
  glyphCount: number;
}

/** Korean fonts a clerk's machine or CI may have (Nanum is what .ci/run installs). */
export const KOREAN_FONT = /nanum|나눔|malgun|맑은|noto sans (cjk|kr)|apple sd gothic|gulim|굴림|dotum|돋움/i;

export async function fontsUsedFor(page: Page, selector: string): Promise<{ text: string; fonts: UsedFont[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`화면에서 '${selector}'를 찾지 못했습니다.`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const text = await page.locator(selector).first().innerText();
    return { text, fonts: fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount })) };
  } finally {
    await cdp.detach();
  }
}

export const hangulCount = (text: string): number => (text.match(/[가-힣]/g) ?? []).length;

/** Glyphs drawn with a Korean font: at least every Hangul syllable of the text. */
export const koreanGlyphs = (fonts: readonly UsedFont[]): number =>
  fonts.filter((f) => KOREAN_FONT.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
