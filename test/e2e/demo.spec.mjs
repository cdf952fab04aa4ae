// The demo portal's pages, one `describe` each: every news-* element on a page (shadow roots included)
// settles in the state that page expects, with no console error or uncaught exception (see helpers.mjs),
// and the interactive bits work: the 大/中/小 switch, the slow-network and retry examples, the hostile-CSS
// embed page. The only console errors allowed are the failed loads of URLs a page breaks on purpose.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectStates, openDemo, root, test } from './helpers.mjs';

test.describe('index.html', () => {
  test('the seed article (its data in the page), its credits and related news, the latest-news sidebar', async ({
    page,
  }) => {
    await openDemo(page, '/demo/index.html');
    await expectStates(page);
    const text = await page.evaluate(() => {
      const a = document.querySelector('#article').shadowRoot;
      // What a reader sees per credit: the role label, the visible separator and the names (the role
      // element also holds a visually hidden colon for screen readers).
      const credits = [...a.querySelector('news-credits').shadowRoot.querySelectorAll('[part~="item"]')]
        .map((item) => {
          const role = item.querySelector('[part~="role"]');
          const label = [...role.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join('');
          const sep = role.querySelector('[part~="separator"]')?.textContent ?? '';
          return `${label}${sep}${item.querySelector('[part~="name"]')?.textContent ?? ''}`.replace(
            /\s+/g,
            '',
          );
        })
        .join(' ');
      const related = a.querySelector('related-news-list').shadowRoot;
      const side = document.querySelector('related-news-list.latest').shadowRoot;
      return {
        headline: a.querySelector('[part~="headline"]')?.textContent.replace(/\s+/g, '') ?? '',
        meta: a.querySelector('[part~="meta"]')?.textContent.replace(/\s+/g, ' ') ?? '',
        leads: a.querySelectorAll('[part~="lead"]').length,
        paragraphs: a.querySelectorAll('[part~="paragraph"]').length,
        datetime: a.querySelector('time')?.getAttribute('datetime'),
        credits,
        related: related.querySelectorAll('[part~="item"]').length,
        side: side.querySelectorAll('[part~="item"]').length,
        requested: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      };
    });
    // The article's data is in the page; only the sidebar's feed is fetched.
    const data = text.requested.filter((p) => p.includes('/data/'));
    expect(
      data.filter((p) => p.endsWith('/seed-article.json')),
      `requests: ${data}`,
    ).toEqual([]);
    expect(
      data.some((p) => p.endsWith('/data/latest.xml')),
      `requests: ${data}`,
    ).toBe(true);
    expect(text.headline).toContain('视听甘肃');
    expect(text.headline).toContain('永登县');
    expect(text.meta, 'the meta line').toContain('0次浏览');
    expect(text.meta, 'the meta line').toContain('2025-04-09 11:27:00');
    expect(text.datetime, '<time datetime>').toBe('2025-04-09T11:27:00+08:00');
    expect(text.paragraphs).toBe(17);
    expect(text.leads).toBeGreaterThanOrEqual(10);
    for (const c of ['来源/永登县委统战部', '编辑/王珺茹', '责编/张旭峰', '主编/顾学云']) {
      expect(text.credits.replace(/\s+/g, '')).toContain(c);
    }
    expect(text.related, 'related items').toBe(5);
    expect(text.side, 'items in 最新新闻').toBe(8);
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-results/seed.png'), fullPage: true });
  });

  test('【字体：大 中 小】 scales the article', async ({ page }) => {
    await openDemo(page, '/demo/index.html');
    await expectStates(page);
    const size = () =>
      page.evaluate(() => {
        const p = document.querySelector('#article').shadowRoot.querySelector('[part~="paragraph"]');
        return parseFloat(getComputedStyle(p).fontSize);
      });
    const normal = await size();
    await page.getByRole('button', { name: '大', exact: true }).click();
    const large = await size();
    await page.getByRole('button', { name: '小', exact: true }).click();
    const small = await size();
    expect(Math.abs(large / normal - 1.125), `大: ${large}px against ${normal}px`).toBeLessThan(0.01);
    expect(Math.abs(small / normal - 0.875), `小: ${small}px against ${normal}px`).toBeLessThan(0.01);
    const pressed = await page.getByRole('button', { name: '小', exact: true }).getAttribute('aria-pressed');
    expect(pressed, '小 is marked as pressed').toBe('true');
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test('no horizontal scrolling', async ({ page }) => {
      await openDemo(page, '/demo/index.html');
      await expectStates(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'pixels wider than the viewport').toBeLessThanOrEqual(0);
    });
  });
});

test.describe('en.html', () => {
  test('the English article', async ({ page }) => {
    await openDemo(page, '/demo/en.html');
    await expectStates(page);
    const info = await page.evaluate(() => {
      const a = document.querySelector('#article').shadowRoot;
      return {
        lang: a.querySelector('article')?.getAttribute('lang'),
        headline: a.querySelector('[part~="headline"]')?.textContent ?? '',
        credits: [...a.querySelector('news-credits').shadowRoot.children]
          .map((e) => e.innerText ?? '')
          .join(' '),
        related: a.querySelector('related-news-list').shadowRoot.querySelectorAll('[part~="item"]').length,
      };
    });
    expect(info.lang, 'article lang').toBe('en');
    expect(info.headline).toContain('Lanzhou opens its riverside footpath');
    expect(info.credits).toContain('Li Na');
    expect(info.credits).toContain('David Zhou');
    expect(info.related, 'related items').toBe(3);
  });
});

test.describe('states.html', () => {
  test('loading, empty, error and retry', async ({ page }) => {
    await openDemo(page, '/demo/states.html');
    const settled = {
      '#empty-article': 'empty',
      '#empty-list': 'empty',
      '#empty-credits': 'empty',
      '#error-404': 'error',
      '#error-404-slot': 'error',
      '#error-parse': 'error',
      '#error-invalid': 'error',
    };
    await expectStates(page, {
      ...settled,
      '#loading-fallback': 'loading',
      '#loading-skeleton': 'loading',
      '#retry': 'error',
    });
    const details = await page.evaluate(() =>
      Object.fromEntries(
        ['error-404', 'error-parse', 'error-invalid', 'retry'].map((id) => [
          id,
          document.getElementById(id).error,
        ]),
      ),
    );
    expect(details['error-404'], '404').toMatchObject({ kind: 'http', status: 404 });
    expect(details['error-parse']?.kind, 'malformed').toBe('parse');
    expect(['invalid', 'format'], `no title: ${JSON.stringify(details['error-invalid'])}`).toContain(
      details['error-invalid']?.kind,
    );
    expect(details.retry?.kind, 'offline').toBe('network');

    // Loading keeps the light-DOM fallback visible; releasing the request shows the article.
    const fallback = page.locator('#loading-fallback > h2');
    expect(await fallback.isVisible(), 'the fallback of the loading example is visible').toBe(true);
    await page.getByRole('button', { name: '放行请求 →' }).first().click();
    await page.getByRole('button', { name: '放行请求 →' }).first().click();
    await expectStates(page, { ...settled, '#retry': 'error' });
    expect(await fallback.isVisible(), 'the fallback is gone once the article loaded').toBe(false);

    // Retry: still offline, the retry button fails again; back online, it loads.
    const failedAgain = page.evaluate(
      () =>
        new Promise((resolve) =>
          document.getElementById('retry').addEventListener('news-error', resolve, { once: true }),
        ),
    );
    await page.locator('#retry').locator('[part~="retry"]').click();
    await failedAgain;
    expect(await page.locator('#retry').getAttribute('state'), 'retry while offline stays in error').toBe(
      'error',
    );
    await page.locator('#network').click();
    await page.locator('#retry').locator('[part~="retry"]').click();
    await expectStates(page, settled);
    expect(await page.locator('#retry').locator('[part~="headline"]').textContent()).toContain('永登县');
  });
});

test.describe('embed.html', () => {
  test('classic script, strict CSP and Trusted Types, hostile global CSS', async ({ page }) => {
    await openDemo(page, '/demo/embed.html');
    await expectStates(page);
    const style = await page.evaluate(() => {
      const a = document.querySelector('news-article').shadowRoot;
      const p = getComputedStyle(a.querySelector('[part~="paragraph"]'));
      const h = getComputedStyle(a.querySelector('[part~="headline"]'));
      return { size: p.fontSize, color: p.color, spacing: p.letterSpacing, headline: h.fontSize };
    });
    // The page sets p { font-size: 6px !important } and html { font-size: 10px }: the body text keeps
    // its own size (1.0625em of the 16px base).
    expect(style.size, 'paragraph font-size').toBe('17px');
    expect(style.color, 'the hostile p { color: red } stays out of the article').not.toBe('rgb(255, 0, 0)');
    expect(['normal', '0px'], `letter-spacing ${style.spacing}`).toContain(style.spacing);
    expect(parseFloat(style.headline), 'headline font-size').toBeGreaterThanOrEqual(24);
  });
});

test.describe('formats.html', () => {
  test('native, schema.org JSON-LD, ninjs and JSON Feed', async ({ page }) => {
    await openDemo(page, '/demo/formats.html');
    await expectStates(page);
    const texts = await page.evaluate(() =>
      ['fmt-native', 'fmt-jsonld', 'fmt-ninjs', 'fmt-feed'].map((id) => {
        const a = document.getElementById(id).shadowRoot;
        return {
          id,
          headline: a.querySelector('[part~="headline"]')?.textContent ?? '',
          paragraphs: a.querySelectorAll('[part~="paragraph"], .html p').length,
          related:
            a.querySelector('related-news-list')?.shadowRoot.querySelectorAll('[part~="item"]').length ?? 0,
        };
      }),
    );
    for (const t of texts) {
      expect(t.headline, `${t.id}: headline`).toContain('永登县');
      expect(t.paragraphs, `${t.id}: paragraphs`).toBeGreaterThanOrEqual(17);
      expect(t.related, `${t.id}: related items`).toBe(5);
    }
  });
});
