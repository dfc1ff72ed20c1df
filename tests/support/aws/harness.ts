/** Runs live collection against a FakeAws through aws-sdk-client-mock (the real provider and collectors). */
import { silentLogger } from '../../../src/core/logger.js';
import type { InventoryData } from '../../../src/inventory/types.js';
import type { AwsCollector } from '../../../src/providers/aws/context.js';
import { collectAwsInventory, type AwsScanOptions } from '../../../src/providers/aws/provider.js';
import type { FakeAws } from './fake-aws.js';
import { mockAws } from './mock.js';

export const FIXED_NOW = new Date('2026-11-02T10:00:00.000Z');

export async function collectFake(fake: FakeAws, options: Partial<AwsScanOptions> & { collectors?: readonly AwsCollector[] } = {}): Promise<InventoryData> {
  const mocks = mockAws(fake);
  try {
    return await collectAwsInventory({
      env: {},
      region: 'us-east-1',
      now: () => FIXED_NOW,
      logger: silentLogger,
      tuning: { credentialReportPollMs: 1, credentialReportMaxPolls: 3 },
      credentials: () => Promise.resolve({ accessKeyId: 'AKIAFAKETEST', secretAccessKey: 'fake-secret' }),
      ...options,
    });
  } finally {
    mocks.restore();
  }
}
