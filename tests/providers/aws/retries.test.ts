/**
 * The real SDK clients over canned HTTP (tests/support/aws/transport.ts): each collector's data
 * parses identically from the wire protocols, and a throttled first attempt is absorbed by the
 * SDK's adaptive retry (same inventory, no error, one extra attempt).
 */
import { describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../../src/core/logger.js';
import { awsCollectors } from '../../../src/providers/aws/collectors/index.js';
import type { AwsCollector } from '../../../src/providers/aws/context.js';
import { collectAwsInventory } from '../../../src/providers/aws/provider.js';
import { FakeAws } from '../../support/aws/fake-aws.js';
import { collectFake, FIXED_NOW } from '../../support/aws/harness.js';
import { seededAccount } from '../../support/aws/seeded-account.js';
import { fakeTransport, type TransportOptions } from '../../support/aws/transport.js';

async function overHttp(collector: AwsCollector, options: TransportOptions) {
  const fake = new FakeAws(seededAccount());
  const transport = fakeTransport(fake, options);
  const data = await collectAwsInventory({
    env: {},
    region: 'us-east-1',
    now: () => FIXED_NOW,
    logger: silentLogger,
    tuning: { credentialReportPollMs: 1, credentialReportMaxPolls: 3 },
    credentials: () => Promise.resolve({ accessKeyId: 'AKIAFAKETEST', secretAccessKey: 'fake-secret' }),
    requestHandler: transport.requestHandler,
    plugins: transport.plugins,
    collectors: [collector],
  });
  return { data, fake, transport };
}

describe.each(awsCollectors.map((c) => [c.id, c] as const))('collector %s over HTTP', (_id, collector) => {
  it('absorbs a throttled first attempt through the SDK retry, and parses the wire format to the same inventory', async () => {
    const expected = await collectFake(new FakeAws(seededAccount()), { collectors: [collector] });
    let throttled = 0;
    const { data, fake, transport } = await overHttp(collector, {
      // The first call this collector makes (after the provider's STS and DescribeRegions) is throttled once.
      throttleFirstAttempt: (_service, command) => command !== 'GetCallerIdentity' && command !== 'DescribeRegions' && throttled++ === 0,
    });
    expect(throttled).toBeGreaterThan(0);
    expect(data.errors).toEqual([]);
    expect(data.resources).toEqual(expected.resources);
    expect(transport.attempts()).toBe(fake.calls.length + 1);
  });
});
