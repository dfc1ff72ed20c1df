/**
 * Regenerates docs/images/html-report.png: the HTML report of the demo account, with a compliance
 * framework over the demo's rules and a trend over three scans (the demo with two, then one, extra
 * exposed instances, then the demo itself), rendered by headless Chromium.
 * Usage: npx tsx tests/tools/screenshot-html-report.ts   (needs /usr/bin/chromium or CSPM_CHROMIUM)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_AWS_ACCOUNT } from '../../src/demo/aws.js';
import { demoInventory } from '../../src/demo/index.js';
import { ec2Instance } from '../../src/inventory/builders/aws.js';
import type { InventoryData } from '../../src/inventory/types.js';
import { htmlReporter } from '../../src/report/html.js';
import type { HistoryPoint } from '../../src/report/types.js';
import { fixtureFramework, reportContext, scanFixture } from '../support/report-fixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const target = join(root, 'docs/images/html-report.png');
const framework = fixtureFramework();

function withExposedInstances(count: number): InventoryData {
  const base = demoInventory();
  const extra = Array.from({ length: count }, (_, i) =>
    ec2Instance(
      `i-0feed0000000000${i}`,
      { publicIpAddress: `192.0.2.${i + 10}` },
      { account: DEMO_AWS_ACCOUNT, region: 'us-east-1', tags: { Name: `legacy-${i + 1}` } },
    ),
  );
  return { ...base, resources: [...base.resources, ...extra] };
}

const scans = [withExposedInstances(2), withExposedInstances(1), demoInventory()].map((inventory) => scanFixture({ inventory, frameworks: [framework] }));
const history: HistoryPoint[] = scans.map((scan, i) => ({
  scanId: i + 1,
  finishedAt: new Date(Date.parse('2026-10-05T09:00:00.000Z') + i * 14 * 86_400_000).toISOString(),
  failingBySeverity: scan.summary.failingBySeverity,
  compliance: Object.fromEntries(scan.compliance.map((c) => [c.framework.id, c.score.percent])),
}));
const last = scans[scans.length - 1];
if (!last) throw new Error('no scan');
const result = { ...last, scan: { ...last.scan, id: 3 } };

const dir = mkdtempSync(join(tmpdir(), 'cspm-shot-'));
try {
  const file = join(dir, 'cspm-report.html');
  writeFileSync(file, htmlReporter(result, reportContext({ history })));
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: process.env['CSPM_CHROMIUM'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 1500 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  mkdirSync(join(root, 'docs/images'), { recursive: true });
  await page.screenshot({ path: target });
  await context.close();
  process.stdout.write(`wrote ${target}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
