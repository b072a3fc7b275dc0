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
import { cellOf, pageOf, rowWith, toastWith, waitForGrid } from './support/grid.ts';

beforeAll(() => {
  const fonts = execSync('fc-list :lang=ko family', { encoding: 'utf8' });
  if (!/nanum/i.test(fonts)) throw new Error('한글 글꼴이 없습니다: apt-get install -y fonts-nanum');
});

const app = useApp({ firstRun: 'show' });

describe('처음 시작', () => {
  it('빈 데이터에서 예시 데이터를 넣으면 수천 건의 언론보도가 한글로 제대로 보인다', async () => {
    const { page, core } = app();
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

    const dir = path.join(RESULTS_DIR, 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'clippings.png') });
  });
});

describe('보도자료', () => {
  it('새 보도자료를 등록하고 언론보도를 연결하면 기사화 건수가 1이 된다', async () => {
    const { page, core } = app();
    await page.getByTestId('nav-releases').click();
    const releases = pageOf(page, 'releases');
    await waitForGrid(page, 'releases');
    await releases.getByTestId('add-button').click();
    const form = releases.getByTestId('detail-panel');
    await form.getByTestId('field-distributedOn').fill('2026-11-20');
    await form.getByTestId('field-title').fill('금천구, 겨울철 한파 쉼터 120곳 운영');
    await form.getByTestId('field-department').fill('안전총괄과');
    await form.getByTestId('save-button').click();
    await toastWith(page, '등록했습니다.').waitFor();
    const release = (await core.call('releases.search', { query: '한파 쉼터 120곳', limit: 5 })).rows[0]!;

    await core.call('clippings.create', {
      values: { publishedOn: '2026-11-21', outlet: '연합뉴스', title: '금천구 한파 쉼터 120곳 문 열어', releaseId: release.id },
    });
    await page.reload();
    await page.getByTestId('nav-releases').click();
    await waitForGrid(page, 'releases');
    const row = rowWith(page, '금천구, 겨울철 한파 쉼터 120곳 운영', 'title', 'releases');
    await expect.poll(() => cellOf(row, 'clippingCount').textContent()).toBe('1');
  });
});

describe('브라우저 모드 보안', () => {
  it('토큰 없이 보낸 요청은 한국어 메시지와 함께 거절되고 아무것도 바뀌지 않는다', async () => {
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
    expect(reply.body.error?.message).toMatch(/[가-힣]/);
    expect((await core.call('app.info', {})).counts.releases).toBe(before);
  });
});
