/**
 * Microsoft Defender for Cloud through its REST API (the Node-20 SDK pins pricings to 2022-03-01,
 * without plan extensions, and security contacts without attack-path notifications): plans,
 * security contacts, auto-provisioning, integration settings and assessments.
 */
import { makeResource } from '../../../inventory/builders/resource.js';
import type { Resource } from '../../../resources/index.js';
import { list, nul, splitList, truthy } from '../arm.js';
import { listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'defender';
const READ = {
  pricings: 'Microsoft.Security/pricings/read',
  contacts: 'Microsoft.Security/securityContacts/read',
  autoProvisioning: 'Microsoft.Security/autoProvisioningSettings/read',
  settings: 'Microsoft.Security/settings/read',
  assessments: 'Microsoft.Security/assessments/read',
} as const;
const API = {
  pricings: '2024-01-01',
  contacts: '2023-12-01-preview',
  autoProvisioning: '2017-08-01-preview',
  settings: '2022-05-01',
  assessments: '2021-06-01',
} as const;

export interface RawPricing {
  readonly id?: string;
  readonly name?: string;
  readonly properties?: {
    readonly pricingTier?: string;
    readonly subPlan?: string | null;
    readonly enablementTime?: string | null;
    readonly deprecated?: boolean | null;
    readonly extensions?: readonly { readonly name?: string; readonly isEnabled?: string | boolean }[] | null;
  };
}

export interface RawSecurityContact {
  readonly id?: string;
  readonly name?: string;
  readonly properties?: {
    readonly emails?: string | null;
    readonly phone?: string | null;
    readonly isEnabled?: boolean | null;
    readonly notificationsByRole?: { readonly state?: string; readonly roles?: readonly string[] } | null;
    readonly notificationsSources?: readonly { readonly sourceType?: string; readonly minimalSeverity?: string; readonly minimalRiskLevel?: string }[] | null;
    /** The pre-2023 shape. */
    readonly alertNotifications?: { readonly state?: string; readonly minimalSeverity?: string } | null;
  };
}

export interface RawNamedSetting {
  readonly id?: string;
  readonly name?: string;
  readonly kind?: string;
  readonly properties?: { readonly enabled?: boolean; readonly autoProvision?: string };
}

export interface RawAssessment {
  readonly id?: string;
  readonly name?: string;
  readonly properties?: {
    readonly displayName?: string;
    readonly resourceDetails?: { readonly Id?: string; readonly ResourceId?: string; readonly id?: string };
    readonly status?: { readonly code?: string; readonly cause?: string | null };
  };
}

export function toDefenderPlan(subscriptionId: string, raw: RawPricing): Resource<'azure.security.pricing'> {
  const id = raw.id ?? '';
  const name = raw.name ?? id;
  const p = raw.properties ?? {};
  return makeResource(
    'azure.security.pricing',
    { id, name, account: subscriptionId, region: 'global' },
    {
      name,
      pricingTier: p.pricingTier ?? 'Free',
      subPlan: nul(p.subPlan),
      enablementTime: nul(p.enablementTime),
      deprecated: p.deprecated === true,
      extensions: list(p.extensions).map((e) => ({ name: e.name ?? '', isEnabled: truthy(e.isEnabled) })),
    },
  );
}

export function toSecurityContact(subscriptionId: string, raw: RawSecurityContact): Resource<'azure.security.contact'> {
  const id = raw.id ?? '';
  const p = raw.properties ?? {};
  const sources = list(p.notificationsSources);
  const alert = sources.find((s) => s.sourceType === 'Alert');
  const attackPath = sources.find((s) => s.sourceType === 'AttackPath');
  const legacyAlert = p.alertNotifications?.state === 'On' ? (p.alertNotifications.minimalSeverity ?? null) : null;
  return makeResource(
    'azure.security.contact',
    { id, name: raw.name ?? id, account: subscriptionId, region: 'global' },
    {
      emails: splitList(p.emails),
      phone: nul(p.phone) === '' ? null : nul(p.phone),
      isEnabled: nul(p.isEnabled),
      notificationsByRoleState: p.notificationsByRole?.state ?? null,
      notificationsByRoleRoles: list(p.notificationsByRole?.roles),
      alertMinimalSeverity: alert?.minimalSeverity ?? legacyAlert,
      attackPathMinimalRiskLevel: attackPath?.minimalRiskLevel ?? null,
    },
  );
}

export function toAutoProvisioningSetting(subscriptionId: string, raw: RawNamedSetting): Resource<'azure.security.auto-provisioning-setting'> {
  const id = raw.id ?? '';
  return makeResource(
    'azure.security.auto-provisioning-setting',
    { id, name: raw.name ?? id, account: subscriptionId, region: 'global' },
    { autoProvision: raw.properties?.autoProvision ?? 'Off' },
  );
}

export function toDefenderSetting(subscriptionId: string, raw: RawNamedSetting): Resource<'azure.security.setting'> {
  const id = raw.id ?? '';
  return makeResource(
    'azure.security.setting',
    { id, name: raw.name ?? id, account: subscriptionId, region: 'global' },
    { kind: nul(raw.kind), enabled: raw.properties?.enabled === true },
  );
}

export function toAssessment(subscriptionId: string, raw: RawAssessment): Resource<'azure.security.assessment'> {
  const id = raw.id ?? '';
  const p = raw.properties ?? {};
  const details = p.resourceDetails;
  return makeResource(
    'azure.security.assessment',
    { id, name: p.displayName ?? raw.name ?? id, account: subscriptionId, region: 'global' },
    {
      assessmentKey: raw.name ?? '',
      displayName: p.displayName ?? raw.name ?? '',
      resourceId: details?.Id ?? details?.ResourceId ?? details?.id ?? null,
      statusCode: p.status?.code ?? 'Unknown',
      statusCause: nul(p.status?.cause),
    },
  );
}

export const defenderCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: [
    'azure.security.pricing',
    'azure.security.contact',
    'azure.security.auto-provisioning-setting',
    'azure.security.setting',
    'azure.security.assessment',
  ],
  permissions: Object.values(READ),
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const base = `/subscriptions/${sub}/providers/Microsoft.Security`;
    const get = <T>(kind: keyof typeof READ, path: string, type: (typeof defenderCollector.resourceTypes)[number]): Promise<T[] | null> =>
      listAll(ctx, { collector: ID, region: 'global', resourceTypes: [type] }, READ[kind], () =>
        ctx.clients.arm.list<T>(`${base}/${path}`, { query: { 'api-version': API[kind] }, abortSignal: ctx.signal }),
      );
    const [pricings, contacts, autoProvisioning, settings, assessments] = await Promise.all([
      get<RawPricing>('pricings', 'pricings', 'azure.security.pricing'),
      get<RawSecurityContact>('contacts', 'securityContacts', 'azure.security.contact'),
      get<RawNamedSetting>('autoProvisioning', 'autoProvisioningSettings', 'azure.security.auto-provisioning-setting'),
      get<RawNamedSetting>('settings', 'settings', 'azure.security.setting'),
      get<RawAssessment>('assessments', 'assessments', 'azure.security.assessment'),
    ]);
    for (const r of pricings ?? []) ctx.sink.resource(toDefenderPlan(sub, r));
    for (const r of contacts ?? []) ctx.sink.resource(toSecurityContact(sub, r));
    for (const r of autoProvisioning ?? []) ctx.sink.resource(toAutoProvisioningSetting(sub, r));
    for (const r of settings ?? []) ctx.sink.resource(toDefenderSetting(sub, r));
    for (const r of assessments ?? []) ctx.sink.resource(toAssessment(sub, r));
    unitDone(ctx, ID);
  },
};
