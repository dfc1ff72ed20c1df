/**
 * Every AWS collector, table-driven against the fake account (aws-sdk-client-mock): all pages
 * read, only declared commands sent, AccessDenied and exhausted throttling recorded as scoped
 * collection errors, an empty account, and a region the account has not enabled.
 */
import { describe, expect, it } from '@jest/globals';
import type { InventoryData } from '../../../src/inventory/types.js';
import { awsCollectors } from '../../../src/providers/aws/collectors/index.js';
import type { AwsCollector } from '../../../src/providers/aws/context.js';
import { actionOfCommand, isReadOnlyAction } from '../../../src/providers/aws/permissions.js';
import { PROVIDER_PERMISSIONS } from '../../../src/providers/aws/provider.js';
import type { AwsServiceKey } from '../../../src/providers/aws/clients.js';
import { awsError, emptyAccount, FakeAws } from '../../support/aws/fake-aws.js';
import { collectFake } from '../../support/aws/harness.js';
import { seededAccount } from '../../support/aws/seeded-account.js';

const PAGE_TOKENS = ['NextToken', 'nextToken', 'Marker', 'ContinuationToken'];
const ofTypes = (data: InventoryData, c: AwsCollector) => data.resources.filter((r) => (c.resourceTypes as readonly string[]).includes(r.type));
const sentBy = (fake: FakeAws) =>
  fake.calls.filter((call) => !(PROVIDER_PERMISSIONS as readonly string[]).includes(actionOfCommand(call.service, call.command)));

/** The (service, command) pairs behind a collector's declared actions, learnt from a clean run. */
async function commandsOf(c: AwsCollector): Promise<{ service: AwsServiceKey; command: string }[]> {
  const fake = new FakeAws(seededAccount());
  await collectFake(fake, { collectors: [c] });
  return [...new Map(sentBy(fake).map((call) => [`${call.service}:${call.command}`, { service: call.service, command: call.command }])).values()];
}

describe.each(awsCollectors.map((c) => [c.id, c] as const))('collector %s', (_id, collector) => {
  it('reads every page and produces every type it declares', async () => {
    const paged = new FakeAws(seededAccount(), 1);
    const whole = new FakeAws(seededAccount(), 1000);
    const [a, b] = [await collectFake(paged, { collectors: [collector] }), await collectFake(whole, { collectors: [collector] })];
    expect(a.errors).toEqual([]);
    expect(ofTypes(a, collector)).toEqual(ofTypes(b, collector));
    expect(new Set(ofTypes(a, collector).map((r) => r.type))).toEqual(new Set(collector.resourceTypes));
  });

  it('sends only commands it declares, all read-only', async () => {
    const fake = new FakeAws(seededAccount());
    await collectFake(fake, { collectors: [collector] });
    const actions = new Set(sentBy(fake).map((call) => actionOfCommand(call.service, call.command)));
    expect(actions.size).toBeGreaterThan(0);
    for (const action of actions) expect(collector.permissions).toContain(action);
    for (const action of collector.permissions) expect(isReadOnlyAction(action)).toBe(true);
  });

  it('records AccessDenied on every call as scoped errors and never invents data', async () => {
    const fake = new FakeAws(seededAccount());
    for (const { service, command } of await commandsOf(collector)) {
      fake.fail({ service, command, error: () => awsError('AccessDenied', `not authorized to perform ${command}`, 403) });
    }
    const data = await collectFake(fake, { collectors: [collector] });
    expect(data.errors.length).toBeGreaterThan(0);
    for (const error of data.errors) {
      expect(error).toMatchObject({ collector: collector.id, code: 'AccessDenied', account: '123456789012' });
      expect(collector.permissions).toContain(error.action);
      for (const type of error.resourceTypes) expect(collector.resourceTypes).toContain(type);
    }
    // Whatever resource still appears carries an error naming it (its unknown properties).
    for (const resource of ofTypes(data, collector)) expect(data.errors.some((e) => e.resourceId === resource.id)).toBe(true);
  });

  it('records throttling that outlasted the SDK retries as Throttling', async () => {
    const fake = new FakeAws(seededAccount());
    const first = (await commandsOf(collector))[0]!;
    fake.fail({ ...first, error: () => awsError('ThrottlingException', 'Rate exceeded', 400) });
    const data = await collectFake(fake, { collectors: [collector] });
    expect(data.errors.map((e) => e.code)).toContain('Throttling');
    expect(data.errors.every((e) => e.code === 'Throttling')).toBe(true);
  });

  it('collects an empty account without errors', async () => {
    const fake = new FakeAws(emptyAccount());
    const data = await collectFake(fake, { collectors: [collector] });
    expect(data.errors).toEqual([]);
    // Only account- and region-level facts exist in an empty account.
    for (const resource of ofTypes(data, collector)) expect(resource.id.startsWith('aws:account/') || resource.id.endsWith(':root')).toBe(true);
  });

  it('records a region the account has not enabled as RegionDisabled', async () => {
    const state = seededAccount();
    state.allRegions.push({ name: 'eu-south-2', optInStatus: 'opted-in' }); // listed as enabled, but calls there are refused
    const fake = new FakeAws(state);
    const data = await collectFake(fake, { collectors: [collector], regions: ['us-east-1', 'eu-south-2'] });
    if (collector.scope === 'global') {
      expect(data.errors).toEqual([]);
    } else {
      expect(data.errors.length).toBeGreaterThan(0);
      expect(data.errors.every((e) => e.region === 'eu-south-2' && e.code === 'RegionDisabled')).toBe(true);
      expect(ofTypes(data, collector).some((r) => r.region === 'eu-south-2')).toBe(false);
    }
  });
});

it('every page token was exercised somewhere (pagination is really tested)', async () => {
  const fake = new FakeAws(seededAccount(), 1);
  await collectFake(fake);
  const paged = new Set(fake.calls.filter((c) => PAGE_TOKENS.some((t) => c.input[t] !== undefined)).map((c) => `${c.service}:${c.command}`));
  expect([...paged]).toEqual(
    expect.arrayContaining(['ec2:DescribeInstances', 'ec2:DescribeSecurityGroups', 'iam:GetAccountAuthorizationDetails', 's3:ListBuckets', 'kms:ListKeys']),
  );
});
