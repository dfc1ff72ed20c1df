/**
 * The scanner's Azure permissions, aggregated from what each collector declares: Azure RBAC
 * actions (control plane), data actions (Key Vault data plane) and Microsoft Graph application
 * permissions. docs/permissions.md and docs/azure-readonly-role.json are generated from this, and
 * the collector tests check that every call, when refused, is recorded under a declared action.
 */
import { azureCollectors } from './collectors/index.js';
import type { AzureCollector } from './context.js';

/** What the provider itself calls before any collector: Subscriptions - List / Get. */
export const AZURE_PROVIDER_PERMISSIONS = ['Microsoft.Resources/subscriptions/read'] as const;

/** Azure RBAC read actions end in '/read' (any case); Azure has no other read-only verb. */
export function isReadOnlyAzureAction(action: string): boolean {
  return /^[A-Za-z][A-Za-z0-9.]*\/([A-Za-z0-9]+\/)*[A-Za-z0-9]+\/read$/i.test(action);
}

/** Graph application permissions are read-only when their name says Read (never ReadWrite). */
export function isReadOnlyGraphPermission(permission: string): boolean {
  return /^[A-Za-z]+(\.[A-Za-z]+)*\.Read(\.[A-Za-z]+)*$/.test(permission) && !/ReadWrite/.test(permission);
}

export interface AzurePermissionGroup {
  readonly id: string;
  readonly scope: 'provider' | 'tenant' | 'subscription';
  readonly resourceTypes: readonly string[];
  readonly actions: readonly string[];
  readonly dataActions: readonly string[];
  readonly graphPermissions: readonly string[];
}

/** Per collector (plus the provider's own calls), sorted by id. */
export function azurePermissionGroups(collectors: readonly AzureCollector[] = azureCollectors): AzurePermissionGroup[] {
  return [
    {
      id: 'provider',
      scope: 'provider',
      resourceTypes: ['azure.subscription'],
      actions: [...AZURE_PROVIDER_PERMISSIONS],
      dataActions: [],
      graphPermissions: [],
    },
    ...[...collectors]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((c) => ({
        id: c.id,
        scope: c.scope,
        resourceTypes: [...c.resourceTypes],
        actions: [...c.permissions].sort(),
        dataActions: [...(c.dataActions ?? [])].sort(),
        graphPermissions: [...(c.graphPermissions ?? [])].sort(),
      })),
  ];
}

const unique = (values: readonly string[]): string[] => [...new Set(values)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

/** Every control-plane action, sorted and unique (what the custom role's Actions lists). */
export function azureActions(collectors: readonly AzureCollector[] = azureCollectors): string[] {
  return unique(azurePermissionGroups(collectors).flatMap((g) => g.actions));
}

export function azureDataActions(collectors: readonly AzureCollector[] = azureCollectors): string[] {
  return unique(azurePermissionGroups(collectors).flatMap((g) => g.dataActions));
}

export function azureGraphPermissions(collectors: readonly AzureCollector[] = azureCollectors): string[] {
  return unique(azurePermissionGroups(collectors).flatMap((g) => g.graphPermissions));
}

/**
 * Actions that a subscription-scoped role assignment cannot grant: they are authorised at the
 * tenant root scope ('/'), which needs an assignment made by an elevated Global Administrator.
 */
export const TENANT_ROOT_ACTIONS: Readonly<Record<string, string>> = {
  'microsoft.aadiam/diagnosticSettings/read': 'Microsoft Entra diagnostic settings (CIS 6.1.1.7, 6.1.1.8) live at the tenant root scope.',
  'Microsoft.Subscription/policies/read':
    "The tenant's subscription policy (CIS 5.6: subscriptions entering or leaving the tenant) is a tenant-level resource.",
};
