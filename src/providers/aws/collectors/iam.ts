/**
 * IAM (global): the credential report, password policy, account summary and alias, users with
 * MFA devices, access keys (and their last use) and console passwords, groups, roles, managed
 * policies with their default version, server certificates, identity providers and the root user.
 * Users, groups, roles, policies and their documents come from GetAccountAuthorizationDetails
 * (one paginated listing instead of five calls per entity); attachments of managed policies are
 * derived from it, so they are exact for every user, group and role listed.
 */
import {
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetLoginProfileCommand,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  paginateGetAccountAuthorizationDetails,
  paginateListAccessKeys,
  paginateListAccountAliases,
  paginateListMFADevices,
  paginateListServerCertificates,
  paginateListVirtualMFADevices,
  type AccessKeyMetadata,
  type GroupDetail,
  type ManagedPolicyDetail,
  type MFADevice,
  type PasswordPolicy,
  type PolicyDetail,
  type RoleDetail,
  type UserDetail,
  type VirtualMFADevice,
} from '@aws-sdk/client-iam';
import { makeResource } from '../../../inventory/builders/resource.js';
import type {
  AccessKey,
  AttachedPolicy,
  CredentialReportRow,
  IamGroup,
  IamPasswordPolicy,
  IamPolicy,
  IamRole,
  IamUser,
  InlinePolicy,
  MfaDevice,
} from '../../../resources/aws/index.js';
import { awsAccountFactId } from '../../../resources/aws/ids.js';
import { call, iso, mapAll, pages, recordError, sleep, tagsOf, walkPages, type AwsCollectContext, type AwsCollector, type CallScope } from '../context.js';
import { parsePolicyDocument } from '../policy.js';
import { parseCredentialReport, reportDateOrNull, ROOT_ACCOUNT_ROW } from './iam-credential-report.js';

const ID = 'iam';
const G = 'global';

export const iamCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'global',
  resourceTypes: [
    'aws.iam.account-summary',
    'aws.iam.password-policy',
    'aws.iam.root-user',
    'aws.iam.user',
    'aws.iam.group',
    'aws.iam.role',
    'aws.iam.policy',
    'aws.iam.server-certificate',
    'aws.iam.identity-provider',
  ],
  permissions: [
    'iam:GenerateCredentialReport',
    'iam:GetCredentialReport',
    'iam:GetAccountPasswordPolicy',
    'iam:GetAccountSummary',
    'iam:ListAccountAliases',
    'iam:ListVirtualMFADevices',
    'iam:GetAccountAuthorizationDetails',
    'iam:ListMFADevices',
    'iam:ListAccessKeys',
    'iam:GetAccessKeyLastUsed',
    'iam:GetLoginProfile',
    'iam:ListServerCertificates',
    'iam:ListSAMLProviders',
    'iam:ListOpenIDConnectProviders',
  ],
  async collect(ctx) {
    const report = credentialReport(ctx);
    const virtual = virtualMfaDevices(ctx);
    await Promise.all([
      passwordPolicy(ctx),
      accountSummary(ctx, report, virtual),
      authorizationDetails(ctx, report, virtual),
      serverCertificates(ctx),
      identityProviders(ctx),
    ]);
    ctx.progress.done(`${ID} global`, false);
  },
};

const scopeOf = (...types: CallScope['resourceTypes']): CallScope => ({ collector: ID, region: G, resourceTypes: types });

type Report = { readonly ok: true; readonly rows: Map<string, CredentialReportRow> } | { readonly ok: false; readonly error: unknown; readonly action: string };
type VirtualDevices = { readonly ok: true; readonly devices: readonly VirtualMFADevice[] } | { readonly ok: false; readonly error: unknown };

/** GenerateCredentialReport until COMPLETE, then GetCredentialReport; the outcome is shared by users and root. */
async function credentialReport(ctx: AwsCollectContext): Promise<Report> {
  const client = ctx.clients.iam(ctx.homeRegion);
  let action = 'iam:GenerateCredentialReport';
  try {
    for (let poll = 0; ; poll++) {
      const state = await client.send(new GenerateCredentialReportCommand({}));
      if (state.State === 'COMPLETE') break;
      if (poll + 1 >= ctx.tuning.credentialReportMaxPolls) {
        throw Object.assign(new Error(`the credential report was still ${state.State ?? 'in progress'} after ${poll + 1} polls`), { name: 'ReportInProgress' });
      }
      await sleep(ctx.tuning.credentialReportPollMs, ctx.signal);
    }
    action = 'iam:GetCredentialReport';
    const out = await client.send(new GetCredentialReportCommand({}));
    return { ok: true, rows: parseCredentialReport(new TextDecoder().decode(out.Content ?? new Uint8Array())) };
  } catch (error) {
    return { ok: false, error, action };
  }
}

async function virtualMfaDevices(ctx: AwsCollectContext): Promise<VirtualDevices> {
  const devices: VirtualMFADevice[] = [];
  const failure = await walkPages(ctx, paginateListVirtualMFADevices({ client: ctx.clients.iam(ctx.homeRegion) }, {}), (page) => {
    devices.push(...(page.VirtualMFADevices ?? []));
  });
  return failure === null ? { ok: true, devices } : { ok: false, error: failure.error };
}

async function passwordPolicy(ctx: AwsCollectContext): Promise<void> {
  const result = await call(ctx, scopeOf('aws.iam.password-policy'), 'iam:GetAccountPasswordPolicy', () =>
    ctx.clients.iam(ctx.homeRegion).send(new GetAccountPasswordPolicyCommand({})),
  );
  if (!result.ok && !result.absent) return;
  ctx.sink.resource(
    makeResource(
      'aws.iam.password-policy',
      { id: awsAccountFactId(ctx.account, 'iam-password-policy'), name: `${ctx.account} IAM password policy`, account: ctx.account, region: G },
      toPasswordPolicy(result.ok ? (result.value.PasswordPolicy ?? null) : null),
    ),
  );
}

export function toPasswordPolicy(raw: PasswordPolicy | null): IamPasswordPolicy {
  if (raw === null) return { policy: null };
  return {
    policy: {
      minimumPasswordLength: raw.MinimumPasswordLength ?? null,
      requireSymbols: raw.RequireSymbols ?? false,
      requireNumbers: raw.RequireNumbers ?? false,
      requireUppercaseCharacters: raw.RequireUppercaseCharacters ?? false,
      requireLowercaseCharacters: raw.RequireLowercaseCharacters ?? false,
      allowUsersToChangePassword: raw.AllowUsersToChangePassword ?? false,
      expirePasswords: raw.ExpirePasswords ?? false,
      maxPasswordAge: raw.MaxPasswordAge ?? null,
      passwordReusePrevention: raw.PasswordReusePrevention ?? null,
      hardExpiry: raw.HardExpiry ?? false,
    },
  };
}

async function accountSummary(ctx: AwsCollectContext, reportPromise: Promise<Report>, virtualPromise: Promise<VirtualDevices>): Promise<void> {
  const client = ctx.clients.iam(ctx.homeRegion);
  const summaryId = awsAccountFactId(ctx.account, 'iam-account-summary');
  const rootId = `arn:${ctx.partition}:iam::${ctx.account}:root`;
  const aliases: string[] = [];
  const [summary, aliasFailure, report, virtual] = await Promise.all([
    call(ctx, scopeOf('aws.iam.account-summary', 'aws.iam.root-user'), 'iam:GetAccountSummary', () => client.send(new GetAccountSummaryCommand({}))),
    walkPages(ctx, paginateListAccountAliases({ client }, {}), (page) => {
      aliases.push(...(page.AccountAliases ?? []));
    }),
    reportPromise,
    virtualPromise,
  ]);
  if (!summary.ok) return;
  const map = summary.value.SummaryMap ?? {};
  if (aliasFailure !== null)
    recordError(ctx, { ...scopeOf('aws.iam.account-summary'), resourceId: summaryId, properties: ['alias'] }, 'iam:ListAccountAliases', aliasFailure.error);
  ctx.sink.resource(
    makeResource(
      'aws.iam.account-summary',
      { id: summaryId, name: `${ctx.account} IAM account summary`, account: ctx.account, region: G },
      { alias: aliases[0] ?? null, users: map['Users'] ?? 0, mfaDevicesInUse: map['MFADevicesInUse'] ?? 0 },
    ),
  );
  const rootScope = { ...scopeOf('aws.iam.root-user'), resourceId: rootId };
  if (!report.ok) recordError(ctx, { ...rootScope, properties: ['credentialReport'] }, report.action, report.error);
  if (!virtual.ok) recordError(ctx, { ...rootScope, properties: ['virtualMfaSerial'] }, 'iam:ListVirtualMFADevices', virtual.error);
  const rootDevice = virtual.ok
    ? virtual.devices.find((d) => d.User?.Arn === rootId || (d.SerialNumber ?? '').endsWith(':mfa/root-account-mfa-device'))
    : undefined;
  ctx.sink.resource(
    makeResource(
      'aws.iam.root-user',
      { id: rootId, name: `${ctx.account} root user`, account: ctx.account, region: G },
      {
        arn: rootId,
        mfaEnabled: map['AccountMFAEnabled'] === 1,
        accessKeysPresent: map['AccountAccessKeysPresent'] === 1,
        passwordPresent: map['AccountPasswordPresent'] === 1,
        virtualMfaSerial: rootDevice?.SerialNumber ?? null,
        credentialReport: report.ok ? (report.rows.get(ROOT_ACCOUNT_ROW) ?? null) : null,
      },
    ),
  );
}

async function authorizationDetails(ctx: AwsCollectContext, reportPromise: Promise<Report>, virtualPromise: Promise<VirtualDevices>): Promise<void> {
  const client = ctx.clients.iam(ctx.homeRegion);
  const users: UserDetail[] = [];
  const groups: GroupDetail[] = [];
  const roles: RoleDetail[] = [];
  const policies: ManagedPolicyDetail[] = [];
  const scope = scopeOf('aws.iam.user', 'aws.iam.group', 'aws.iam.role', 'aws.iam.policy');
  const listed = await pages(ctx, scope, 'iam:GetAccountAuthorizationDetails', paginateGetAccountAuthorizationDetails({ client }, {}), (page) => {
    users.push(...(page.UserDetailList ?? []));
    groups.push(...(page.GroupDetailList ?? []));
    roles.push(...(page.RoleDetailList ?? []));
    policies.push(...(page.Policies ?? []));
  });
  if (!listed) return;
  const policyErrors = (resourceType: CallScope['resourceTypes'][number], resourceId: string, action: string, error: unknown): void =>
    recordError(ctx, { ...scopeOf(resourceType), resourceId, properties: ['inlinePolicies', 'assumeRolePolicy', 'document'] }, action, error);

  for (const raw of groups) {
    if (raw.Arn === undefined) continue;
    const props = safely(
      () => toGroup(raw),
      (e) => policyErrors('aws.iam.group', raw.Arn ?? '', 'iam:GetAccountAuthorizationDetails', e),
    );
    ctx.sink.resource(
      makeResource('aws.iam.group', { id: raw.Arn, name: raw.GroupName ?? raw.Arn, account: ctx.account, region: G }, props ?? toGroup(raw, true)),
    );
  }
  for (const raw of roles) {
    if (raw.Arn === undefined) continue;
    const props = safely(
      () => toRole(raw),
      (e) => policyErrors('aws.iam.role', raw.Arn ?? '', 'iam:GetAccountAuthorizationDetails', e),
    );
    ctx.sink.resource(
      makeResource(
        'aws.iam.role',
        { id: raw.Arn, name: raw.RoleName ?? raw.Arn, account: ctx.account, region: G, tags: tagsOf(raw.Tags) },
        props ?? toRole(raw, true),
      ),
    );
  }
  for (const raw of policies) {
    if (raw.Arn === undefined) continue;
    const entities = attachmentsOf(raw.Arn, users, groups, roles);
    const props = safely(
      () => toPolicy(raw, entities),
      (e) => policyErrors('aws.iam.policy', raw.Arn ?? '', 'iam:GetAccountAuthorizationDetails', e),
    );
    ctx.sink.resource(
      makeResource('aws.iam.policy', { id: raw.Arn, name: raw.PolicyName ?? raw.Arn, account: ctx.account, region: G }, props ?? toPolicy(raw, entities, true)),
    );
  }
  const [report, virtual] = await Promise.all([reportPromise, virtualPromise]);
  await mapAll(users, (raw) => user(ctx, raw, report, virtual));
}

/** Runs a mapper that parses policy documents; a malformed document is recorded, not thrown. */
function safely<T>(fn: () => T, onError: (error: unknown) => void): T | null {
  try {
    return fn();
  } catch (error) {
    onError(error);
    return null;
  }
}

async function user(ctx: AwsCollectContext, raw: UserDetail, report: Report, virtual: VirtualDevices): Promise<void> {
  if (raw.Arn === undefined || raw.UserName === undefined) return;
  const client = ctx.clients.iam(ctx.homeRegion);
  const UserName = raw.UserName;
  const resourceId = raw.Arn;
  const scope = (properties: readonly string[]): CallScope => ({ ...scopeOf('aws.iam.user'), resourceId, properties });
  const devices: MFADevice[] = [];
  const keys: AccessKeyMetadata[] = [];
  const [, , login] = await Promise.all([
    pages(ctx, scope(['mfaDevices']), 'iam:ListMFADevices', paginateListMFADevices({ client }, { UserName }), (page) => {
      devices.push(...(page.MFADevices ?? []));
    }),
    pages(ctx, scope(['accessKeys']), 'iam:ListAccessKeys', paginateListAccessKeys({ client }, { UserName }), (page) => {
      keys.push(...(page.AccessKeyMetadata ?? []));
    }),
    call(ctx, scope(['hasConsolePassword']), 'iam:GetLoginProfile', () => client.send(new GetLoginProfileCommand({ UserName }))),
  ]);
  const accessKeys = await mapAll(keys, async (key): Promise<AccessKey> => {
    const used = key.AccessKeyId
      ? await call(ctx, scope(['accessKeys']), 'iam:GetAccessKeyLastUsed', () => client.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId })))
      : null;
    const last = used?.ok ? used.value.AccessKeyLastUsed : undefined;
    return {
      accessKeyId: key.AccessKeyId ?? '',
      status: key.Status ?? 'Inactive',
      createDate: iso(key.CreateDate),
      lastUsedDate: iso(last?.LastUsedDate),
      lastUsedService: last?.ServiceName !== undefined && last.ServiceName !== 'N/A' ? last.ServiceName : null,
    };
  });
  if (!report.ok) recordError(ctx, scope(['credentialReport', 'passwordLastUsed']), report.action, report.error);
  if (!virtual.ok && devices.length > 0) recordError(ctx, scope(['mfaDevices']), 'iam:ListVirtualMFADevices', virtual.error);
  const virtualSerials = new Set(virtual.ok ? virtual.devices.flatMap((d) => (d.SerialNumber ? [d.SerialNumber] : [])) : []);
  const row = report.ok ? (report.rows.get(UserName) ?? null) : null;
  const props = safely(
    () => toUser(raw, { mfaDevices: devices.map((d) => toMfaDevice(d, virtualSerials)), accessKeys, hasConsolePassword: login.ok, credentialReport: row }),
    (e) => recordError(ctx, scope(['inlinePolicies']), 'iam:GetAccountAuthorizationDetails', e),
  );
  ctx.sink.resource(
    makeResource(
      'aws.iam.user',
      { id: resourceId, name: UserName, account: ctx.account, region: G, tags: tagsOf(raw.Tags) },
      props ?? toUser(raw, { mfaDevices: [], accessKeys, hasConsolePassword: login.ok, credentialReport: row }, true),
    ),
  );
}

export function toMfaDevice(raw: MFADevice, virtualSerials: ReadonlySet<string>): MfaDevice {
  const serial = raw.SerialNumber ?? '';
  return { serialNumber: serial, enableDate: iso(raw.EnableDate), kind: virtualSerials.has(serial) ? 'virtual' : 'hardware' };
}

function attached(list: readonly { PolicyArn?: string | undefined; PolicyName?: string | undefined }[] | undefined): AttachedPolicy[] {
  return (list ?? []).flatMap((p) => (p.PolicyArn ? [{ arn: p.PolicyArn, name: p.PolicyName ?? p.PolicyArn }] : []));
}

/** Inline policies; with `lenient`, a malformed document is dropped (its error is already recorded). */
function inline(list: readonly PolicyDetail[] | undefined, lenient = false): InlinePolicy[] {
  return (list ?? []).flatMap((p) => {
    if (p.PolicyName === undefined || p.PolicyDocument === undefined) return [];
    if (!lenient) return [{ name: p.PolicyName, document: parsePolicyDocument(p.PolicyDocument) }];
    try {
      return [{ name: p.PolicyName, document: parsePolicyDocument(p.PolicyDocument) }];
    } catch {
      return [];
    }
  });
}

export function toUser(
  raw: UserDetail,
  hydrated: Pick<IamUser, 'mfaDevices' | 'accessKeys' | 'hasConsolePassword' | 'credentialReport'>,
  lenient = false,
): IamUser {
  return {
    userName: raw.UserName ?? '',
    arn: raw.Arn ?? '',
    userId: raw.UserId ?? '',
    path: raw.Path ?? '/',
    createDate: iso(raw.CreateDate),
    passwordLastUsed: hydrated.credentialReport ? reportDateOrNull(hydrated.credentialReport.passwordLastUsed) : null,
    hasConsolePassword: hydrated.hasConsolePassword,
    mfaDevices: hydrated.mfaDevices,
    accessKeys: hydrated.accessKeys,
    attachedPolicies: attached(raw.AttachedManagedPolicies),
    inlinePolicies: inline(raw.UserPolicyList, lenient),
    groups: raw.GroupList ?? [],
    credentialReport: hydrated.credentialReport,
  };
}

export function toGroup(raw: GroupDetail, lenient = false): IamGroup {
  return {
    groupName: raw.GroupName ?? '',
    arn: raw.Arn ?? '',
    attachedPolicies: attached(raw.AttachedManagedPolicies),
    inlinePolicies: inline(raw.GroupPolicyList, lenient),
  };
}

export function toRole(raw: RoleDetail, lenient = false): IamRole {
  let assumeRolePolicy = null;
  if (raw.AssumeRolePolicyDocument !== undefined) {
    try {
      assumeRolePolicy = parsePolicyDocument(raw.AssumeRolePolicyDocument);
    } catch (error) {
      if (!lenient) throw error;
    }
  }
  return {
    roleName: raw.RoleName ?? '',
    arn: raw.Arn ?? '',
    path: raw.Path ?? '/',
    createDate: iso(raw.CreateDate),
    assumeRolePolicy,
    attachedPolicies: attached(raw.AttachedManagedPolicies),
    inlinePolicies: inline(raw.RolePolicyList, lenient),
    lastUsedDate: iso(raw.RoleLastUsed?.LastUsedDate),
  };
}

export interface PolicyEntities {
  readonly users: readonly string[];
  readonly groups: readonly string[];
  readonly roles: readonly string[];
}

/** Which listed users, groups and roles have the managed policy attached. */
export function attachmentsOf(arn: string, users: readonly UserDetail[], groups: readonly GroupDetail[], roles: readonly RoleDetail[]): PolicyEntities {
  const has = (list: readonly { PolicyArn?: string | undefined }[] | undefined): boolean => (list ?? []).some((p) => p.PolicyArn === arn);
  return {
    users: users.filter((u) => has(u.AttachedManagedPolicies)).map((u) => u.UserName ?? ''),
    groups: groups.filter((g) => has(g.AttachedManagedPolicies)).map((g) => g.GroupName ?? ''),
    roles: roles.filter((r) => has(r.AttachedManagedPolicies)).map((r) => r.RoleName ?? ''),
  };
}

export function toPolicy(raw: ManagedPolicyDetail, entities: PolicyEntities, lenient = false): IamPolicy {
  const version =
    (raw.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion === true) ?? (raw.PolicyVersionList ?? []).find((v) => v.VersionId === raw.DefaultVersionId);
  let document = null;
  if (version?.Document !== undefined) {
    try {
      document = parsePolicyDocument(version.Document);
    } catch (error) {
      if (!lenient) throw error;
    }
  }
  const arn = raw.Arn ?? '';
  return {
    policyName: raw.PolicyName ?? '',
    arn,
    scope: /^arn:[^:]+:iam::aws:policy\//.test(arn) ? 'AWS' : 'Local',
    defaultVersionId: raw.DefaultVersionId ?? null,
    document,
    attachmentCount: raw.AttachmentCount ?? entities.users.length + entities.groups.length + entities.roles.length,
    attachedUsers: entities.users,
    attachedGroups: entities.groups,
    attachedRoles: entities.roles,
  };
}

async function serverCertificates(ctx: AwsCollectContext): Promise<void> {
  await pages(
    ctx,
    scopeOf('aws.iam.server-certificate'),
    'iam:ListServerCertificates',
    paginateListServerCertificates({ client: ctx.clients.iam(ctx.homeRegion) }, {}),
    (page) => {
      for (const raw of page.ServerCertificateMetadataList ?? []) {
        if (raw.Arn === undefined) continue;
        ctx.sink.resource(
          makeResource(
            'aws.iam.server-certificate',
            { id: raw.Arn, name: raw.ServerCertificateName ?? raw.Arn, account: ctx.account, region: G },
            { serverCertificateName: raw.ServerCertificateName ?? '', arn: raw.Arn, expiration: iso(raw.Expiration), uploadDate: iso(raw.UploadDate) },
          ),
        );
      }
    },
  );
}

async function identityProviders(ctx: AwsCollectContext): Promise<void> {
  const client = ctx.clients.iam(ctx.homeRegion);
  const scope = scopeOf('aws.iam.identity-provider');
  const [saml, oidc] = await Promise.all([
    call(ctx, scope, 'iam:ListSAMLProviders', () => client.send(new ListSAMLProvidersCommand({}))),
    call(ctx, scope, 'iam:ListOpenIDConnectProviders', () => client.send(new ListOpenIDConnectProvidersCommand({}))),
  ]);
  const emit = (arn: string | undefined, kind: 'SAML' | 'OIDC'): void => {
    if (arn === undefined) return;
    ctx.sink.resource(
      makeResource('aws.iam.identity-provider', { id: arn, name: arn.split('/').slice(1).join('/') || arn, account: ctx.account, region: G }, { arn, kind }),
    );
  };
  if (saml.ok) for (const p of saml.value.SAMLProviderList ?? []) emit(p.Arn, 'SAML');
  if (oidc.ok) for (const p of oidc.value.OpenIDConnectProviderList ?? []) emit(p.Arn, 'OIDC');
}
