/**
 * Opens the HTML report in headless Chromium (Debian's `chromium` package, driven by playwright-core
 * without any browser download) and checks what a person would see: no script error, the charts,
 * the table, sorting and filtering, and a resource named <script>alert(1)</script> staying text.
 * Set CSPM_CHROMIUM to use another Chromium binary.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { htmlReporter } from '../../src/report/html.js';
import type { HistoryPoint } from '../../src/report/types.js';
import { fixtureFramework, hostileInventory, reportContext, scanFixture } from '../support/report-fixtures.js';

const CHROMIUM = process.env['CSPM_CHROMIUM'] ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const history: HistoryPoint[] = [
  { scanId: 1, finishedAt: '2026-10-01T10:00:00.000Z', failingBySeverity: { critical: 6, high: 8, medium: 12, low: 5, info: 0 }, compliance: {} },
  { scanId: 2, finishedAt: '2026-10-15T10:00:00.000Z', failingBySeverity: { critical: 4, high: 7, medium: 12, low: 5, info: 0 }, compliance: {} },
  { scanId: 3, finishedAt: '2026-11-02T10:00:02.000Z', failingBySeverity: { critical: 3, high: 5, medium: 12, low: 4, info: 0 }, compliance: {} },
];

let dir: string;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const dialogs: string[] = [];
const blockedRequests: string[] = [];
let expectedRows = 0;
let rowsForOneInstance = 0;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CSPM_CHROMIUM`);
  dir = mkdtempSync(join(tmpdir(), 'cspm-html-'));
  const framework = fixtureFramework();
  const result = scanFixture({ inventory: hostileInventory(), frameworks: [framework] });
  expectedRows = result.findings.filter((f) => f.status === 'FAIL' || f.status === 'ERROR').length;
  rowsForOneInstance = result.findings.filter((f) => (f.status === 'FAIL' || f.status === 'ERROR') && f.resource.name === '@SUM(1+1)').length;
  const file = join(dir, 'cspm-report.html');
  writeFileSync(file, htmlReporter(result, reportContext({ history })));
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blockedRequests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}, 90_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const visibleRows = (): Promise<number> => page.locator('#findings-table tbody tr:not([hidden])').count();

/** The sort keys of the resource column, top to bottom. */
async function resourceKeys(): Promise<string[]> {
  const keys: string[] = [];
  for (const cell of await page.locator('#findings-table tbody td.res').all()) keys.push(((await cell.getAttribute('data-value')) ?? '').toLowerCase());
  return keys;
}

describe('HTML report in headless Chromium', () => {
  it('loads without script errors, console errors, dialogs or network requests', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(blockedRequests).toEqual([]);
  });

  it('shows the charts: by severity, by service, compliance by section and the trend', async () => {
    for (const chart of ['severity', 'service', 'compliance', 'trend']) {
      const svg = page.locator(`svg[data-chart="${chart}"]`).first();
      expect(await svg.isVisible()).toBe(true);
      const box = await svg.boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(50);
    }
    expect(await page.locator('svg[data-chart="severity"] rect').count()).toBe(5);
    expect(await page.locator('svg[data-chart="trend"] polyline').count()).toBe(4);
  });

  it('shows every failing finding in the table, with the script ran (count updated)', async () => {
    expect(await page.locator('#findings-table tbody tr').count()).toBe(expectedRows);
    expect(await visibleRows()).toBe(expectedRows);
    expect(await page.locator('#filter-count').textContent()).toBe(`${expectedRows} of ${expectedRows} findings shown`);
  });

  it('keeps a resource named <script>alert(1)</script> as inert text', async () => {
    const names = await page.locator('#findings-table tbody td.res b').allTextContents();
    expect(names).toContain('<script>alert(1)</script>');
    expect(names).toContain('"><img src=x onerror=alert(2)>');
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('filters by text and by severity, and sorts by a column', async () => {
    await page.fill('#filter-text', '@sum(1+1)');
    expect(rowsForOneInstance).toBeGreaterThan(0);
    expect(await visibleRows()).toBe(rowsForOneInstance);
    await page.fill('#filter-text', '');
    await page.selectOption('select[data-filter="severity"]', 'critical');
    const critical = await visibleRows();
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThan(expectedRows);
    expect(await page.locator('#filter-count').textContent()).toBe(`${critical} of ${expectedRows} findings shown`);
    await page.selectOption('select[data-filter="severity"]', '');

    const resourceHeader = page.locator('#findings-table thead th', { hasText: 'Resource' });
    await resourceHeader.locator('button').click();
    const ascending = await resourceKeys();
    expect(ascending).toEqual([...ascending].sort());
    expect(await resourceHeader.getAttribute('aria-sort')).toBe('ascending');
    await resourceHeader.locator('button').click();
    const descending = await resourceKeys();
    expect(descending).toEqual([...ascending].reverse());
    expect(pageErrors).toEqual([]);
  });

  it('renders to a non-blank screenshot', async () => {
    const shot = join(dir, 'shot.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
  });
});
