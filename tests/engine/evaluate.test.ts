import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/engine/evaluate.js';
import { fingerprintOf } from '../../src/engine/finding.js';
import { defineRule, formatMessage, type AnyRule } from '../../src/engine/rule.js';
import { Inventory } from '../../src/inventory/inventory.js';
import type { CollectionError, InventoryData } from '../../src/inventory/types.js';
import type { AnyResource, ResourceType } from '../../src/resources/index.js';
import { awsAccount, cloudTrail, rdsInstance } from '../fixtures/aws/index.js';

const ACCOUNT = '123456789012';

function inventory(resources: readonly AnyResource[], errors: readonly CollectionError[] = []): Inventory {
  const data: InventoryData = {
    formatVersion: 1,
    tool: { name: 'cspm', version: 'test' },
    collectedAt: '2026-11-01T00:00:00.000Z',
    scopes: [],
    resources,
    errors,
  };
  return new Inventory(data);
}

function failure(overrides: Partial<CollectionError> & { resourceTypes: readonly ResourceType[] }): CollectionError {
  return {
    provider: 'aws',
    collector: 'test',
    account: ACCOUNT,
    region: 'us-east-1',
    action: 'rds:DescribeDBInstances',
    code: 'AccessDenied',
    message: 'denied',
    resourceId: null,
    properties: null,
    ...overrides,
  };
}

const encrypted = defineRule({
  id: 'aws-rds-test-encrypted',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  severity: 'high',
  title: 't',
  description: 'd',
  rationale: 'r',
  remediation: { summary: 's' },
  references: [],
  reads: ['storageEncrypted'],
  messages: { ok: 'Instance {{name}} is encrypted.', bad: 'Instance {{name}} is not encrypted.' },
  evaluate: (db) => (db.properties.storageEncrypted ? { status: 'PASS', messageId: 'ok', evidence: {} } : { status: 'FAIL', messageId: 'bad', evidence: {} }),
});

const trailsExist = defineRule({
  id: 'aws-cloudtrail-test-exists',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.account',
  severity: 'medium',
  title: 't',
  description: 'd',
  rationale: 'r',
  remediation: { summary: 's' },
  references: [],
  requires: { 'aws.cloudtrail.trail': 'account' },
  messages: { ok: 'Account {{name}} has {{count}} trail(s).', none: 'Account {{name}} has no trail.' },
  evaluate: (account, ctx) => {
    const count = ctx.inventory.list('aws.cloudtrail.trail', { account: account.account }).length;
    return count > 0 ? { status: 'PASS', messageId: 'ok', data: { count }, evidence: { count } } : { status: 'FAIL', messageId: 'none', evidence: { count } };
  },
});

const run = (inv: Inventory, rules: readonly AnyRule[]) => evaluate(inv, rules);

describe('evaluate', () => {
  it('evaluates every resource of the rule type and fills placeholders', () => {
    const findings = run(inventory([rdsInstance('a'), rdsInstance('b', { storageEncrypted: false })]), [encrypted]);
    expect(findings.map((f) => [f.resource.name, f.status, f.message])).toEqual([
      ['a', 'PASS', 'Instance a is encrypted.'],
      ['b', 'FAIL', 'Instance b is not encrypted.'],
    ]);
  });

  it('reports one ERROR per scope whose listing failed, and still evaluates what was listed elsewhere', () => {
    const inv = inventory(
      [rdsInstance('a', {}, { region: 'eu-west-1' })],
      [failure({ resourceTypes: ['aws.rds.instance'] }), failure({ resourceTypes: ['aws.rds.instance'], action: 'rds:Other' })],
    );
    const findings = run(inv, [encrypted]);
    expect(findings.map((f) => [f.resource.region, f.status])).toEqual([
      ['eu-west-1', 'PASS'],
      ['us-east-1', 'ERROR'],
    ]);
    expect(findings[1]?.message).toMatch(/rds:DescribeDBInstances failed with AccessDenied in us-east-1; rds:Other failed/);
    expect(findings[1]?.resource.id).toBe(`aws:${ACCOUNT}:us-east-1:aws.rds.instance`);
  });

  it('turns a resource whose hydration failed into ERROR, unless the failure only touched properties the rule does not read', () => {
    const a = rdsInstance('a');
    const b = rdsInstance('b');
    const errors = [
      failure({ resourceTypes: ['aws.rds.instance'], resourceId: a.id, properties: ['storageEncrypted'] }),
      failure({ resourceTypes: ['aws.rds.instance'], resourceId: b.id, properties: ['multiAZ'] }),
    ];
    const findings = run(inventory([a, b], errors), [encrypted]);
    expect(findings.map((f) => [f.resource.name, f.status])).toEqual([
      ['a', 'ERROR'],
      ['b', 'PASS'],
    ]);
  });

  it('never passes an account rule when a type it reads failed to collect anywhere in the account', () => {
    const acct = awsAccount();
    const inv = inventory(
      [acct, cloudTrail('t1')],
      [failure({ resourceTypes: ['aws.cloudtrail.trail'], region: 'ap-south-1', action: 'cloudtrail:DescribeTrails' })],
    );
    const [finding] = run(inv, [trailsExist]);
    expect(finding?.status).toBe('ERROR');
    expect(finding?.evidence).toMatchObject({ collectionErrors: [{ action: 'cloudtrail:DescribeTrails', code: 'AccessDenied', region: 'ap-south-1' }] });
    const other = inventory([acct, cloudTrail('t1')], [failure({ resourceTypes: ['aws.cloudtrail.trail'], account: '999999999999' })]);
    expect(run(other, [trailsExist as AnyRule])[0]?.status).toBe('PASS');
  });

  it('honours region-scoped requirements', () => {
    const regional = defineRule({
      id: 'aws-rds-test-regional',
      provider: 'aws',
      service: 'rds',
      resourceType: 'aws.rds.instance',
      severity: 'low',
      title: 't',
      description: 'd',
      rationale: 'r',
      remediation: { summary: 's' },
      references: [],
      requires: { 'aws.cloudtrail.trail': 'region' },
      messages: { ok: 'Instance {{name}} is fine.' },
      evaluate: () => ({ status: 'PASS', messageId: 'ok', evidence: {} }),
    });
    const inv = inventory(
      [rdsInstance('us', {}, { region: 'us-east-1' }), rdsInstance('eu', {}, { region: 'eu-west-1' })],
      [failure({ resourceTypes: ['aws.cloudtrail.trail'], region: 'eu-west-1' })],
    );
    expect(run(inv, [regional as AnyRule]).map((f) => [f.resource.name, f.status])).toEqual([
      ['eu', 'ERROR'],
      ['us', 'PASS'],
    ]);
  });

  it('reports a rule that throws, or returns an unknown message id, as ERROR on that resource only', () => {
    const throws = defineRule({
      ...encrypted,
      id: 'aws-rds-test-throws',
      evaluate: (db) => {
        if (db.name === 'boom') throw new Error('kaput');
        return { status: 'PASS', messageId: 'ok', evidence: {} };
      },
    });
    const wrongId = defineRule({ ...encrypted, id: 'aws-rds-test-wrong', evaluate: () => ({ status: 'PASS', messageId: 'nope' as 'ok', evidence: {} }) });
    const inv = inventory([rdsInstance('boom'), rdsInstance('fine')]);
    const findings = run(inv, [throws, wrongId]);
    expect(findings.map((f) => [f.ruleId, f.resource.name, f.status])).toEqual([
      ['aws-rds-test-throws', 'boom', 'ERROR'],
      ['aws-rds-test-throws', 'fine', 'PASS'],
      ['aws-rds-test-wrong', 'boom', 'ERROR'],
      ['aws-rds-test-wrong', 'fine', 'ERROR'],
    ]);
    expect(findings[0]?.message).toContain('kaput');
  });

  it('gives each part of a resource its own stable fingerprint', () => {
    const multi = defineRule({
      ...encrypted,
      id: 'aws-rds-test-multi',
      evaluate: () => [
        { status: 'FAIL', messageId: 'bad', findingKey: 'k1', severity: 'critical', evidence: {} },
        { status: 'FAIL', messageId: 'bad', findingKey: 'k2', evidence: {} },
      ],
    });
    const db = rdsInstance('x');
    const findings = run(inventory([db]), [multi]);
    expect(findings.map((f) => [f.findingKey, f.severity])).toEqual([
      ['k1', 'critical'],
      ['k2', 'high'],
    ]);
    expect(findings[0]?.fingerprint).toBe(fingerprintOf('aws-rds-test-multi', db.id, 'k1'));
    expect(findings[0]?.fingerprint).not.toBe(findings[1]?.fingerprint);
    expect(fingerprintOf('a-b', 'c', null)).not.toBe(fingerprintOf('a', 'b-c', null));
    expect(run(inventory([db]), [multi as AnyRule])[0]?.fingerprint).toBe(findings[0]?.fingerprint);
  });

  it('rejects invalid rule metadata at definition time', () => {
    expect(() => defineRule({ ...encrypted, id: 'Bad_Id' })).toThrow(/kebab-case/);
    expect(() => defineRule({ ...encrypted, messages: { ok: 'no period', bad: 'x.' } })).toThrow(/ending with a period/);
    expect(() => defineRule({ ...encrypted, references: ['http://insecure'] })).toThrow(/https URL/);
  });

  it('keeps unknown placeholders visible rather than dropping them', () => {
    expect(formatMessage('Bucket {{name}} has {{ missing }}.', { name: 'b' })).toBe('Bucket b has {{ missing }}.');
  });
});
