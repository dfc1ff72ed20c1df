/**
 * `cspm scan --provider all`: the mocked AWS account (aws-sdk-client-mock) and the mocked Azure
 * tenant (fake HTTP seam) collected in one scan through main(): both clouds' seeded
 * misconfigurations side by side, both clouds' scopes, one report.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ScanResult } from '../../src/engine/result.js';
import { createAzureClients } from '../../src/providers/azure/clients.js';
import { mockTenant, SEEDED as AZURE_SEEDED, TENANT } from '../fixtures/azure/mock-tenant.js';
import { saveAwsEnv, useTestAwsEnv } from '../support/aws/env.js';
import { FakeAws } from '../support/aws/fake-aws.js';
import { mockAws, type AwsMocks } from '../support/aws/mock.js';
import { SEEDED_CHECKS, SEEDED_FAILURES, seededAccount } from '../support/aws/seeded-account.js';
import { fakeCredential } from '../support/azure-http.js';
import { cliSandbox, type CliSandbox } from '../support/cli.js';

const restoreAwsEnv = saveAwsEnv();

let sandbox: CliSandbox;
let mocks: AwsMocks;
// The AWS SDK's default chain reads process.env: static test keys, no files, no IMDS.
beforeAll(() => useTestAwsEnv('fake-secret'));
afterAll(restoreAwsEnv);
beforeEach(() => {
  sandbox = cliSandbox();
  mocks = mockAws(new FakeAws(seededAccount()));
});
afterEach(() => {
  mocks.restore();
  sandbox.cleanup();
});

describe('cspm scan --provider all (mocked AWS account and Azure tenant)', () => {
  it('reports both clouds in one scan: each one’s seeded misconfigurations and scopes', async () => {
    const azure = mockTenant();
    const checks = [...SEEDED_CHECKS, ...new Set(AZURE_SEEDED.map(([rule]) => rule))];
    const run = await sandbox.run(['scan', '--provider', 'all', '--region', 'us-east-1', '--format', 'json', '--no-store', '--checks', checks.join(',')], {
      azureClientFactory: (settings) =>
        createAzureClients({
          ...settings,
          credential: fakeCredential(TENANT),
          httpClient: azure,
          retry: { maxRetries: 1, retryDelayInMs: 1, maxRetryDelayInMs: 2 },
        }),
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    const fails = result.findings
      .filter((f) => f.status === 'FAIL')
      .map((f) => [f.ruleId, f.resource.id])
      .sort();
    expect(fails).toEqual([...SEEDED_FAILURES, ...AZURE_SEEDED].map(([rule, id]) => [rule, id]).sort());
    expect(result.scan.scopes.map((s) => s.provider)).toEqual(['aws', 'azure', 'azure', 'azure']);
  });
});
