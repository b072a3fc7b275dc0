/**
 * A newcomer's first start: demo data offered and loaded, Korean text rendered with a real Korean
 * font (screenshot kept in test-results/screenshots/ for a person to look at); 보도자료 and the
 * clippings they produced; the browser-mode API refusing calls without the launch token.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, useApp } from './support/app.ts';
import { fontsUsedFor, hangulCount, koreanGlyphs } from './support/fonts.ts';
import { cellOf, closeToasts, pageOf, rowWith, toastWith, waitForGrid } from './support/grid.ts';

beforeAll(() => {
  let fonts = '';
  try {
    fonts = execSync('fc-list :lang=ko family', { encoding: 'utf8' });
  } catch {
    throw new Error('fc-list가 없습니다: apt-get install -y fontconfig fonts-nanum');
  }
  if (!/nanum/i.test(fonts)) throw new Error('한글 글꼴(나눔)이 없습니다: apt-get install -y fonts-nanum');
});

const app = useApp({ firstRun: 'show' });

describe('처음 시작', () => {
  it('빈 데이터에서 예시 데이터를 넣으면 수천 건의 언론보도가 한글로 제대로 보인다', async () => {
    const { page, core } = app();
    await page.getByTestId('first-run-dialog').getByTestId('first-run-name').fill('홍길동');
    await page.getByTestId('first-run-dialog').getByTestId('seed-demo').click();
    await expect.poll(() => page.getByTestId('first-run-dialog').count(), { timeout: 30_000 }).toBe(0);
    await waitForGrid(page);
    const total = (await core.call('app.info', {})).counts.clippings;
    expect(total).toBeGreaterThanOrEqual(3000);
    await expect.poll(() => pageOf(page).getByTestId('row-count').textContent()).toContain(`전체 ${total.toLocaleString('ko-KR')}건`);
    // The newest rows show first; the rest arrive in the background, then every row is in the grid.
    await expect.poll(() => pageOf(page).getByTestId('row-count').textContent(), { timeout: 20_000 }).not.toMatch(/필터|불러오는/);
    await expect.poll(() => pageOf(page).getByTestId('stats-chart').textContent()).toContain(total.toLocaleString('ko-KR'));

    // Hangul drawn in the page's own font must differ from a code point no font has (tofu).
    const rendered = await page.evaluate(() => {
      const font = getComputedStyle(document.body).fontFamily;
      const draw = (text: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 80;
        canvas.height = 40;
        const ctx = canvas.getContext('2d')!;
        ctx.font = `28px ${font}`;
        ctx.fillText(text, 4, 30);
        return Array.from(ctx.getImageData(0, 0, 80, 40).data).join(',');
      };
      return { font, hangulDiffersFromTofu: draw('한글') !== draw('\u0378\u0378'), hangulInked: /[1-9]/.test(draw('한글')) };
    });
    expect(rendered.hangulInked).toBe(true);
    expect(rendered.hangulDiffersFromTofu).toBe(true);
    // And Chromium itself reports that a Korean font drew every Hangul syllable on screen.
    for (const selector of ['[data-testid="page-clippings"] h1', '[data-testid="grid-clippings"] .ag-row[row-index="0"] .ag-cell[col-id="title"]', '[data-testid="nav-releases"]']) {
      const { text, fonts } = await fontsUsedFor(page, selector);
      expect(hangulCount(text), `${selector}: ${text}`).toBeGreaterThan(0);
      expect(koreanGlyphs(fonts), `${selector} '${text}' 글꼴: ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(hangulCount(text));
    }

    await closeToasts(page); // the demo-data toast would cover the grid's corner
    const dir = path.join(RESULTS_DIR, 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'clippings.png') });
  });
});

describe('보도자료', () => {
  it('새 보도자료를 등록하고 언론보도 상세에서 연결하면 기사화 건수가 1이 된다', async () => {
    const { page, core } = app();
    const releaseTitle = '금천구, 겨울철 한파 쉼터 120곳 운영';
    const clippingTitle = '금천구 한파 쉼터 120곳 문 열어';
    await page.getByTestId('nav-releases').click();
    const releases = pageOf(page, 'releases');
    await waitForGrid(page, 'releases');
    await releases.getByTestId('add-button').click();
    const form = releases.getByTestId('detail-panel');
    await form.getByTestId('field-distributedOn').fill('2026. 11. 20.');
    await form.getByTestId('field-title').fill(releaseTitle);
    await form.getByTestId('field-department').fill('안전총괄과');
    await form.getByTestId('save-button').click();
    await toastWith(page, '등록했습니다.').waitFor();
    const releaseRow = rowWith(page, releaseTitle, 'title', 'releases');
    await expect.poll(() => cellOf(releaseRow, 'clippingCount').textContent()).toBe('0');
    await form.getByTestId('detail-close').click();

    // A clipping that came in without its 보도자료; the clerk finds it and links it in its detail form.
    const clipping = (await core.call('clippings.create', { values: { publishedOn: '2026-11-21', outlet: '연합뉴스', title: clippingTitle } })).record;
    await page.getByTestId('nav-clippings').click();
    const clippings = pageOf(page);
    await clippings.getByTestId('search-input').fill('한파 쉼터 120곳');
    await clippings.getByTestId('search-input').press('Enter');
    await expect.poll(() => clippings.getByTestId('search-count').textContent()).toContain('1건');
    await cellOf(rowWith(page, clippingTitle), 'outlet').click();
    await clippings.getByTestId('open-detail').click();
    const detail = clippings.getByTestId('detail-panel');
    await detail.getByTestId('release-choose').click();
    await detail.getByTestId('release-search').fill('한파 쉼터');
    await detail.getByTestId('release-option').filter({ hasText: releaseTitle }).click();
    await expect.poll(() => detail.getByTestId('release-current').textContent()).toBe(releaseTitle);
    await closeToasts(page); // the '등록했습니다' toast still covers 저장 (see closeToasts)
    await detail.getByTestId('save-button').click();
    await toastWith(page, '저장했습니다.').waitFor();
    await expect.poll(() => cellOf(rowWith(page, clippingTitle), 'releaseTitle').textContent()).toBe(releaseTitle);
    await detail.getByTestId('detail-close').click();
    await clippings.getByTestId('search-clear').click();

    const release = (await core.call('releases.search', { query: '한파 쉼터 120곳', limit: 5 })).rows[0]!;
    expect((await core.call('clippings.get', { id: clipping.id })).releaseId).toBe(release.id);
    await page.getByTestId('nav-releases').click();
    await waitForGrid(page, 'releases');
    await expect.poll(() => cellOf(releaseRow, 'clippingCount').textContent()).toBe('1');
    await cellOf(releaseRow, 'department').click();
    await releases.getByTestId('open-detail').click();
    await releases.getByTestId('tab-clippings').click();
    expect(await releases.getByTestId('tab-clippings').textContent()).toBe('기사화 (1)');
    await expect.poll(() => releases.getByTestId('release-clippings').textContent()).toContain(clippingTitle);
    await releases.getByTestId('detail-close').click();
  });
});

describe('브라우저 모드 보안', () => {
  it('토큰 없이 보낸 요청은 401과 한국어 메시지로 거절되고 아무것도 바뀌지 않는다', async () => {
    const { page, core } = app();
    const before = (await core.call('app.info', {})).counts.releases;
    const reply = await page.evaluate(async () => {
      const res = await fetch('/api/releases.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ values: { distributedOn: '2024-09-02', title: '토큰 없는 요청' } }),
      });
      return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { message: string } } };
    });
    expect(reply.status).toBe(401);
    expect(reply.body.ok).toBe(false);
    expect(reply.body.error?.message).toMatch(/^접근 권한이 없습니다\./);
    expect((await core.call('app.info', {})).counts.releases).toBe(before);
  });

  it('토큰 없는 주소로 연 새 탭은 자료 대신 한국어 안내를 보여 준다', async () => {
    const { context, server } = app();
    const stranger = await context.newPage(); // its own sessionStorage: no token
    try {
      await stranger.goto(`${server.url}/`);
      await stranger.getByTestId('toast').filter({ hasText: '접근 권한이 없습니다' }).first().waitFor();
      await stranger.getByTestId('grid-clippings').locator('.ag-root').waitFor();
      expect(await stranger.getByTestId('grid-clippings').locator('.ag-row[row-id]').count()).toBe(0);
    } finally {
      await stranger.close();
    }
  });
});
