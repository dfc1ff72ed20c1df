import { describe, expect, it } from '@jest/globals';
import { htmlReporter, jsonForScript } from '../../src/report/html.js';
import type { HistoryPoint } from '../../src/report/types.js';
import { fixtureFramework, HOSTILE_NAMES, hostileInventory, inventoryWithErrors, reportContext, scanFixture } from '../support/report-fixtures.js';
import { escapeHtml } from '../../src/core/sanitize.js';

const history: HistoryPoint[] = [
  { scanId: 1, finishedAt: '2026-10-01T10:00:00.000Z', failingBySeverity: { critical: 5, high: 7, medium: 4, low: 4, info: 0 }, compliance: {} },
  { scanId: 2, finishedAt: '2026-10-15T10:00:00.000Z', failingBySeverity: { critical: 4, high: 6, medium: 3, low: 4, info: 0 }, compliance: {} },
  { scanId: 3, finishedAt: '2026-11-02T10:00:02.000Z', failingBySeverity: { critical: 3, high: 5, medium: 3, low: 4, info: 0 }, compliance: {} },
];

describe('HTML report', () => {
  it('is one self-contained page: inline style and script only, nothing fetched', () => {
    const html = htmlReporter(scanFixture(), reportContext());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[^&]+&#39;; script-src &#39;sha256-/,
    );
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<style\b/g)).toHaveLength(1);
  });

  it('shows the header, the severity and service charts and a row per failing or errored finding', () => {
    const result = scanFixture({ inventory: inventoryWithErrors() });
    const html = htmlReporter(result, reportContext());
    expect(html).toContain('acme-prod (demo)');
    expect(html).toContain('Partial results');
    expect(html).toContain('data-chart="severity"');
    expect(html).toContain('data-chart="service"');
    expect(html).not.toContain('data-chart="compliance"');
    expect(html).not.toContain('data-chart="trend"');
    expect(html).toContain('s3:GetBucketPolicy');
    const rows = html.match(/<tr data-severity=/g) ?? [];
    expect(rows).toHaveLength(result.findings.filter((f) => f.status === 'FAIL' || f.status === 'ERROR').length);
    expect(html).toContain('id="findings-table"');
  });

  it('adds the compliance chart per section and the trend when history is given', () => {
    const framework = fixtureFramework();
    const html = htmlReporter(scanFixture({ frameworks: [framework] }), reportContext({ history }));
    expect(html).toContain('data-chart="compliance"');
    expect(html).toContain('2 Storage');
    expect(html).toContain('data-chart="trend"');
    expect(html).toContain('#1 2026-10-01');
    expect(html.match(/<polyline /g)).toHaveLength(4);
  });

  it('escapes every resource-controlled string, in text, attributes and the embedded JSON', () => {
    const inventory = hostileInventory();
    const scope = inventory.scopes[0];
    const hostileScope = { ...inventory, scopes: scope ? [{ ...scope, displayName: '</script><script>alert(3)</script>' }] : [] };
    const html = htmlReporter(scanFixture({ inventory: hostileScope }), reportContext());
    for (const name of HOSTILE_NAMES) {
      expect(html).toContain(escapeHtml(name));
    }
    expect(html).not.toContain('<script>alert(');
    expect(html).not.toContain('<img');
    // The handler text only ever appears inside the escaped markup.
    expect(html.split('onerror=').length).toBe(html.split('&lt;img src=x onerror=').length);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    const json = /<script type="application\/json" id="cspm-data">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(json).not.toMatch(/[<>&]/);
    expect((JSON.parse(json) as { scan: { scopes: { displayName: string }[] } }).scan.scopes[0]?.displayName).toBe('</script><script>alert(3)</script>');
    expect(jsonForScript({ a: '</script>\u2028&' })).toBe('{"a":"\\u003c/script\\u003e\\u2028\\u0026"}');
  });

  it('renders the same page for the same result', () => {
    expect(htmlReporter(scanFixture(), reportContext({ history }))).toBe(htmlReporter(scanFixture(), reportContext({ history })));
  });
});
