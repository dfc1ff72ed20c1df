/** Account- and region-level facts. These are real resources, never placeholders (house style 2.3). */

/** The scanned account itself: emitted by the provider from STS GetCallerIdentity, always present. */
export interface AwsAccount {
  readonly accountId: string;
  readonly partition: string;
}

/** One region the scan covered: emitted by region discovery, always present for every scanned region. */
export interface AwsRegion {
  readonly regionName: string;
  /** 'opt-in-not-required' | 'opted-in' | 'not-opted-in', as EC2 DescribeRegions reports it. */
  readonly optInStatus: string;
}

export interface Contact {
  readonly name: string | null;
  readonly title: string | null;
  readonly emailAddress: string | null;
  readonly phoneNumber: string | null;
}

/** account:GetAlternateContact for each type; null where none is registered (ResourceNotFoundException). */
export interface AwsAlternateContacts {
  readonly security: Contact | null;
  readonly billing: Contact | null;
  readonly operations: Contact | null;
}

/** organizations:DescribeOrganization; `organization` is null when the account is not in one. */
export interface AwsOrganizationMembership {
  readonly organization: {
    readonly id: string;
    readonly arn: string;
    readonly masterAccountId: string;
    readonly featureSet: string;
  } | null;
  /**
   * iam:ListOrganizationsFeatures EnabledFeatures ('RootCredentialsManagement', 'RootSessions'):
   * centralized root access. null when this account cannot read it (only the management account and
   * the IAM delegated administrator can) or when the account is not in an organization.
   */
  readonly organizationsFeatures: readonly string[] | null;
}
