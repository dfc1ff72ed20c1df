/**
 * Tenant-level ARM settings (run once per tenant): who may move subscriptions into or out of the
 * tenant, and the Microsoft Entra (aadiam) diagnostic settings. Both are plain ARM REST: no Node
 * SDK covers them.
 */
import { makeResource } from '../../../inventory/builders/resource.js';
import type { Resource } from '../../../resources/index.js';
import { list, nul, toLogSetting, type RawDiagnosticSetting } from '../arm.js';
import { call, listAll, unitDone, type AzureCollector } from '../context.js';

const ID = 'tenant';
const SUBSCRIPTION_POLICY_API = '2021-10-01';
const AADIAM_API = '2017-04-01-preview';
export const TENANT_ACTIONS = {
  subscriptionPolicy: 'Microsoft.Subscription/policies/read',
  entraDiagnostics: 'microsoft.aadiam/diagnosticSettings/read',
} as const;

export interface RawSubscriptionPolicy {
  readonly id?: string;
  readonly properties?: {
    readonly blockSubscriptionsLeavingTenant?: boolean;
    readonly blockSubscriptionsIntoTenant?: boolean;
    readonly exemptedPrincipals?: readonly string[];
  };
}

export function toSubscriptionTenantPolicy(tenantId: string, raw: RawSubscriptionPolicy | null): Resource<'azure.subscription.tenant-policy'> {
  const p = raw?.properties;
  return makeResource(
    'azure.subscription.tenant-policy',
    { id: `/tenants/${tenantId}/providers/Microsoft.Subscription/policies/default`, name: 'default', account: tenantId, region: 'global' },
    {
      // Never set means the defaults: nothing blocked.
      blockSubscriptionsLeavingTenant: raw === null ? false : nul(p?.blockSubscriptionsLeavingTenant),
      blockSubscriptionsIntoTenant: raw === null ? false : nul(p?.blockSubscriptionsIntoTenant),
      exemptedPrincipals: list(p?.exemptedPrincipals),
    },
  );
}

export function toEntraDiagnosticSetting(tenantId: string, raw: RawDiagnosticSetting): Resource<'azure.monitor.entra-diagnostic-setting'> {
  const id = raw.id ?? '';
  const p = raw.properties ?? {};
  return makeResource(
    'azure.monitor.entra-diagnostic-setting',
    { id, name: raw.name ?? id, account: tenantId, region: 'global' },
    {
      storageAccountId: nul(p.storageAccountId),
      workspaceId: nul(p.workspaceId),
      eventHubAuthorizationRuleId: nul(p.eventHubAuthorizationRuleId),
      eventHubName: nul(p.eventHubName),
      logs: list(p.logs).map(toLogSetting),
    },
  );
}

export const tenantCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'tenant',
  resourceTypes: ['azure.subscription.tenant-policy', 'azure.monitor.entra-diagnostic-setting'],
  permissions: Object.values(TENANT_ACTIONS),
  async collect(ctx) {
    const arm = ctx.clients.arm;
    const [policy, settings] = await Promise.all([
      call(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.subscription.tenant-policy'] }, TENANT_ACTIONS.subscriptionPolicy, () =>
        arm.get<RawSubscriptionPolicy>('/providers/Microsoft.Subscription/policies/default', {
          query: { 'api-version': SUBSCRIPTION_POLICY_API },
          abortSignal: ctx.signal,
        }),
      ),
      listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.monitor.entra-diagnostic-setting'] }, TENANT_ACTIONS.entraDiagnostics, () =>
        arm.list<RawDiagnosticSetting>('/providers/microsoft.aadiam/diagnosticSettings', { query: { 'api-version': AADIAM_API }, abortSignal: ctx.signal }),
      ),
    ]);
    if (policy.ok || policy.absent) ctx.sink.resource(toSubscriptionTenantPolicy(ctx.account, policy.ok ? policy.value : null));
    for (const s of settings ?? []) ctx.sink.resource(toEntraDiagnosticSetting(ctx.account, s));
    unitDone(ctx, ID);
  },
};
