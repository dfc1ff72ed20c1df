/**
 * `cspm scan --provider all`: the mocked AWS account (aws-sdk-client-mock) and the mocked Azure
 * tenant (fake HTTP seam) collected in one scan through main(): both clouds' seeded
 * misconfigurations side by side, both clouds' scopes, one report.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ScanResult } from '../../src/engine/result.js';
import { createAzureClients } from '../../src/providers/azure/clients.js';
import { mockTenant, SEEDED as AZURE_SEEDED, TENANT } from '../fixtures/azure/mock-tenant.js';
import { FakeAws } from '../support/aws/fake-aws.js';
import { mockAws, type AwsMocks } from '../support/aws/mock.js';
import { SEEDED_CHECKS, SEEDED_FAILURES, seededAccount } from '../support/aws/seeded-account.js';
import { fakeCredential } from '../support/azure-http.js';
import { cliSandbox, type CliSandbox } from '../support/cli.js';

const CREDENTIAL_ENV = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_EC2_METADATA_DISABLED',
];
const saved = Object.fromEntries(CREDENTIAL_ENV.map((k) => [k, process.env[k]]));

let sandbox: CliSandbox;
let mocks: AwsMocks;
beforeAll(() => {
  // The AWS SDK's default chain reads process.env: static test keys, no files, no IMDS.
  for (const k of CREDENTIAL_ENV) Reflect.deleteProperty(process.env, k);
  process.env['AWS_CONFIG_FILE'] = '/nonexistent/cspm-test/config';
  process.env['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent/cspm-test/credentials';
  process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  process.env['AWS_ACCESS_KEY_ID'] = 'AKIAFAKETESTKEY';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'fake-secret';
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) Reflect.deleteProperty(process.env, k);
    else process.env[k] = v;
  }
});
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
