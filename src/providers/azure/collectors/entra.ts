/**
 * Microsoft Entra ID through Microsoft Graph (tenant-level, run once per tenant): the tenant,
 * security defaults, authorization policy, directory settings, users with MFA registration,
 * directory roles and (for role holders) per-user MFA state, conditional access policies, named
 * locations, and the device registration and authentication methods policies.
 */
import type { AzureResourceType } from '../../../resources/azure/index.js';
import { normaliseAzureError } from '../errors.js';
import { call, listAll, readAll, recordError, unitDone, type AzureCallScope, type AzureCollectContext, type AzureCollector } from '../context.js';
import {
  entraId,
  toAuthenticationMethodsPolicy,
  toAuthorizationPolicy,
  toConditionalAccessPolicy,
  toDeviceRegistrationPolicy,
  toDirectoryRole,
  toDirectorySetting,
  toNamedLocation,
  toSecurityDefaults,
  toTenant,
  toUser,
  type GraphAuthenticationMethodsPolicy,
  type GraphAuthorizationPolicy,
  type GraphConditionalAccessPolicy,
  type GraphDeviceRegistrationPolicy,
  type GraphDirectoryObject,
  type GraphDirectoryRole,
  type GraphDirectorySetting,
  type GraphNamedLocation,
  type GraphOrganization,
  type GraphRegistrationDetails,
  type GraphUser,
} from './entra-mappers.js';

const ID = 'entra';

/** Each Graph call as its CollectionError action: the request and the application permission it needs. */
export const GRAPH_ACTIONS = {
  organization: 'Graph GET /organization (Organization.Read.All)',
  securityDefaults: 'Graph GET /policies/identitySecurityDefaultsEnforcementPolicy (Policy.Read.All)',
  authorizationPolicy: 'Graph GET /policies/authorizationPolicy (Policy.Read.All)',
  groupSettings: 'Graph GET /groupSettings (Directory.Read.All)',
  users: 'Graph GET /users (User.Read.All)',
  signInActivity: 'Graph GET /users signInActivity (AuditLog.Read.All)',
  registrationDetails: 'Graph GET /reports/authenticationMethods/userRegistrationDetails (AuditLog.Read.All)',
  directoryRoles: 'Graph GET /directoryRoles/members (RoleManagement.Read.Directory)',
  perUserMfa: 'Graph beta GET /users/{id}/authentication/requirements (Policy.Read.All)',
  conditionalAccess: 'Graph GET /identity/conditionalAccess/policies (Policy.Read.All)',
  namedLocations: 'Graph GET /identity/conditionalAccess/namedLocations (Policy.Read.All)',
  deviceRegistration: 'Graph GET /policies/deviceRegistrationPolicy (Policy.Read.DeviceConfiguration)',
  authenticationMethods: 'Graph GET /policies/authenticationMethodsPolicy (Policy.Read.All)',
} as const;

const USER_FIELDS = [
  'id',
  'userPrincipalName',
  'displayName',
  'mail',
  'userType',
  'accountEnabled',
  'createdDateTime',
  'externalUserState',
  'onPremisesSyncEnabled',
];

const scopeOf = (type: AzureResourceType, extra: Partial<AzureCallScope> = {}): AzureCallScope => ({
  collector: ID,
  region: 'global',
  resourceTypes: [type],
  ...extra,
});

/** authorizationPolicy is a single object in v1.0 but a collection in beta: accept both. */
function single<T>(body: T | { readonly value?: readonly T[] }): T | null {
  if (typeof body === 'object' && body !== null && 'value' in body && Array.isArray((body as { value?: unknown }).value))
    return (body as { value: T[] }).value[0] ?? null;
  return body as T;
}

async function collectPolicies(ctx: AzureCollectContext): Promise<void> {
  const graph = ctx.clients.graph;
  const tenant = ctx.account;
  const get =
    <T>(path: string) =>
    () =>
      graph.get<T>(path, { abortSignal: ctx.signal });
  const list =
    <T>(path: string) =>
    () =>
      graph.list<T>(path, { abortSignal: ctx.signal });
  const [organization, defaults, authorization, settings, policies, locations, devices, methods] = await Promise.all([
    listAll(ctx, scopeOf('azure.entra.tenant'), GRAPH_ACTIONS.organization, list<GraphOrganization>('/organization')),
    call(
      ctx,
      scopeOf('azure.entra.security-defaults'),
      GRAPH_ACTIONS.securityDefaults,
      get<{ isEnabled?: boolean }>('/policies/identitySecurityDefaultsEnforcementPolicy'),
    ),
    call(ctx, scopeOf('azure.entra.authorization-policy'), GRAPH_ACTIONS.authorizationPolicy, get<GraphAuthorizationPolicy>('/policies/authorizationPolicy')),
    listAll(ctx, scopeOf('azure.entra.directory-setting'), GRAPH_ACTIONS.groupSettings, list<GraphDirectorySetting>('/groupSettings')),
    listAll(
      ctx,
      scopeOf('azure.entra.conditional-access-policy'),
      GRAPH_ACTIONS.conditionalAccess,
      list<GraphConditionalAccessPolicy>('/identity/conditionalAccess/policies'),
    ),
    listAll(ctx, scopeOf('azure.entra.named-location'), GRAPH_ACTIONS.namedLocations, list<GraphNamedLocation>('/identity/conditionalAccess/namedLocations')),
    call(
      ctx,
      scopeOf('azure.entra.device-registration-policy'),
      GRAPH_ACTIONS.deviceRegistration,
      get<GraphDeviceRegistrationPolicy>('/policies/deviceRegistrationPolicy'),
    ),
    call(
      ctx,
      scopeOf('azure.entra.authentication-methods-policy'),
      GRAPH_ACTIONS.authenticationMethods,
      get<GraphAuthenticationMethodsPolicy>('/policies/authenticationMethodsPolicy'),
    ),
  ]);
  // The tenant resource is what tenant-level rules hang off: emit it even when /organization is unreadable.
  ctx.sink.resource(toTenant(tenant, organization?.find((o) => o.id === tenant) ?? organization?.[0] ?? {}));
  if (defaults.ok) ctx.sink.resource(toSecurityDefaults(tenant, defaults.value));
  if (authorization.ok) {
    const policy = single(authorization.value);
    if (policy !== null) ctx.sink.resource(toAuthorizationPolicy(tenant, policy));
  }
  for (const s of settings ?? []) ctx.sink.resource(toDirectorySetting(tenant, s));
  for (const p of policies ?? []) ctx.sink.resource(toConditionalAccessPolicy(tenant, p));
  for (const l of locations ?? []) ctx.sink.resource(toNamedLocation(tenant, l));
  if (devices.ok) ctx.sink.resource(toDeviceRegistrationPolicy(tenant, devices.value));
  if (methods.ok) ctx.sink.resource(toAuthenticationMethodsPolicy(tenant, methods.value));
}

/** Users, first with sign-in activity (needs AuditLog.Read.All and Entra ID P1), then without it. */
async function listUsers(ctx: AzureCollectContext): Promise<{ readonly users: GraphUser[] | null; readonly signInError: unknown }> {
  const graph = ctx.clients.graph;
  const read = (fields: readonly string[]) => () =>
    graph.list<GraphUser>('/users', { query: { $select: fields.join(','), $top: '999' }, abortSignal: ctx.signal });
  const withActivity = await readAll(ctx, read([...USER_FIELDS, 'signInActivity']));
  if ('items' in withActivity) return { users: withActivity.items, signInError: null };
  if (normaliseAzureError(withActivity.error).code !== 'AccessDenied') {
    recordError(ctx, scopeOf('azure.entra.user'), GRAPH_ACTIONS.users, withActivity.error);
    return { users: null, signInError: null };
  }
  const users = await listAll(ctx, scopeOf('azure.entra.user'), GRAPH_ACTIONS.users, read(USER_FIELDS));
  return { users, signInError: withActivity.error };
}

interface RoleWithMembers {
  readonly role: GraphDirectoryRole;
  readonly members: readonly GraphDirectoryObject[];
}

/** Directory roles with their members; the error when any of it could not be read (membership would be partial). */
async function directoryRoles(ctx: AzureCollectContext): Promise<{ readonly items: RoleWithMembers[] } | { readonly error: unknown }> {
  const graph = ctx.clients.graph;
  const roles = await readAll(ctx, () => graph.list<GraphDirectoryRole>('/directoryRoles', { abortSignal: ctx.signal }));
  if ('error' in roles) return roles;
  const withMembers = await Promise.all(
    roles.items.map(async (role) => ({
      role,
      members: await readAll(ctx, () =>
        graph.list<GraphDirectoryObject>(`/directoryRoles/${encodeURIComponent(role.id ?? '')}/members`, {
          query: { $select: 'id,displayName' },
          abortSignal: ctx.signal,
        }),
      ),
    })),
  );
  const failed = withMembers.find((r) => 'error' in r.members);
  if (failed && 'error' in failed.members) return { error: failed.members.error };
  return { items: withMembers.map((r) => ({ role: r.role, members: 'items' in r.members ? r.members.items : [] })) };
}

async function collectUsers(ctx: AzureCollectContext): Promise<void> {
  const tenant = ctx.account;
  const graph = ctx.clients.graph;
  const [{ users, signInError }, registrations, roles] = await Promise.all([
    listUsers(ctx),
    readAll(ctx, () => graph.list<GraphRegistrationDetails>('/reports/authenticationMethods/userRegistrationDetails', { abortSignal: ctx.signal })),
    directoryRoles(ctx),
  ]);
  if ('error' in roles) recordError(ctx, scopeOf('azure.entra.directory-role'), GRAPH_ACTIONS.directoryRoles, roles.error);
  const roleList = 'items' in roles ? roles.items : [];
  for (const r of roleList) ctx.sink.resource(toDirectoryRole(tenant, r.role, r.members));
  if (users === null) return;

  const registrationById = 'items' in registrations ? new Map(registrations.items.map((r) => [r.id ?? '', r])) : null;
  const rolesByUser = new Map<string, string[]>();
  for (const r of roleList)
    for (const m of r.members) rolesByUser.set(m.id ?? '', [...(rolesByUser.get(m.id ?? '') ?? []), r.role.roleTemplateId ?? r.role.id ?? '']);

  await Promise.all(
    users.map(async (user) => {
      const objectId = user.id ?? '';
      const resourceId = entraId(tenant, 'users', objectId);
      const unknown = (properties: string[], action: string, error: unknown): void =>
        recordError(ctx, scopeOf('azure.entra.user', { resourceId, properties }), action, error);
      const roleIds = rolesByUser.get(objectId) ?? [];
      let perUserMfaState: string | null = null;
      if (ctx.tuning.perUserMfaForPrivileged && roleIds.length > 0) {
        const state = await call(ctx, scopeOf('azure.entra.user', { resourceId, properties: ['perUserMfaState'] }), GRAPH_ACTIONS.perUserMfa, () =>
          ctx.clients.graphBeta.get<{ perUserMfaState?: string }>(`/users/${encodeURIComponent(objectId)}/authentication/requirements`, {
            abortSignal: ctx.signal,
          }),
        );
        perUserMfaState = state.ok ? (state.value.perUserMfaState ?? null) : null;
      }
      ctx.sink.resource(toUser(tenant, user, { registration: registrationById?.get(objectId) ?? null, perUserMfaState, roleTemplateIds: roleIds }));
      // What could not be read is unknown for each user, so only the rules that need it report ERROR.
      if (signInError !== null) unknown(['lastSignInDateTime'], GRAPH_ACTIONS.signInActivity, signInError);
      if ('error' in registrations) unknown(['mfaRegistration'], GRAPH_ACTIONS.registrationDetails, registrations.error);
      if ('error' in roles) unknown(['directoryRoleTemplateIds', 'perUserMfaState'], GRAPH_ACTIONS.directoryRoles, roles.error);
    }),
  );
}

export const entraCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'tenant',
  resourceTypes: [
    'azure.entra.tenant',
    'azure.entra.security-defaults',
    'azure.entra.authorization-policy',
    'azure.entra.directory-setting',
    'azure.entra.user',
    'azure.entra.directory-role',
    'azure.entra.conditional-access-policy',
    'azure.entra.named-location',
    'azure.entra.device-registration-policy',
    'azure.entra.authentication-methods-policy',
  ],
  permissions: [],
  graphPermissions: [
    'AuditLog.Read.All',
    'Directory.Read.All',
    'Organization.Read.All',
    'Policy.Read.All',
    'Policy.Read.DeviceConfiguration',
    'RoleManagement.Read.Directory',
    'User.Read.All',
  ],
  async collect(ctx) {
    await Promise.all([collectPolicies(ctx), collectUsers(ctx)]);
    unitDone(ctx, ID);
  },
};
