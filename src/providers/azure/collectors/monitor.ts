/**
 * Azure Monitor through its REST API (the Node-20 SDK pins api-versions without category groups or
 * anyOf conditions): the subscription's Activity Log diagnostic settings, activity log alerts and
 * legacy log profiles.
 */
import { makeResource } from '../../../inventory/builders/resource.js';
import type { ActivityLogAlertCondition, ActivityLogAlertLeafCondition } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, list, nul, toLogSetting, type RawDiagnosticSetting } from '../arm.js';
import { listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';
import { DIAGNOSTIC_SETTINGS_API, DIAGNOSTIC_SETTINGS_READ } from './diagnostics.js';

const ID = 'monitor';
const ALERTS_API = '2020-10-01';
const LOG_PROFILES_API = '2016-03-01';
const ALERTS_READ = 'Microsoft.Insights/ActivityLogAlerts/Read';
const LOG_PROFILES_READ = 'Microsoft.Insights/LogProfiles/Read';

interface RawLeaf {
  readonly field?: string | null;
  readonly equals?: string | null;
  readonly containsAny?: readonly string[] | null;
}

/** Activity Log Alerts - List By Subscription Id, api-version 2020-10-01. */
export interface RawActivityLogAlert {
  readonly id?: string;
  readonly name?: string;
  readonly location?: string;
  readonly tags?: Record<string, string> | null;
  readonly properties?: {
    readonly scopes?: readonly string[];
    readonly condition?: { readonly allOf?: readonly (RawLeaf & { readonly anyOf?: readonly RawLeaf[] | null })[] };
    readonly actions?: { readonly actionGroups?: readonly { readonly actionGroupId?: string }[] | null };
    readonly enabled?: boolean;
    readonly description?: string | null;
  };
}

/** Log Profiles - List, api-version 2016-03-01. */
export interface RawLogProfile {
  readonly id?: string;
  readonly name?: string;
  readonly properties?: {
    readonly storageAccountId?: string | null;
    readonly serviceBusRuleId?: string | null;
    readonly locations?: readonly string[];
    readonly categories?: readonly string[];
    readonly retentionPolicy?: { readonly enabled?: boolean; readonly days?: number };
  };
}

function toLeaf(raw: RawLeaf): ActivityLogAlertLeafCondition {
  return { field: nul(raw.field), equals: nul(raw.equals), containsAny: list(raw.containsAny) };
}

export function toAlertCondition(raw: RawLeaf & { readonly anyOf?: readonly RawLeaf[] | null }): ActivityLogAlertCondition {
  return { ...toLeaf(raw), anyOf: list(raw.anyOf).map(toLeaf) };
}

export function toActivityLogAlert(subscriptionId: string, raw: RawActivityLogAlert): Resource<'azure.monitor.activity-log-alert'> {
  const p = raw.properties ?? {};
  return makeResource('azure.monitor.activity-log-alert', armPlacement(subscriptionId, raw), {
    // enabled defaults to true in the API when omitted.
    enabled: p.enabled !== false,
    scopes: list(p.scopes),
    conditions: list(p.condition?.allOf).map(toAlertCondition),
    actionGroupIds: list(p.actions?.actionGroups).flatMap((g) => (g.actionGroupId === undefined ? [] : [g.actionGroupId])),
    description: nul(p.description),
  });
}

export function toSubscriptionDiagnosticSetting(subscriptionId: string, raw: RawDiagnosticSetting): Resource<'azure.monitor.subscription-diagnostic-setting'> {
  const id = raw.id ?? '';
  const p = raw.properties ?? {};
  return makeResource(
    'azure.monitor.subscription-diagnostic-setting',
    { id, name: raw.name ?? id, account: subscriptionId, region: 'global' },
    {
      storageAccountId: nul(p.storageAccountId),
      workspaceId: nul(p.workspaceId),
      eventHubAuthorizationRuleId: nul(p.eventHubAuthorizationRuleId),
      eventHubName: nul(p.eventHubName),
      marketplacePartnerId: nul(p.marketplacePartnerId),
      logs: list(p.logs).map(toLogSetting),
    },
  );
}

export function toLogProfile(subscriptionId: string, raw: RawLogProfile): Resource<'azure.monitor.log-profile'> {
  const id = raw.id ?? '';
  const p = raw.properties ?? {};
  return makeResource(
    'azure.monitor.log-profile',
    { id, name: raw.name ?? id, account: subscriptionId, region: 'global' },
    {
      storageAccountId: nul(p.storageAccountId),
      serviceBusRuleId: nul(p.serviceBusRuleId),
      locations: list(p.locations),
      categories: list(p.categories),
      retentionEnabled: p.retentionPolicy?.enabled === true,
      retentionDays: p.retentionPolicy?.days ?? null,
    },
  );
}

export const monitorCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.monitor.subscription-diagnostic-setting', 'azure.monitor.activity-log-alert', 'azure.monitor.log-profile'],
  permissions: [DIAGNOSTIC_SETTINGS_READ, ALERTS_READ, LOG_PROFILES_READ],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const arm = ctx.clients.arm;
    const scope = (type: 'azure.monitor.subscription-diagnostic-setting' | 'azure.monitor.activity-log-alert' | 'azure.monitor.log-profile') =>
      ({ collector: ID, region: 'global', resourceTypes: [type] }) as const;
    const [settings, alerts, profiles] = await Promise.all([
      listAll(ctx, scope('azure.monitor.subscription-diagnostic-setting'), DIAGNOSTIC_SETTINGS_READ, () =>
        arm.list<RawDiagnosticSetting>(`/subscriptions/${sub}/providers/Microsoft.Insights/diagnosticSettings`, {
          query: { 'api-version': DIAGNOSTIC_SETTINGS_API },
          abortSignal: ctx.signal,
        }),
      ),
      listAll(ctx, scope('azure.monitor.activity-log-alert'), ALERTS_READ, () =>
        arm.list<RawActivityLogAlert>(`/subscriptions/${sub}/providers/Microsoft.Insights/activityLogAlerts`, {
          query: { 'api-version': ALERTS_API },
          abortSignal: ctx.signal,
        }),
      ),
      listAll(ctx, scope('azure.monitor.log-profile'), LOG_PROFILES_READ, () =>
        arm.list<RawLogProfile>(`/subscriptions/${sub}/providers/Microsoft.Insights/logprofiles`, {
          query: { 'api-version': LOG_PROFILES_API },
          abortSignal: ctx.signal,
        }),
      ),
    ]);
    for (const s of settings ?? []) ctx.sink.resource(toSubscriptionDiagnosticSetting(sub, s));
    for (const a of alerts ?? []) ctx.sink.resource(toActivityLogAlert(sub, a));
    for (const p of profiles ?? []) ctx.sink.resource(toLogProfile(sub, p));
    unitDone(ctx, ID);
  },
};
