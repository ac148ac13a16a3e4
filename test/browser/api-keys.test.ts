import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createKeyring } from '../../src/app/keys.js';
import { openPage, shot } from './browser-session.js';
import { browserArticles } from './fixtures/browser-articles.js';
import { uiSession } from './ui-server.js';

const session = uiSession(browserArticles());

describe('the UI of a server that asks for API keys', () => {
  it('asks for a key in the interface language, says when one is refused, and then reads and downloads with it', async () => {
    const { secret } = await createKeyring(session.ui.store).issue('reader', 'browser test');
    const { page, trouble, close } = await openPage(session.browser, 'ar');
    try {
      await page.goto(session.ui.url);
      await page.waitForSelector('.key-form .key-prompt');
      expect(await page.locator('.key-form').innerText()).toContain('يطلب هذا الخادم مفتاح واجهة برمجية');
      expect(await page.locator('main').innerText()).not.toMatch(/Authorization|Bearer/);
      await shot(page, 'api-key-asked-ar');

      await page.fill('#api-key', 'marsad_000000000000_not-a-key');
      await page.click('.key-form button');
      await page.waitForSelector('.key-form .key-refused');

      await page.fill('#api-key', secret);
      await page.click('.key-form button');
      await page.waitForSelector('.explore[data-state="ready"]');
      expect(await page.locator('.key-form').count()).toBe(0);
      expect(await page.locator('.event-list .event-summary').count()).toBeGreaterThan(0);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('.export-link[data-format="csv"]'),
      ]);
      expect(download.suggestedFilename()).toBe('marsad-events.csv');
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv.split('\n')[0]).toMatch(/event_type/);
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('asks for the key, not showing the refusal, when an export is clicked before one is given', async () => {
    await createKeyring(session.ui.store).issue('reader', 'browser test, export');
    const { page, trouble, close } = await openPage(session.browser, 'en');
    try {
      await page.goto(session.ui.url);
      await page.waitForSelector('.key-form .key-prompt');
      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));
      await page.click('.export-link[data-format="csv"]');
      await page.waitForFunction(() => document.querySelector('.export-failure')?.textContent?.trim());
      expect(await page.locator('.export-failure').innerText()).toContain('asks for an API key');
      expect(new URL(page.url()).pathname).toBe(new URL(session.ui.url).pathname);
      expect(await page.locator('.key-form #api-key').count()).toBe(1);
      expect(await page.locator('body').innerText()).not.toMatch(/UNAUTHORIZED|Bearer/);
      expect(downloads).toEqual([]);
      expect(trouble.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
