/**
 * The injectable Azure client factory. Every SDK is imported on first use (so a scan that never
 * reaches Databricks never loads @azure/arm-databricks, and `cspm --help` loads none), and every
 * client shares one pipeline setup: the scan's credential, retries that honour 429 Retry-After,
 * a per-attempt timeout and the scan-wide concurrency limiter. Tests and the benchmark inject an
 * HttpClient that serves documented ARM/Graph responses, so the real SDKs (paging, retries, error
 * deserialisation) run unchanged against fakes.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { ComputeManagementClient } from '@azure/arm-compute';
import type { AzureDatabricksManagementClient } from '@azure/arm-databricks';
import type { KeyVaultManagementClient } from '@azure/arm-keyvault';
import type { ManagementLockClient } from '@azure/arm-locks';
import type { NetworkManagementClient } from '@azure/arm-network';
import type { PolicyClient } from '@azure/arm-policy';
import type { ResourceManagementClient } from '@azure/arm-resources';
import type { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import type { SqlManagementClient } from '@azure/arm-sql';
import type { StorageManagementClient } from '@azure/arm-storage';
import type { WebSiteManagementClient } from '@azure/arm-appservice';
import { toolVersion } from '../../core/version.js';
import type { Limiter } from '../types.js';
import { createRestClient, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, pipelinePolicies, type RestClient, type RetrySettings } from './rest.js';

export const ARM_ENDPOINT = 'https://management.azure.com';
export const GRAPH_ENDPOINT = 'https://graph.microsoft.com';
export const KEYVAULT_SCOPE = 'https://vault.azure.net/.default';

/** Typed accessors for every client the collectors use. SDK accessors are async: they import the SDK on first use. */
export interface AzureClients {
  readonly credential: TokenCredential;
  /** ARM REST at management.azure.com (APIs read without an SDK). */
  readonly arm: RestClient;
  /** Microsoft Graph v1.0. */
  readonly graph: RestClient;
  /** Microsoft Graph beta (per-user MFA state). */
  readonly graphBeta: RestClient;
  /** The Key Vault data plane of one vault (`https://<name>.vault.azure.net/`). */
  keyVaultData(vaultUri: string): RestClient;
  subscriptions(): Promise<SubscriptionClient>;
  resources(subscriptionId: string): Promise<ResourceManagementClient>;
  locks(subscriptionId: string): Promise<ManagementLockClient>;
  policy(subscriptionId: string): Promise<PolicyClient>;
  authorization(subscriptionId: string): Promise<AuthorizationManagementClient>;
  storage(subscriptionId: string): Promise<StorageManagementClient>;
  compute(subscriptionId: string): Promise<ComputeManagementClient>;
  network(subscriptionId: string): Promise<NetworkManagementClient>;
  sql(subscriptionId: string): Promise<SqlManagementClient>;
  keyvault(subscriptionId: string): Promise<KeyVaultManagementClient>;
  databricks(subscriptionId: string): Promise<AzureDatabricksManagementClient>;
  appservice(subscriptionId: string): Promise<WebSiteManagementClient>;
}

export interface AzureClientSettings {
  /** The scan's credential; omitted: DefaultAzureCredential (loaded lazily) for `tenantId`. */
  readonly credential?: TokenCredential | undefined;
  /** --tenant: the tenant DefaultAzureCredential authenticates against. */
  readonly tenantId?: string | undefined;
  /** Replaces the HTTP transport of every client (tests, benchmark). */
  readonly httpClient?: HttpClient | undefined;
  /** Bounds concurrent HTTP attempts across every client. */
  readonly limiter?: Limiter | undefined;
  readonly retry?: RetrySettings | undefined;
  readonly timeoutMs?: number | undefined;
}

/** Builds the clients for one scan. Tests inject their own factory through CliDeps. */
export type AzureClientFactory = (settings: AzureClientSettings) => AzureClients;

/**
 * A TokenCredential that loads @azure/identity and builds DefaultAzureCredential on the first
 * token request: environment, workload identity, managed identity, Azure CLI, Azure Developer
 * CLI (and Azure PowerShell), in that order.
 */
export function lazyDefaultCredential(tenantId: string | undefined): TokenCredential {
  let credential: Promise<TokenCredential> | undefined;
  return {
    async getToken(scopes, options) {
      credential ??= importSerially(() => import('@azure/identity')).then(
        ({ DefaultAzureCredential }) => new DefaultAzureCredential(tenantId === undefined ? {} : { tenantId }),
      );
      return (await credential).getToken(scopes, options);
    },
  };
}

/**
 * SDK modules are imported one at a time. Evaluating a module is synchronous work either way, and
 * concurrent dynamic imports of packages sharing a dependency (@azure/core-lro) race in Jest's ESM
 * loader (ERR_VM_MODULE_LINK_FAILURE).
 */
let importQueue: Promise<unknown> = Promise.resolve();
function importSerially<T>(load: () => Promise<T>): Promise<T> {
  const next = importQueue.then(load, load);
  importQueue = next.catch(() => undefined);
  return next;
}

type SdkKey = 'resources' | 'locks' | 'policy' | 'authorization' | 'storage' | 'compute' | 'network' | 'sql' | 'keyvault' | 'databricks' | 'appservice';

/** The real factory: SDK modules are imported on first use, clients cached per subscription. */
export const createAzureClients: AzureClientFactory = (settings) => {
  const credential = settings.credential ?? lazyDefaultCredential(settings.tenantId);
  const retry = settings.retry ?? DEFAULT_RETRY;
  const sdkOptions = {
    ...(settings.httpClient ? { httpClient: settings.httpClient } : {}),
    retryOptions: retry,
    userAgentOptions: { userAgentPrefix: `cspm/${toolVersion()}` },
    additionalPolicies: pipelinePolicies({ limiter: settings.limiter, timeoutMs: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS }).map((policy) => ({
      policy,
      position: 'perRetry' as const,
    })),
  };
  const rest = (baseUrl: string, scopes: string): RestClient =>
    createRestClient({
      baseUrl,
      scopes,
      credential,
      httpClient: settings.httpClient,
      limiter: settings.limiter,
      retry,
      timeoutMs: settings.timeoutMs,
      userAgentPrefix: `cspm/${toolVersion()}`,
    });

  const cache = new Map<string, Promise<unknown>>();
  function cached<T>(key: string, make: () => Promise<T>): Promise<T> {
    let client = cache.get(key) as Promise<T> | undefined;
    if (client === undefined) {
      client = make();
      cache.set(key, client);
    }
    return client;
  }
  const sdk = <T>(key: SdkKey, subscriptionId: string, make: () => Promise<T>): Promise<T> => cached(`${key}\u0000${subscriptionId}`, make);
  const vaults = new Map<string, RestClient>();

  return {
    credential,
    arm: rest(ARM_ENDPOINT, `${ARM_ENDPOINT}/.default`),
    graph: rest(`${GRAPH_ENDPOINT}/v1.0`, `${GRAPH_ENDPOINT}/.default`),
    graphBeta: rest(`${GRAPH_ENDPOINT}/beta`, `${GRAPH_ENDPOINT}/.default`),
    keyVaultData(vaultUri) {
      let client = vaults.get(vaultUri);
      if (client === undefined) {
        client = rest(vaultUri, KEYVAULT_SCOPE);
        vaults.set(vaultUri, client);
      }
      return client;
    },
    subscriptions: () =>
      cached(
        'subscriptions',
        async () => new (await importSerially(() => import('@azure/arm-resources-subscriptions'))).SubscriptionClient(credential, sdkOptions),
      ),
    resources: (id) =>
      sdk('resources', id, async () => new (await importSerially(() => import('@azure/arm-resources'))).ResourceManagementClient(credential, id, sdkOptions)),
    locks: (id) => sdk('locks', id, async () => new (await importSerially(() => import('@azure/arm-locks'))).ManagementLockClient(credential, id, sdkOptions)),
    policy: (id) => sdk('policy', id, async () => new (await importSerially(() => import('@azure/arm-policy'))).PolicyClient(credential, id, sdkOptions)),
    authorization: (id) =>
      sdk(
        'authorization',
        id,
        async () => new (await importSerially(() => import('@azure/arm-authorization'))).AuthorizationManagementClient(credential, id, sdkOptions),
      ),
    storage: (id) =>
      sdk('storage', id, async () => new (await importSerially(() => import('@azure/arm-storage'))).StorageManagementClient(credential, id, sdkOptions)),
    compute: (id) =>
      sdk('compute', id, async () => new (await importSerially(() => import('@azure/arm-compute'))).ComputeManagementClient(credential, id, sdkOptions)),
    network: (id) =>
      sdk('network', id, async () => new (await importSerially(() => import('@azure/arm-network'))).NetworkManagementClient(credential, id, sdkOptions)),
    sql: (id) => sdk('sql', id, async () => new (await importSerially(() => import('@azure/arm-sql'))).SqlManagementClient(credential, id, sdkOptions)),
    keyvault: (id) =>
      sdk('keyvault', id, async () => new (await importSerially(() => import('@azure/arm-keyvault'))).KeyVaultManagementClient(credential, id, sdkOptions)),
    databricks: (id) =>
      sdk(
        'databricks',
        id,
        async () => new (await importSerially(() => import('@azure/arm-databricks'))).AzureDatabricksManagementClient(credential, id, sdkOptions),
      ),
    appservice: (id) =>
      sdk('appservice', id, async () => new (await importSerially(() => import('@azure/arm-appservice'))).WebSiteManagementClient(credential, id, sdkOptions)),
  };
};
