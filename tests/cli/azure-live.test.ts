/**
 * Live Azure scanning through the real CLI entry point (main), against a mocked tenant of two
 * subscriptions served over the HTTP seam in documented ARM/Graph shapes: exactly the seeded
 * misconfigurations, a 403 on one resource provider turning its checks into ERROR (exit 3),
 * subscription selection, collect-then-replay, and the login problems that must be one line, exit 2.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { TokenCredential } from '@azure/core-auth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanResult } from '../../src/engine/result.js';
import { createAzureClients, type AzureClientFactory } from '../../src/providers/azure/clients.js';
import { DEV, mockTenant, PROD, SEEDED, TENANT } from '../fixtures/azure/mock-tenant.js';
import { fakeCredential, FakeAzure, noLoginCredential } from '../support/azure-http.js';
import { cliSandbox, type CliSandbox } from '../support/cli.js';

const FAST_RETRY = { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 2 };

function factory(azure: FakeAzure, credential: TokenCredential = fakeCredential(TENANT)): AzureClientFactory {
  return (settings) => createAzureClients({ ...settings, credential, httpClient: azure, retry: FAST_RETRY });
}

const fails = (result: ScanResult): (readonly [string, string])[] =>
  result.findings
    .filter((f) => f.status === 'FAIL')
    .map((f) => [f.ruleId, f.resource.id] as const)
    .sort();

let sandbox: CliSandbox;
beforeEach(() => {
  sandbox = cliSandbox();
});
afterEach(() => sandbox.cleanup());

describe('cspm scan --provider azure (mocked tenant, two subscriptions)', () => {
  it('yields exactly the seeded misconfigurations, with the tenant and both subscriptions in scope', async () => {
    const azure = mockTenant();
    const run = await sandbox.run(['scan', '--provider', 'azure', '--format', 'json', '--no-store'], { azureClientFactory: factory(azure) });
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(fails(result)).toEqual([...SEEDED].sort());
    expect(result.findings.filter((f) => f.status === 'ERROR')).toEqual([]);
    expect(result.scan.scopes).toEqual([
      { provider: 'azure', account: TENANT, displayName: 'Contoso', principal: 'scanner@contoso.com', regions: ['global'] },
      { provider: 'azure', account: PROD, displayName: 'Production', principal: 'scanner@contoso.com', regions: ['global', 'northeurope', 'westeurope'] },
      { provider: 'azure', account: DEV, displayName: 'Development', principal: 'scanner@contoso.com', regions: ['global', 'westeurope'] },
    ]);
    // Every request the collectors made had a documented answer: nothing was silently 404.
    expect(azure.unmatched).toEqual([]);
    // Both subscriptions were collected and every Azure check ran on something.
    expect(new Set(result.findings.map((f) => f.resource.account))).toEqual(new Set([TENANT, PROD, DEV]));
  });

  it('turns a 403 on one resource provider into ERROR for its checks in that subscription and exit 3, never PASS', async () => {
    const azure = mockTenant({ denyProvider: 'Microsoft.Storage' });
    const run = await sandbox.run(['scan', '--provider', 'azure', '--format', 'json', '--no-store'], { azureClientFactory: factory(azure) });
    expect(run.code).toBe(3);
    const result = JSON.parse(run.stdout) as ScanResult;
    const storageInProd = result.findings.filter((f) => f.ruleId.startsWith('azure-storage-') && f.resource.account === PROD);
    expect(storageInProd.length).toBeGreaterThan(15);
    expect(new Set(storageInProd.map((f) => f.status))).toEqual(new Set(['ERROR']));
    expect(result.errors).toEqual([
      expect.objectContaining({
        provider: 'azure',
        collector: 'storage',
        account: PROD,
        action: 'Microsoft.Storage/storageAccounts/read',
        code: 'AccessDenied',
      }),
    ]);
    // The other subscription's storage and the other services are still assessed.
    expect(fails(result)).toContainEqual(['azure-storage-account-minimum-tls-1-2', expect.stringContaining(`/subscriptions/${DEV}/`)]);
    expect(fails(result)).toContainEqual(['azure-keyvault-vault-purge-protection-enabled', expect.stringContaining(`/subscriptions/${PROD}/`)]);
    expect(result.scan.complete).toBe(false);
  });

  it('scans only the --subscription given, by id or by name', async () => {
    const byId = await sandbox.run(['scan', '--provider', 'azure', '--subscription', DEV, '--format', 'json', '--no-store', '--checks', 'azure-storage-*'], {
      azureClientFactory: factory(mockTenant()),
    });
    expect(byId.code).toBe(0);
    const result = JSON.parse(byId.stdout) as ScanResult;
    expect(result.scan.scopes.map((s) => s.account)).toEqual([TENANT, DEV]);
    expect(fails(result)).toEqual([
      ['azure-storage-account-minimum-tls-1-2', `/subscriptions/${DEV}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stdevdata`],
    ]);

    const byName = await sandbox.run(
      ['scan', '--provider', 'azure', '--subscription', 'Production', '--format', 'json', '--no-store', '--checks', 'azure-storage-*'],
      {
        azureClientFactory: factory(mockTenant()),
      },
    );
    expect((JSON.parse(byName.stdout) as ScanResult).scan.scopes.map((s) => s.account)).toEqual([TENANT, PROD]);
  });

  it('collect then scan --input reproduces the live findings exactly', async () => {
    const live = await sandbox.run(['scan', '--provider', 'azure', '--format', 'json', '--no-store'], { azureClientFactory: factory(mockTenant()) });
    const collect = await sandbox.run(['collect', '--provider', 'azure', '--output', 'azure.json'], { azureClientFactory: factory(mockTenant()) });
    expect(collect.code).toBe(0);
    expect(readFileSync(join(sandbox.dir, 'azure.json'), 'utf8')).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
    const replay = await sandbox.run(['scan', '--format', 'json', '--no-store', '--input', 'azure.json']);
    const key = (r: ScanResult) => r.findings.map((f) => [f.ruleId, f.resource.id, f.status, f.message, f.fingerprint]);
    expect(key(JSON.parse(replay.stdout) as ScanResult)).toEqual(key(JSON.parse(live.stdout) as ScanResult));
    expect(replay.code).toBe(live.code);
  });

  it('refuses to scan without a login or without a readable subscription: one line, exit 2', async () => {
    const noLogin = await sandbox.run(['scan', '--provider', 'azure', '--no-store'], { azureClientFactory: factory(mockTenant(), noLoginCredential()) });
    expect(noLogin.code).toBe(2);
    expect(noLogin.stderr).toMatch(
      /^cspm: error: no usable Azure login \(DefaultAzureCredential failed to retrieve a token from the included credentials\.\); run 'az login'/,
    );
    expect(noLogin.stderr.trim().split('\n')).toHaveLength(1);

    const empty = new FakeAzure().list('/subscriptions', []);
    const none = await sandbox.run(['scan', '--provider', 'azure', '--no-store'], { azureClientFactory: factory(empty) });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'cspm: error: no Azure subscription is readable by scanner@contoso.com; grant it Reader on a subscription, or pick one with --subscription\n',
    );

    const unknown = await sandbox.run(['scan', '--provider', 'azure', '--no-store', '--subscription', '33333333-3333-4333-8333-333333333333'], {
      azureClientFactory: factory(mockTenant()),
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'cspm: error: Azure subscription 33333333-3333-4333-8333-333333333333 does not exist or is not readable by scanner@contoso.com\n',
    );
  });

  it('rejects Azure flags where they make no sense', async () => {
    const withoutProvider = await sandbox.run(['scan', '--no-store', '--subscription', DEV]);
    expect(withoutProvider.code).toBe(2);
    expect(withoutProvider.stderr).toBe('cspm: error: --subscription and --tenant need --provider azure or --provider all\n');
    const withDemo = await sandbox.run(['scan', '--no-store', '--demo', '--provider', 'azure']);
    expect(withDemo.code).toBe(2);
    const badProvider = await sandbox.run(['scan', '--no-store', '--provider', 'gcp']);
    expect(badProvider.code).toBe(2);
    const awsFlag = await sandbox.run(['scan', '--no-store', '--provider', 'azure', '--profile', 'prod']);
    expect(awsFlag.code).toBe(2);
    expect(awsFlag.stderr).toBe('cspm: error: AWS flags (--profile, --region, --regions, --role-arn, ...) need --provider aws or --provider all\n');
  });
});
