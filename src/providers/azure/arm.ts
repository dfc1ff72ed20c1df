/** Pure helpers over ARM shapes shared by the Azure mappers: ids, locations, tags, times, common sub-objects. */
import type {
  DiagnosticLogSetting,
  DiagnosticSetting,
  FirewallIpRule,
  FirewallVirtualNetworkRule,
  ManagedIdentity,
  PrivateEndpointConnection,
} from '../../resources/azure/index.js';

export interface ArmIdParts {
  readonly subscriptionId: string | null;
  readonly resourceGroup: string | null;
  /** The last name segment, e.g. the storage account name. */
  readonly name: string;
}

/** Splits an ARM id: `/subscriptions/<s>/resourceGroups/<rg>/providers/<ns>/<type>/<name>[/<child>/<name>]`. */
export function parseArmId(id: string): ArmIdParts {
  const parts = id.split('/').filter((p) => p !== '');
  const after = (key: string): string | null => {
    const index = parts.findIndex((p) => p.toLowerCase() === key);
    return index >= 0 && index + 1 < parts.length ? (parts[index + 1] ?? null) : null;
  };
  return { subscriptionId: after('subscriptions'), resourceGroup: after('resourcegroups'), name: parts[parts.length - 1] ?? id };
}

/** The resource group of an ARM id; throws on ids without one (a malformed response). */
export function resourceGroupOf(id: string): string {
  const group = parseArmId(id).resourceGroup;
  if (group === null) throw new Error(`ARM id without a resource group: ${id}`);
  return group;
}

/** 'West Europe' and 'westeurope' → 'westeurope'; missing → 'global'. */
export function normaliseLocation(location: string | null | undefined): string {
  if (location === undefined || location === null || location.trim() === '') return 'global';
  return location.replace(/\s+/g, '').toLowerCase();
}

export function tagsOf(tags: Readonly<Record<string, string | null | undefined>> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags ?? {})) out[key] = value ?? '';
  return out;
}

/** The envelope of a tracked ARM resource: its id, its name (else its id), its location and its tags. */
export function armPlacement(
  account: string,
  raw: {
    readonly id?: string | undefined;
    readonly name?: string | undefined;
    readonly location?: string | null | undefined;
    readonly tags?: Readonly<Record<string, string | null | undefined>> | null | undefined;
  },
): { readonly id: string; readonly name: string; readonly account: string; readonly region: string; readonly tags: Record<string, string> } {
  const id = raw.id ?? '';
  return { id, name: raw.name ?? id, account, region: normaliseLocation(raw.location), tags: tagsOf(raw.tags) };
}

/** ISO string of a Date, ISO string, or epoch seconds (Key Vault attributes); null when absent or invalid. */
export function iso(value: Date | string | number | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const date = typeof value === 'number' ? new Date(value * 1000) : typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? (typeof value === 'string' ? value : null) : date.toISOString();
}

/** `undefined` → `null` (the model is nullable, never optional). */
export function nul<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value;
}

export function list<T>(value: readonly T[] | null | undefined): T[] {
  return value === undefined || value === null ? [] : [...value];
}

/** The ids of a list of sub-resource references (`[{ id }]`), skipping those without one. */
export function idsOf(items: readonly { readonly id?: string | undefined }[] | null | undefined): string[] {
  return list(items).flatMap((i) => (i.id === undefined ? [] : [i.id]));
}

/** A singular field followed by its plural sibling (NSG prefixes, subnet prefixes). */
export function merged(single: string | null | undefined, plural: readonly string[] | null | undefined): string[] {
  return [...(single !== undefined && single !== null && single !== '' ? [single] : []), ...list(plural)];
}

/** Splits 'a;b' or 'a, b' lists (storage bypass, SMB settings, contact emails). */
export function splitList(value: string | null | undefined, separator: RegExp = /[;,]/): string[] {
  if (value === undefined || value === null) return [];
  return value
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** 'true'/'True'/true → true; anything else → false. */
export function truthy(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

// ---------------------------------------------------------------------------------------------
// Shapes of sub-objects, typed loosely so that both SDK models and raw REST JSON map through them.

export interface RawPrivateEndpointConnection {
  readonly id?: string;
  readonly privateEndpoint?: { readonly id?: string } | null;
  readonly privateLinkServiceConnectionState?: { readonly status?: string } | null;
  readonly properties?: {
    readonly privateEndpoint?: { readonly id?: string } | null;
    readonly privateLinkServiceConnectionState?: { readonly status?: string } | null;
  } | null;
}

/** SDK models flatten `properties`; raw REST does not. Both are accepted. */
export function toPrivateEndpointConnection(raw: RawPrivateEndpointConnection): PrivateEndpointConnection {
  const endpoint = raw.privateEndpoint ?? raw.properties?.privateEndpoint;
  const state = raw.privateLinkServiceConnectionState ?? raw.properties?.privateLinkServiceConnectionState;
  return { id: raw.id ?? '', privateEndpointId: nul(endpoint?.id), status: nul(state?.status) };
}

export interface RawIdentity {
  readonly type?: string | null;
  readonly principalId?: string | null;
  readonly userAssignedIdentities?: Readonly<Record<string, unknown>> | null;
}

export function toIdentity(raw: RawIdentity | null | undefined): ManagedIdentity | null {
  if (raw === undefined || raw === null || raw.type === undefined || raw.type === null) return null;
  return { type: raw.type, principalId: nul(raw.principalId), userAssignedIdentityIds: Object.keys(raw.userAssignedIdentities ?? {}) };
}

export function toIpRules(
  raw: readonly { readonly iPAddressOrRange?: string; readonly value?: string; readonly action?: string | null }[] | null | undefined,
): FirewallIpRule[] {
  return list(raw).map((r) => ({ value: r.iPAddressOrRange ?? r.value ?? '', action: nul(r.action) }));
}

export function toVnetRules(
  raw: readonly { readonly virtualNetworkResourceId?: string; readonly id?: string; readonly state?: string | null }[] | null | undefined,
): FirewallVirtualNetworkRule[] {
  return list(raw).map((r) => ({ subnetId: r.virtualNetworkResourceId ?? r.id ?? '', state: nul(r.state) }));
}

/** A diagnostic setting as the Monitor REST API returns it (api-version 2021-05-01-preview). */
export interface RawDiagnosticSetting {
  readonly id?: string;
  readonly name?: string;
  readonly properties?: {
    readonly storageAccountId?: string | null;
    readonly workspaceId?: string | null;
    readonly eventHubAuthorizationRuleId?: string | null;
    readonly eventHubName?: string | null;
    readonly marketplacePartnerId?: string | null;
    readonly logs?: readonly RawLogSetting[] | null;
    readonly metrics?: readonly { readonly category?: string | null; readonly enabled?: boolean }[] | null;
  };
}

export interface RawLogSetting {
  readonly category?: string | null;
  readonly categoryGroup?: string | null;
  readonly enabled?: boolean;
  readonly retentionPolicy?: { readonly enabled?: boolean; readonly days?: number } | null;
}

export function toLogSetting(raw: RawLogSetting): DiagnosticLogSetting {
  return {
    category: nul(raw.category),
    categoryGroup: nul(raw.categoryGroup),
    enabled: raw.enabled === true,
    retentionDays: raw.retentionPolicy?.enabled === true ? (raw.retentionPolicy.days ?? null) : null,
  };
}

export function toDiagnosticSetting(raw: RawDiagnosticSetting): DiagnosticSetting {
  const p = raw.properties ?? {};
  return {
    id: raw.id ?? '',
    name: raw.name ?? '',
    storageAccountId: nul(p.storageAccountId),
    workspaceId: nul(p.workspaceId),
    eventHubAuthorizationRuleId: nul(p.eventHubAuthorizationRuleId),
    eventHubName: nul(p.eventHubName),
    marketplacePartnerId: nul(p.marketplacePartnerId),
    logs: list(p.logs).map(toLogSetting),
    metrics: list(p.metrics).map((m) => ({ category: nul(m.category), enabled: m.enabled === true })),
  };
}

/**
 * The inventory id of an object that one subscription sees but that lives above it (a role or
 * policy assignment inherited from a management group or the tenant root): every subscription
 * keeps its own copy, so ids are `/subscriptions/<sub>/inherited<original id>`. Ids already under
 * the subscription are kept as they are.
 */
export function subscriptionViewId(subscriptionId: string, id: string): string {
  return id.toLowerCase().startsWith(`/subscriptions/${subscriptionId.toLowerCase()}`) ? id : `/subscriptions/${subscriptionId}/inherited${id}`;
}
