import type { AttachedPolicy, CredentialReportRow, InlinePolicy, PolicyDocument } from './common.js';

/** iam:GetAccountPasswordPolicy; `policy` is null when no policy is set (NoSuchEntity). */
export interface IamPasswordPolicy {
  readonly policy: {
    readonly minimumPasswordLength: number | null;
    readonly requireSymbols: boolean;
    readonly requireNumbers: boolean;
    readonly requireUppercaseCharacters: boolean;
    readonly requireLowercaseCharacters: boolean;
    readonly allowUsersToChangePassword: boolean;
    readonly expirePasswords: boolean;
    readonly maxPasswordAge: number | null;
    readonly passwordReusePrevention: number | null;
    readonly hardExpiry: boolean;
  } | null;
}

/** The root user: GetAccountSummary, ListVirtualMFADevices and the credential report's <root_account> row. */
export interface IamRootUser {
  readonly arn: string;
  /** AccountMFAEnabled from GetAccountSummary. */
  readonly mfaEnabled: boolean;
  /** AccountAccessKeysPresent from GetAccountSummary. */
  readonly accessKeysPresent: boolean;
  /**
   * AccountPasswordPresent from GetAccountSummary: false when the root user has no password (for
   * example after centralized root access removed the member account's root credentials).
   */
  readonly passwordPresent: boolean;
  /** Serial number of the root's virtual MFA device, if any (ListVirtualMFADevices): hardware MFA means none. */
  readonly virtualMfaSerial: string | null;
  readonly credentialReport: CredentialReportRow | null;
}

export interface MfaDevice {
  readonly serialNumber: string;
  readonly enableDate: string | null;
  /** 'virtual' when listed by ListVirtualMFADevices, otherwise 'hardware' (including FIDO keys). */
  readonly kind: 'virtual' | 'hardware';
}

export interface AccessKey {
  readonly accessKeyId: string;
  readonly status: 'Active' | 'Inactive' | 'Expired';
  readonly createDate: string | null;
  readonly lastUsedDate: string | null;
  readonly lastUsedService: string | null;
}

export interface IamUser {
  readonly userName: string;
  readonly arn: string;
  readonly userId: string;
  readonly path: string;
  readonly createDate: string | null;
  readonly passwordLastUsed: string | null;
  /** true when the user has a login profile (console password). */
  readonly hasConsolePassword: boolean;
  readonly mfaDevices: readonly MfaDevice[];
  readonly accessKeys: readonly AccessKey[];
  readonly attachedPolicies: readonly AttachedPolicy[];
  readonly inlinePolicies: readonly InlinePolicy[];
  readonly groups: readonly string[];
  /** The user's credential report row; null when the report predates the user. */
  readonly credentialReport: CredentialReportRow | null;
}

export interface IamGroup {
  readonly groupName: string;
  readonly arn: string;
  readonly attachedPolicies: readonly AttachedPolicy[];
  readonly inlinePolicies: readonly InlinePolicy[];
}

export interface IamRole {
  readonly roleName: string;
  readonly arn: string;
  readonly path: string;
  readonly createDate: string | null;
  readonly assumeRolePolicy: PolicyDocument | null;
  readonly attachedPolicies: readonly AttachedPolicy[];
  readonly inlinePolicies: readonly InlinePolicy[];
  readonly lastUsedDate: string | null;
}

/** A managed policy (AWS or customer) with its default version and the entities it is attached to. */
export interface IamPolicy {
  readonly policyName: string;
  readonly arn: string;
  /** 'AWS' for AWS managed policies, 'Local' for customer managed ones. */
  readonly scope: 'AWS' | 'Local';
  readonly defaultVersionId: string | null;
  readonly document: PolicyDocument | null;
  readonly attachmentCount: number;
  readonly attachedUsers: readonly string[];
  readonly attachedGroups: readonly string[];
  readonly attachedRoles: readonly string[];
}

export interface IamServerCertificate {
  readonly serverCertificateName: string;
  readonly arn: string;
  readonly expiration: string | null;
  readonly uploadDate: string | null;
}

export interface IamIdentityProvider {
  readonly arn: string;
  readonly kind: 'SAML' | 'OIDC';
}

/** iam:GetAccountSummary and ListAccountAliases. */
export interface IamAccountSummary {
  readonly alias: string | null;
  readonly users: number;
  readonly mfaDevicesInUse: number;
}
