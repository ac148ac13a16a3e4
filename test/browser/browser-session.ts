import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';
/** git-ignored; CI keeps it as an artefact. */
export const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results');

/** @example const browser = await launchChromium(); */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set MARSAD_CHROMIUM)`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** What went wrong in a page while a test drove it: script errors, failed or refused requests, dialogs. */
export interface PageTrouble {
  errors: string[];
  failedRequests: string[];
  dialogs: string[];
}

/**
 * A fresh page (own storage) that records every error, failed request and dialog, and dismisses dialogs
 * so a script that got through cannot block the test.
 *
 * @example const { page, trouble } = await openPage(browser, 'en'); expect(trouble.errors).toEqual([]);
 */
export async function openPage(
  browser: Browser,
  locale: 'en' | 'ar' = 'en',
): Promise<{ page: Page; trouble: PageTrouble; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  const page = await context.newPage();
  const trouble: PageTrouble = { errors: [], failedRequests: [], dialogs: [] };
  page.on('pageerror', (e) => trouble.errors.push(e.message));
  page.on('requestfailed', (r) => trouble.failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) trouble.failedRequests.push(`${r.status()} ${r.url()}`);
  });
  page.on('dialog', (d) => {
    trouble.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { page, trouble, close: () => context.close() };
}

/** @example await shot(page, 'explore-en') // test-results/explore-en.png */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
