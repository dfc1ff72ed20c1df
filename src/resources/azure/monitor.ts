/** Azure Monitor (Microsoft.Insights, @azure/arm-monitor) and Application Insights (@azure/arm-appinsights). */
import type { DiagnosticLogSetting } from './common.js';

/**
 * A subscription-level (Activity Log) diagnostic setting (Subscription Diagnostic Settings - List,
 * `GET /subscriptions/{id}/providers/Microsoft.Insights/diagnosticSettings`, api-version 2021-05-01-preview).
 * CIS 6.1.1.1 (one exists), 6.1.1.2 (Administrative, Alert, Policy, Security enabled),
 * 6.1.1.3 (its storage account uses a CMK). region 'global'.
 */
export interface SubscriptionDiagnosticSetting {
  readonly storageAccountId: string | null;
  readonly workspaceId: string | null;
  readonly eventHubAuthorizationRuleId: string | null;
  readonly eventHubName: string | null;
  readonly marketplacePartnerId: string | null;
  /** properties.logs: categories 'Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'. */
  readonly logs: readonly DiagnosticLogSetting[];
}

/**
 * A Microsoft Entra diagnostic setting (`GET /providers/microsoft.aadiam/diagnosticSettings`,
 * api-version 2017-04-01-preview; needs a role at tenant root scope). CIS v6 6.1.1.7, 6.1.1.8 (manual):
 * log categories 'AuditLogs', 'SignInLogs', 'MicrosoftGraphActivityLogs', ... Tenant-level:
 * account = tenant id, region 'global'.
 */
export interface EntraDiagnosticSetting {
  readonly storageAccountId: string | null;
  readonly workspaceId: string | null;
  readonly eventHubAuthorizationRuleId: string | null;
  readonly eventHubName: string | null;
  readonly logs: readonly DiagnosticLogSetting[];
}

/** One leaf condition of an activity log alert (`condition.allOf[]`, or one of its `anyOf[]`). */
export interface ActivityLogAlertLeafCondition {
  /** e.g. 'category', 'operationName', 'resourceType', 'status', 'properties.incidentType'. */
  readonly field: string | null;
  readonly equals: string | null;
  readonly containsAny: readonly string[];
}

export interface ActivityLogAlertCondition extends ActivityLogAlertLeafCondition {
  /** anyOf: alternatives for this entry (newer alerts group operation names this way). */
  readonly anyOf: readonly ActivityLogAlertLeafCondition[];
}

/**
 * An activity log alert rule (Activity Log Alerts - List By Subscription Id,
 * `GET /subscriptions/{id}/providers/Microsoft.Insights/activityLogAlerts`, api-version 2020-10-01).
 * CIS 6.1.2.1-6.1.2.11: an enabled alert whose scopes cover the subscription, with
 * category 'Administrative' and operationName e.g. 'Microsoft.Network/networkSecurityGroups/write',
 * or category 'ServiceHealth'. region = location (normally 'global').
 */
export interface ActivityLogAlert {
  readonly enabled: boolean;
  /** properties.scopes: subscription, resource group or resource ids. */
  readonly scopes: readonly string[];
  /** properties.condition.allOf. */
  readonly conditions: readonly ActivityLogAlertCondition[];
  /** properties.actions.actionGroups[].actionGroupId. */
  readonly actionGroupIds: readonly string[];
  readonly description: string | null;
}

/**
 * A legacy log profile (Log Profiles - List, `GET /subscriptions/{id}/providers/Microsoft.Insights/logprofiles`,
 * api-version 2016-03-01; retired in favour of diagnostic settings). region 'global'.
 */
export interface LogProfile {
  readonly storageAccountId: string | null;
  readonly serviceBusRuleId: string | null;
  /** properties.locations ('global' included for global events). */
  readonly locations: readonly string[];
  /** properties.categories: 'Write' | 'Delete' | 'Action'. */
  readonly categories: readonly string[];
  /** retentionPolicy.enabled / days (0 = keep forever). */
  readonly retentionEnabled: boolean;
  readonly retentionDays: number | null;
}

/**
 * An Application Insights component (Components - List, `GET /subscriptions/{id}/providers/Microsoft.Insights/components`,
 * @azure/arm-appinsights). CIS 6.1.3.1 (Application Insights configured). region = location.
 */
export interface AppInsightsComponent {
  /** properties.Application_Type: 'web' | 'other'. */
  readonly applicationType: string | null;
  /** properties.WorkspaceResourceId: workspace-based components; null for classic. */
  readonly workspaceResourceId: string | null;
  /** properties.IngestionMode: 'ApplicationInsights' | 'LogAnalytics' | 'ApplicationInsightsWithDiagnosticSettings'. */
  readonly ingestionMode: string | null;
  readonly publicNetworkAccessForIngestion: string | null;
  readonly publicNetworkAccessForQuery: string | null;
  /** properties.DisableLocalAuth: true when only Entra authentication is accepted. */
  readonly disableLocalAuth: boolean | null;
  readonly retentionInDays: number | null;
}
