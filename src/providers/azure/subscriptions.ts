/**
 * Who is scanning and what: verify the credential (DefaultAzureCredential or an injected one),
 * read the principal and tenant from the ARM token's claims (never printing the token), and
 * resolve the subscriptions to scan: the --subscription values (ids or display names), or every
 * subscription the principal can read. No login and no readable subscription are usage problems:
 * one clear line, exit 2.
 */
import type { Subscription } from '@azure/arm-resources-subscriptions';
import { CredentialsError } from '../../core/errors.js';
import { ARM_ENDPOINT, type AzureClients } from './clients.js';
import type { AzureSubscriptionInfo } from './context.js';
import { isCredentialError, normaliseAzureError, statusOf } from './errors.js';

export interface AzureIdentity {
  /** The tenant the token was issued by (tid claim). */
  readonly tenantId: string;
  /** upn / unique_name for users, `app:<appid>` for service principals and managed identities, else the object id. */
  readonly principal: string | null;
}

/** States whose subscriptions are scanned; Disabled and Deleted ones are read-only or gone. */
const SCANNABLE_STATES = new Set(['Enabled', 'Warned', 'PastDue']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The claims of a JWT payload; null when the token is not a JWT (opaque test tokens). */
export function tokenClaims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const json: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function principalOf(claims: Record<string, unknown> | null): string | null {
  if (claims === null) return null;
  const text = (key: string): string | null => {
    const value = claims[key];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  const user = text('upn') ?? text('unique_name') ?? text('preferred_username');
  if (user !== null) return user;
  const app = text('appid') ?? text('azp');
  return app !== null ? `app:${app}` : text('oid');
}

/** First line of an identity error: DefaultAzureCredential's aggregate message lists every source tried. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((l) => l.trim() !== '') ?? text).trim().slice(0, 300);
}

/** Gets an ARM token once: proves there is a login and names the tenant and principal. */
export async function signIn(clients: AzureClients, tenantOption: string | undefined, signal?: AbortSignal): Promise<AzureIdentity> {
  let token;
  try {
    token = await clients.credential.getToken(`${ARM_ENDPOINT}/.default`, signal ? { abortSignal: signal } : {});
  } catch (error) {
    const reason = firstLine(error);
    throw new CredentialsError(
      isCredentialError(error)
        ? `no usable Azure login (${reason}); run 'az login', or set AZURE_CLIENT_ID with AZURE_TENANT_ID and a secret, certificate or workload identity`
        : `could not get an Azure token: ${reason}`,
      { cause: error },
    );
  }
  if (token === null) throw new CredentialsError("no usable Azure login; run 'az login' or set the AZURE_* environment variables");
  const claims = tokenClaims(token.token);
  const tid = typeof claims?.['tid'] === 'string' ? claims['tid'] : undefined;
  const tenantId = tenantOption ?? tid;
  if (tenantId === undefined) throw new CredentialsError('cannot tell which Entra tenant the Azure login belongs to; pass --tenant <tenant-id>');
  return { tenantId, principal: principalOf(claims) };
}

export function toSubscriptionInfo(raw: Subscription, fallbackTenant: string): AzureSubscriptionInfo {
  return {
    subscriptionId: raw.subscriptionId ?? '',
    displayName: raw.displayName ?? raw.subscriptionId ?? '',
    tenantId: raw.tenantId ?? fallbackTenant,
    state: raw.state ?? 'Enabled',
    quotaId: raw.subscriptionPolicies?.quotaId ?? null,
    spendingLimit: raw.subscriptionPolicies?.spendingLimit ?? null,
    authorizationSource: raw.authorizationSource ?? null,
    managedByTenantIds: (raw.managedByTenants ?? []).flatMap((t) => (t.tenantId === undefined ? [] : [t.tenantId])),
  };
}

async function listReadable(clients: AzureClients, identity: AzureIdentity, signal?: AbortSignal): Promise<AzureSubscriptionInfo[]> {
  const client = await clients.subscriptions();
  const found: AzureSubscriptionInfo[] = [];
  try {
    for await (const raw of client.subscriptions.list(signal ? { abortSignal: signal } : {})) found.push(toSubscriptionInfo(raw, identity.tenantId));
  } catch (error) {
    const { code, message } = normaliseAzureError(error);
    throw new CredentialsError(`cannot list the Azure subscriptions of ${identity.principal ?? 'this login'}: ${code}: ${message}`, { cause: error });
  }
  return found;
}

/**
 * The subscriptions to scan, sorted by id. `requested` holds ids or display names (--subscription,
 * repeatable); empty means every readable subscription in a scannable state (of --tenant, when given).
 */
export async function resolveSubscriptions(
  clients: AzureClients,
  identity: AzureIdentity,
  requested: readonly string[],
  tenantOption: string | undefined,
  signal?: AbortSignal,
): Promise<AzureSubscriptionInfo[]> {
  const who = identity.principal ?? 'this login';
  const selected: AzureSubscriptionInfo[] = [];
  if (requested.length === 0) {
    const readable = await listReadable(clients, identity, signal);
    selected.push(...readable.filter((s) => SCANNABLE_STATES.has(s.state) && (tenantOption === undefined || s.tenantId === tenantOption)));
    if (selected.length === 0)
      throw new CredentialsError(
        `no Azure subscription is readable by ${who}${tenantOption === undefined ? '' : ` in tenant ${tenantOption}`}` +
          (readable.length > 0 ? ` (found ${readable.length}, none enabled)` : '') +
          '; grant it Reader on a subscription, or pick one with --subscription',
      );
  } else {
    const byName = requested.some((r) => !GUID.test(r)) ? await listReadable(clients, identity, signal) : [];
    const client = await clients.subscriptions();
    for (const wanted of new Set(requested)) {
      if (!GUID.test(wanted)) {
        const matches = byName.filter((s) => s.displayName.toLowerCase() === wanted.toLowerCase());
        if (matches.length !== 1)
          throw new CredentialsError(
            matches.length === 0
              ? `no readable Azure subscription is named '${wanted}'`
              : `${matches.length} Azure subscriptions are named '${wanted}'; use the subscription id`,
          );
        selected.push(...matches);
        continue;
      }
      try {
        selected.push(toSubscriptionInfo(await client.subscriptions.get(wanted, signal ? { abortSignal: signal } : {}), identity.tenantId));
      } catch (error) {
        const { code } = normaliseAzureError(error);
        const status = statusOf(error);
        throw new CredentialsError(
          status === 404 || code === 'SubscriptionNotFound' || code === 'AccessDenied'
            ? `Azure subscription ${wanted} does not exist or is not readable by ${who}`
            : `cannot read Azure subscription ${wanted}: ${code}: ${firstLine(error)}`,
          { cause: error },
        );
      }
    }
  }
  const unique = new Map(selected.map((s) => [s.subscriptionId.toLowerCase(), s]));
  return [...unique.values()].sort((a, b) => a.subscriptionId.localeCompare(b.subscriptionId));
}
