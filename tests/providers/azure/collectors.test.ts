/**
 * Every Azure collector alone against the mocked tenant (plus one resource of every other kind),
 * through the real SDKs and REST client over the fake HTTP seam: every page read (page size 1
 * gives the same inventory as one page), every declared type produced, only documented requests
 * made; a 403 on everything recorded as AccessDenied with a declared action and never thrown; 429
 * with Retry-After retried to the same inventory; and the specific degradations (exhausted
 * throttling, unregistered provider, hydration and licence failures) as scoped errors.
 */
import { describe, expect, it } from '@jest/globals';
import { getMaxListeners } from 'node:events';
import { createLogger } from '../../../src/core/logger.js';
import type { InventoryData } from '../../../src/inventory/types.js';
import { validateInventory } from '../../../src/inventory/snapshot.js';
import { azureCollectors } from '../../../src/providers/azure/collectors/index.js';
import type { AzureCollector } from '../../../src/providers/azure/context.js';
import { collectAzureInventory } from '../../../src/providers/azure/provider.js';
import type { RetrySettings } from '../../../src/providers/azure/rest.js';
import type { AnyResource } from '../../../src/resources/index.js';
import { addEveryResourceType } from '../../fixtures/azure/every-type.js';
import { mockTenant, PROD, TENANT } from '../../fixtures/azure/mock-tenant.js';
import { armError, fakeCredential, type FakeAzure } from '../../support/azure-http.js';

const FAST: RetrySettings = { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 2 };
const quiet = createLogger({ write: () => undefined }, { level: 'error' });

function tenant(pageSize?: number): FakeAzure {
  const azure = mockTenant(pageSize === undefined ? {} : { pageSize });
  addEveryResourceType(azure, PROD);
  return azure;
}

function collect(azure: FakeAzure, collectors: readonly AzureCollector[], retry: RetrySettings = FAST): Promise<InventoryData> {
  return collectAzureInventory({
    subscriptions: [PROD],
    now: () => new Date('2026-11-01T09:00:00.000Z'),
    logger: quiet,
    credential: fakeCredential(TENANT),
    httpClient: azure,
    retry,
    collectors,
  });
}

const ids = (data: InventoryData): string[] => data.resources.map((r) => r.id).sort();
const ofTypes = (data: InventoryData, collector: AzureCollector): AnyResource[] =>
  data.resources.filter((r) => (collector.resourceTypes as readonly string[]).includes(r.type));

/** The actions a collector may name in its errors: its RBAC actions, data actions and Graph calls. */
function declared(collector: AzureCollector, action: string): boolean {
  if (collector.permissions.includes(action) || (collector.dataActions ?? []).includes(action)) return true;
  const graph = /^Graph (?:beta )?GET \S+(?: \w+)? \(([\w.]+)\)$/.exec(action);
  return graph !== null && (collector.graphPermissions ?? []).includes(graph[1] ?? '');
}

describe.each(azureCollectors.map((c) => [c.id, c] as const))('Azure collector %s', (_id, collector) => {
  it('reads every page, produces every declared type and makes only documented requests', async () => {
    const azure = tenant(1);
    const paged = await collect(azure, [collector]);
    expect(paged.errors).toEqual([]);
    expect(azure.unmatched).toEqual([]);
    expect(new Set(ofTypes(paged, collector).map((r) => r.type))).toEqual(new Set(collector.resourceTypes));
    // One page or many, the same inventory.
    expect(ids(await collect(tenant(), [collector]))).toEqual(ids(paged));
    // What it writes is what `cspm scan --input` accepts.
    expect(() => validateInventory(JSON.parse(JSON.stringify(paged)) as unknown, collector.id)).not.toThrow();
  });

  it('records a 403 on every call as AccessDenied with a declared action, scoped to its own types, and never throws', async () => {
    const azure = tenant();
    // Sign-in and subscription discovery still work; everything the collector asks for is refused.
    azure.intercept(
      (host, path) => !(host === 'management.azure.com' && (path === '/subscriptions' || path === `/subscriptions/${PROD}`)),
      (_request, url) => armError(403, url.host.startsWith('graph.') ? 'Authorization_RequestDenied' : 'AuthorizationFailed', 'denied by the test'),
    );
    const data = await collect(azure, [collector]);
    expect(data.errors.length).toBeGreaterThan(0);
    expect(new Set(data.errors.map((e) => e.code))).toEqual(new Set(['AccessDenied']));
    expect(data.errors.filter((e) => !declared(collector, e.action)).map((e) => e.action)).toEqual([]);
    expect(data.errors.every((e) => e.resourceTypes.every((t) => (collector.resourceTypes as readonly string[]).includes(t)))).toBe(true);
    // Nothing half-read is passed off as data, except the tenant every tenant-level rule hangs off.
    expect(ofTypes(data, collector).filter((r) => r.type !== 'azure.entra.tenant')).toEqual([]);
  });

  it('retries 429 answers after their Retry-After and ends with the same inventory', async () => {
    const azure = tenant();
    azure.throttleEveryPathOnce();
    const data = await collect(azure, [collector]);
    expect(data.errors).toEqual([]);
    expect(ids(data)).toEqual(ids(await collect(tenant(), [collector])));
  });
});

describe('Azure collection and the scan signal', () => {
  it('lets every request in flight listen on the scan signal without a "possible memory leak" warning', async () => {
    const controller = new AbortController();
    await collectAzureInventory({
      subscriptions: [PROD],
      now: () => new Date('2026-11-01T09:00:00.000Z'),
      logger: quiet,
      credential: fakeCredential(TENANT),
      httpClient: tenant(),
      retry: FAST,
      collectors: [],
      concurrency: 16,
      signal: controller.signal,
    });
    // HTTP client, retry delay and abort wrapper each listen while a request waits: 4 per request.
    expect(getMaxListeners(controller.signal)).toBe(64);
  });
});

const find = (data: InventoryData, type: string, name: string): AnyResource | undefined => data.resources.find((r) => r.type === type && r.name === name);
const byId = (id: string): AzureCollector => {
  const collector = azureCollectors.find((c) => c.id === id);
  if (!collector) throw new Error(`no collector ${id}`);
  return collector;
};

describe('Azure collection degrades to scoped errors', () => {
  it('records throttling that outlasts the retries as Throttling on the listing', async () => {
    const azure = tenant().throttle(`/subscriptions/${PROD}/providers/Microsoft.Storage/storageAccounts`, 10);
    const data = await collect(azure, [byId('storage')], { maxRetries: 1, retryDelayInMs: 1, maxRetryDelayInMs: 2 });
    expect(data.errors).toEqual([
      expect.objectContaining({
        collector: 'storage',
        account: PROD,
        region: 'global',
        action: 'Microsoft.Storage/storageAccounts/read',
        code: 'Throttling',
        resourceId: null,
      }),
    ]);
    expect(data.resources.filter((r) => r.type === 'azure.storage.account')).toEqual([]);
  });

  it('treats an unregistered resource provider as holding nothing, not as a failure', async () => {
    const azure = tenant().json(
      `/subscriptions/${PROD}/providers/Microsoft.Databricks/workspaces`,
      { error: { code: 'MissingSubscriptionRegistration', message: "The subscription is not registered to use namespace 'Microsoft.Databricks'." } },
      409,
    );
    const data = await collect(azure, [byId('databricks')]);
    expect(data.errors).toEqual([]);
    expect(data.resources.filter((r) => r.type === 'azure.databricks.workspace')).toEqual([]);
  });

  it('keeps a key vault whose keys cannot be listed, with only its keys unknown', async () => {
    const vault = `/subscriptions/${PROD}/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-prod`;
    const azure = tenant().deny(`${vault}/keys`, 'Microsoft.KeyVault/vaults/keys/read');
    const data = await collect(azure, [byId('keyvault')]);
    expect(data.errors).toEqual([
      expect.objectContaining({
        action: 'Microsoft.KeyVault/vaults/keys/read',
        code: 'AccessDenied',
        region: 'westeurope',
        resourceId: vault,
        properties: ['keys'],
      }),
    ]);
    const kv = find(data, 'azure.keyvault.vault', 'kv-prod');
    expect(kv?.type === 'azure.keyvault.vault' && kv.properties.keys).toBeNull();
    expect(kv?.type === 'azure.keyvault.vault' && kv.properties.secrets?.map((s) => s.name)).toEqual(['db-password']);
    expect(kv?.type === 'azure.keyvault.vault' && kv.properties.certificates?.map((c) => [c.name, c.validityInMonths])).toEqual([['tls', 12]]);
  });

  it('collects users without sign-in activity when the tenant has no premium licence, marking that property unknown per user', async () => {
    const azure = tenant().route('https://graph.microsoft.com/v1.0/users', (_request, url) =>
      (url.searchParams.get('$select') ?? '').includes('signInActivity')
        ? armError(403, 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', "Neither tenant is B2C or tenant doesn't have premium license")
        : { status: 200, body: { value: [{ id: 'u-alice', userPrincipalName: 'alice@contoso.com', userType: 'Member', accountEnabled: true }] } },
    );
    const data = await collect(azure, [byId('entra')]);
    const alice = find(data, 'azure.entra.user', 'alice@contoso.com');
    expect(
      alice?.type === 'azure.entra.user' && [
        alice.properties.lastSignInDateTime,
        alice.properties.mfaRegistration?.isMfaRegistered,
        alice.properties.perUserMfaState,
      ],
    ).toEqual([null, true, 'enforced']);
    expect(data.errors).toEqual([
      expect.objectContaining({ code: 'AccessDenied', account: TENANT, resourceId: `/tenants/${TENANT}/users/u-alice`, properties: ['lastSignInDateTime'] }),
    ]);
  });

  it('marks every user MFA registration unknown when the registration report cannot be read', async () => {
    const azure = tenant().deny('https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails', 'AuditLog.Read.All');
    const data = await collect(azure, [byId('entra')]);
    const users = data.resources.filter((r) => r.type === 'azure.entra.user');
    expect(users).toHaveLength(4);
    expect(data.errors.map((e) => [e.resourceId, e.properties, e.code])).toEqual(users.map((u) => [u.id, ['mfaRegistration'], 'AccessDenied']).sort());
  });

  it('gives role assignments inherited from a management group an id under each subscription', async () => {
    const azure = tenant().list(`/subscriptions/${PROD}/providers/Microsoft.Authorization/roleAssignments`, [
      {
        id: '/providers/Microsoft.Management/managementGroups/mg-root/providers/Microsoft.Authorization/roleAssignments/ra-mg',
        name: 'ra-mg',
        properties: {
          scope: '/providers/Microsoft.Management/managementGroups/mg-root',
          roleDefinitionId: `/subscriptions/${PROD}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
          principalId: 'g-platform',
          principalType: 'Group',
        },
      },
    ]);
    const data = await collect(azure, [byId('authorization')]);
    const assignment = data.resources.find((r) => r.type === 'azure.authorization.role-assignment');
    expect(assignment?.id).toBe(
      `/subscriptions/${PROD}/inherited/providers/Microsoft.Management/managementGroups/mg-root/providers/Microsoft.Authorization/roleAssignments/ra-mg`,
    );
    expect(assignment?.type === 'azure.authorization.role-assignment' && [assignment.properties.roleName, assignment.properties.scope]).toEqual([
      'Owner',
      '/providers/Microsoft.Management/managementGroups/mg-root',
    ]);
  });
});

describe('Azure permission declarations', () => {
  it.each(azureCollectors.map((c) => [c.id, c] as const))(
    '%s: every call it makes, refused on its own, is recorded under a declared action',
    async (_id, collector) => {
      const baseline = tenant();
      await collect(baseline, [collector]);
      const discovery = new Set([`GET management.azure.com/subscriptions/${PROD}`, 'GET management.azure.com/subscriptions']);
      const calls = [...new Set(baseline.requests)].filter((r) => !discovery.has(r));
      expect(calls.length).toBeGreaterThan(0);
      for (const call of calls) {
        const [, target = ''] = call.split(' ');
        const azure = tenant().intercept(
          (host, path) => `${host}${path}` === target.toLowerCase(),
          () => armError(403, 'AuthorizationFailed', `denied ${target}`),
        );
        const data = await collect(azure, [collector]);
        expect({ call, recorded: data.errors.length > 0 }).toEqual({ call, recorded: true });
        expect({ call, undeclared: data.errors.filter((e) => !declared(collector, e.action)).map((e) => e.action) }).toEqual({ call, undeclared: [] });
      }
    },
  );
});
