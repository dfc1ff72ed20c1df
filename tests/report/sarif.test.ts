import { afterAll, describe, expect, it } from '@jest/globals';
import type { Log, Result, Run } from 'sarif';
import { gzipSync } from 'node:zlib';
import { severityRank, type Severity } from '../../src/core/types.js';
import { anchorUri, cloudPath } from '../../src/report/sarif-location.js';
import { GITHUB_LIMITS, renderSarif, sarifReporter, SECURITY_SEVERITY, type SarifLimits } from '../../src/report/sarif.js';
import type { ReportContext } from '../../src/report/types.js';
import { committedSarifSchema, multitoolSchema, SarifValidation } from '../support/sarif-validate.js';
import {
  fixtureFramework,
  HOSTILE_NAMES,
  hostileInventory,
  inventoryWithErrors,
  reportContext,
  scanFixture,
  twoAccountInventory,
} from '../support/report-fixtures.js';
import type { ScanResult } from '../../src/engine/result.js';
import { demoInventory } from '../../src/demo/index.js';

const validation = new SarifValidation();
afterAll(() => validation.cleanup());

/** Renders, schema-validates (ajv) and queues for the multitool every SARIF this file produces. */
function sarif(name: string, result: ScanResult, ctx: ReportContext = reportContext(), limits?: SarifLimits): Log {
  const text = limits ? renderSarif(result, ctx, limits) : sarifReporter(result, ctx);
  return validation.add(name, text) as unknown as Log;
}

const onlyRun = (log: Log): Run => {
  expect(log.runs).toHaveLength(1);
  return log.runs[0] as Run;
};
const severityOf = (r: Result): Severity => (r.properties as { severity: Severity }).severity;
// RFC 3986 relative-path reference: unreserved, pct-encoded, sub-delims, ':' '@', segments joined by '/'.
const RELATIVE_REF = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|%[0-9A-F]{2})+(?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-F]{2})+)*$/;

describe('SARIF of the demo scan', () => {
  const result = scanFixture();
  const log = sarif('demo', result);
  const run = onlyRun(log);
  const failing = result.findings.filter((f) => f.status === 'FAIL');

  it('is SARIF 2.1.0 with the final schema and a tool driver that names cspm', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\/docs\.oasis-open\.org\/sarif\/sarif\/v2\.1\.0\/.*sarif-schema-2\.1\.0\.json$/);
    expect(run.tool.driver).toMatchObject({ name: 'cspm', version: result.scan.toolVersion, informationUri: expect.stringMatching(/^https:\/\//) });
  });

  it('describes every rule that ran, with the texts and severities GitHub needs', () => {
    const rules = run.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual([...result.scan.rules].sort());
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(rule.shortDescription?.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription?.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription?.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help?.text).toContain('How to fix it');
      expect(rule.help?.markdown).toContain('## How to fix it');
      expect(rule.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/.+\.md$/);
      const props = rule.properties as { tags: string[]; 'security-severity': string; severity: Severity };
      expect(props.tags).toContain('security');
      expect(Number(props['security-severity'])).toBe(Number(SECURITY_SEVERITY[props.severity]));
    }
    expect(SECURITY_SEVERITY).toMatchObject({ critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' });
  });

  it('has one result per failing finding, each at a stable relative pseudo path at line 1 with the ARN as logical location', () => {
    const results = run.results ?? [];
    expect(results).toHaveLength(failing.length);
    for (const r of results) {
      const loc = r.locations?.[0];
      const uri = loc?.physicalLocation?.artifactLocation?.uri ?? '';
      expect(uri).toMatch(/^cloud\/aws\/210987654321\/[a-z0-9-]+\/[a-z0-9-]+\//);
      expect(uri).toMatch(RELATIVE_REF);
      expect(loc?.physicalLocation?.region?.startLine).toBe(1);
      const props = r.properties as { resourceId: string; cloudPath: string };
      expect(loc?.logicalLocations?.[0]?.fullyQualifiedName).toBe(props.resourceId);
      expect(props.cloudPath).toBe(uri);
      expect(r.message.text).toMatch(/\.$/);
      expect(r.ruleIndex).toBe((run.tool.driver.rules ?? []).findIndex((d) => d.id === r.ruleId));
    }
    const bucket = results.find((r) => (r.properties as { resourceId: string }).resourceId === 'arn:aws:s3:::acme-marketing-site');
    expect(bucket?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('cloud/aws/210987654321/eu-west-1/s3/acme-marketing-site');
    expect(bucket?.message.text).toContain('acme-marketing-site');
  });

  it('maps severity to level and orders results most severe first', () => {
    const results = run.results ?? [];
    const level = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
    for (const r of results) expect(r.level).toBe(level[severityOf(r)]);
    const ranks = results.map((r) => severityRank(severityOf(r)));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('names the run by provider and account, and records a successful invocation', () => {
    expect(run.automationDetails?.id).toBe('cspm/aws/210987654321/');
    expect(run.invocations?.[0]).toMatchObject({ executionSuccessful: true });
    expect(run.invocations?.[0]?.toolExecutionNotifications).toBeUndefined();
  });

  it('gives identical fingerprints on two runs of the same account, whatever the clock', () => {
    const again = scanFixture();
    const later = { ...again, scan: { ...again.scan, startedAt: '2027-01-01T00:00:00.000Z', finishedAt: '2027-01-01T00:00:05.000Z' } };
    const prints = (l: Log) => (l.runs[0]?.results ?? []).map((r) => r.partialFingerprints).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(prints(sarif('demo-again', later))).toEqual(prints(log));
    for (const r of run.results ?? []) {
      expect(r.partialFingerprints?.['primaryLocationLineHash']).toMatch(/^[0-9a-f]{32}:1$/);
    }
    expect(new Set((run.results ?? []).map((r) => r.partialFingerprints?.['primaryLocationLineHash'])).size).toBe(failing.length);
    expect(sarifReporter(scanFixture(), reportContext())).toBe(sarifReporter(result, reportContext()));
  });
});

describe('SARIF options and edge cases', () => {
  it('tags each rule with its CIS controls, at most 20 tags, and lists them in the help', () => {
    const framework = fixtureFramework(30);
    const result = scanFixture({ frameworks: [framework] });
    const run = onlyRun(sarif('cis-tags', result, reportContext({ frameworks: [framework] })));
    const s3 = run.tool.driver.rules?.find((r) => r.id === 'aws-s3-bucket-public-access-blocked');
    const tags = (s3?.properties as { tags: string[] }).tags;
    expect(tags).toContain('cis-aws-test-v1.0.0/2.1.4');
    expect(tags.length).toBe(20);
    const trail = run.tool.driver.rules?.find((r) => r.id === 'aws-cloudtrail-account-logging-enabled');
    expect((trail?.properties as { tags: string[] }).tags).toEqual(['security', 'cloud', 'aws', 'aws/cloudtrail', 'cis-aws-test-v1.0.0/3.1']);
    expect(trail?.help?.markdown).toContain('cis-aws-test-v1.0.0 control 3.1');
  });

  it('keeps muted findings as results carrying an accepted suppression with the reason', () => {
    const result = scanFixture({
      mute: (f) =>
        f.ruleId === 'aws-ec2-instance-no-public-ip'
          ? { reason: 'Public web tier, reviewed by security.', expires: '2027-01-01', source: 'mutelist.yaml#1' }
          : null,
    });
    const results = onlyRun(sarif('muted', result)).results ?? [];
    const muted = results.filter((r) => r.ruleId === 'aws-ec2-instance-no-public-ip');
    expect(muted.length).toBeGreaterThan(0);
    for (const r of muted)
      expect(r.suppressions).toEqual([
        expect.objectContaining({ kind: 'external', status: 'accepted', justification: 'Public web tier, reviewed by security.' }),
      ]);
    expect(results.filter((r) => r.ruleId !== 'aws-ec2-instance-no-public-ip').every((r) => r.suppressions === undefined)).toBe(true);
  });

  it('marks a scan with collection errors unsuccessful, with one notification per failed call and per check in error', () => {
    const result = scanFixture({ inventory: inventoryWithErrors() });
    expect(result.scan.complete).toBe(false);
    const run = onlyRun(sarif('collection-errors', result));
    const invocation = run.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    const notes = invocation?.toolExecutionNotifications ?? [];
    const collection = notes.filter((n) => n.descriptor?.id === 'CSPM1001');
    expect(collection.map((n) => (n.properties as { action: string }).action).sort()).toEqual(['ec2:DescribeInstances', 's3:GetBucketPolicy']);
    expect(collection.every((n) => n.level === 'error' && /AccessDenied|Throttling/.test(n.message.text ?? ''))).toBe(true);
    const assessment = notes.filter((n) => n.descriptor?.id === 'CSPM1002');
    expect(assessment.map((n) => n.associatedRule?.id)).toContain('aws-s3-bucket-public-access-blocked');
    expect(run.tool.driver.notifications?.map((n) => n.id)).toEqual(['CSPM1001', 'CSPM1002', 'CSPM1003']);
    // ERROR findings are not results: a result is a failing check.
    expect((run.results ?? []).every((r) => r.ruleId !== 'aws-s3-bucket-public-access-blocked' || r.level !== undefined)).toBe(true);
    expect(run.results?.length).toBe(result.findings.filter((f) => f.status === 'FAIL').length);
  });

  it('keeps the most severe results when a run exceeds the results limit, and says so', () => {
    const result = scanFixture();
    const warnings: string[] = [];
    const limits = { ...GITHUB_LIMITS, maxResultsPerRun: 5 };
    const log = sarif('truncated-count', result, reportContext({ warn: (m) => warnings.push(m) }), limits);
    const run = onlyRun(log);
    const kept = run.results ?? [];
    expect(kept).toHaveLength(5);
    const failing = result.findings.filter((f) => f.status === 'FAIL');
    const keptRanks = kept.map((r) => severityRank(severityOf(r)));
    const dropped = failing.filter((f) => !kept.some((r) => r.partialFingerprints?.['cspmFingerprint/v1'] === f.fingerprint));
    expect(dropped).toHaveLength(failing.length - 5);
    for (const f of dropped) expect(severityRank(f.severity)).toBeLessThanOrEqual(Math.min(...keptRanks));
    expect(warnings).toEqual([expect.stringContaining(`kept the 5 most severe of ${failing.length}`)]);
    expect(run.invocations?.[0]?.toolExecutionNotifications?.find((n) => n.descriptor?.id === 'CSPM1003')?.message.text).toContain(
      `${failing.length - 5} of ${failing.length}`,
    );
    expect(log.properties).toEqual({ truncated: { kept: 5, total: failing.length } });
  });

  it('shrinks a file over the gzipped size limit by dropping the least severe results', () => {
    const result = scanFixture({ inventory: hostileInventory() });
    const full = renderSarif(result, reportContext(), GITHUB_LIMITS);
    const maxGzipBytes = Math.floor(gzipSync(full).length * 0.8);
    const warnings: string[] = [];
    const text = renderSarif(result, reportContext({ warn: (m) => warnings.push(m) }), { ...GITHUB_LIMITS, maxGzipBytes });
    expect(gzipSync(JSON.stringify(JSON.parse(text))).length).toBeLessThanOrEqual(maxGzipBytes);
    const run = onlyRun(validation.add('truncated-size', text) as unknown as Log);
    const total = result.findings.filter((f) => f.status === 'FAIL').length;
    expect(run.results?.length).toBeLessThan(total);
    expect(run.results?.length).toBeGreaterThan(0);
    expect(run.results?.some((r) => severityOf(r) === 'critical')).toBe(true);
    expect(warnings).toHaveLength(1);
  });

  it('anchors every result to one repository file when asked, keeping the pseudo path and ARN in properties', () => {
    const result = scanFixture();
    const run = onlyRun(sarif('anchored', result, reportContext({ sarifAnchor: anchorUri('infra/prod account/main.tf') })));
    for (const r of run.results ?? []) {
      expect(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('infra/prod%20account/main.tf');
      expect((r.properties as { cloudPath: string }).cloudPath).toMatch(/^cloud\/aws\//);
    }
    expect(new Set((run.results ?? []).map((r) => r.partialFingerprints?.['primaryLocationLineHash'])).size).toBe(run.results?.length);
    expect(anchorUri('./main.tf')).toBe('main.tf');
    for (const bad of ['../main.tf', '/etc/passwd', 'https://example.com/x.tf', 'C:\\infra\\main.tf', 'a/../../b', '']) {
      expect(() => anchorUri(bad)).toThrow(/--sarif-anchor/);
    }
  });

  it('percent-encodes hostile resource names into valid relative references that cannot climb the tree', () => {
    const result = scanFixture({ inventory: hostileInventory() });
    const run = onlyRun(sarif('hostile-names', result));
    const uris = (run.results ?? []).map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '');
    for (const uri of uris) {
      expect(uri).toMatch(RELATIVE_REF);
      expect(uri.split('/')).not.toContain('..');
    }
    for (const name of HOSTILE_NAMES) {
      const r = (run.results ?? []).find((x) => (x.properties as { resourceName: string }).resourceName === name);
      expect(r?.message.text).toContain(name);
    }
    expect(cloudPath({ id: 'x', type: 'aws.s3.bucket', name: '..', provider: 'aws', account: '1', region: 'r' })).toBe('cloud/aws/1/r/s3/%2E%2E');
  });

  it('gives each account its own run and category, including an account without failures', () => {
    const result = scanFixture({ inventory: twoAccountInventory() });
    const log = sarif('two-accounts', result);
    expect(log.runs.map((r) => r.automationDetails?.id)).toEqual(['cspm/aws/111122223333/', 'cspm/aws/210987654321/']);
    for (const run of log.runs) {
      const account = (run.properties as { account: string }).account;
      expect((run.results ?? []).every((r) => (r.properties as { account: string }).account === account)).toBe(true);
    }
    const quiet = scanFixture({ inventory: { ...twoAccountInventory(), resources: scanFixtureResourcesWithoutDev() } });
    const quietLog = sarif('account-without-failures', quiet);
    expect(quietLog.runs.find((r) => r.automationDetails?.id === 'cspm/aws/111122223333/')?.results).toEqual([]);
  });

  it('gives the whole bundled demo, every provider, one valid run per account', () => {
    const inventory = demoInventory();
    const result = scanFixture({ inventory });
    const log = sarif('demo-all-providers', result);
    const accounts = [
      ...new Set([...inventory.scopes.map((s) => `${s.provider}/${s.account}`), ...result.findings.map((f) => `${f.resource.provider}/${f.resource.account}`)]),
    ].sort();
    expect(log.runs.map((r) => r.automationDetails?.id)).toEqual(accounts.map((a) => `cspm/${a.replace(/[^A-Za-z0-9._/-]/g, '-')}/`));
    const failing = result.findings.filter((f) => f.status === 'FAIL');
    expect(log.runs.flatMap((r) => r.results ?? [])).toHaveLength(failing.length);
    for (const run of log.runs) {
      const provider = (run.properties as { provider: string }).provider;
      expect((run.tool.driver.rules ?? []).every((d) => d.id.startsWith(`${provider}-`))).toBe(true);
    }
    for (const r of log.runs.flatMap((run) => run.results ?? [])) {
      expect(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toMatch(RELATIVE_REF);
    }
  });

  it('merges accounts into one run per provider past the runs-per-file limit', () => {
    const result = scanFixture({ inventory: twoAccountInventory() });
    const log = sarif('merged-runs', result, reportContext(), { ...GITHUB_LIMITS, maxRuns: 1 });
    const run = onlyRun(log);
    expect(run.automationDetails?.id).toBe('cspm/aws/all-accounts/');
    expect(run.results?.length).toBe(result.findings.filter((f) => f.status === 'FAIL').length);
  });

  it('passes the schema (ajv) and the multitool with the GitHub rules, with zero errors and warnings', () => {
    expect(committedSarifSchema()).toEqual(multitoolSchema());
    expect(validation.count).toBeGreaterThanOrEqual(12);
    const report = validation.runMultitool();
    expect(report.files).toBe(validation.count);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});

function scanFixtureResourcesWithoutDev() {
  return twoAccountInventory().resources.filter((r) => r.account !== '111122223333');
}
