/** Shapes shared by several AWS resource types. Values are as AWS reports them, normalised to nullable fields. */

/** An IAM-style policy document (identity or resource policy), parsed from JSON and URL-decoded. */
export interface PolicyDocument {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: readonly PolicyStatement[];
}

export type PolicyPrincipal = '*' | { readonly [kind: string]: string | readonly string[] };

export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: PolicyPrincipal;
  readonly NotPrincipal?: PolicyPrincipal;
  readonly Action?: string | readonly string[];
  readonly NotAction?: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly NotResource?: string | readonly string[];
  readonly Condition?: { readonly [operator: string]: { readonly [key: string]: string | readonly string[] | boolean | number } };
}

/** A managed policy attached to a user, group or role. */
export interface AttachedPolicy {
  readonly arn: string;
  readonly name: string;
}

/** An inline (embedded) policy with its document. */
export interface InlinePolicy {
  readonly name: string;
  readonly document: PolicyDocument;
}

/** The four S3 Block Public Access flags (bucket or account level). */
export interface PublicAccessBlock {
  readonly blockPublicAcls: boolean;
  readonly ignorePublicAcls: boolean;
  readonly blockPublicPolicy: boolean;
  readonly restrictPublicBuckets: boolean;
}

/**
 * One row of the IAM credential report, with the raw values AWS writes: ISO dates, or the literals
 * 'N/A', 'no_information', 'not_supported'. Parse dates with `reportDate()` from src/engine/helpers.
 */
export interface CredentialReportRow {
  readonly user: string;
  readonly arn: string;
  readonly userCreationTime: string;
  readonly passwordEnabled: string;
  readonly passwordLastUsed: string;
  readonly passwordLastChanged: string;
  readonly passwordNextRotation: string;
  readonly mfaActive: string;
  readonly accessKey1Active: string;
  readonly accessKey1LastRotated: string;
  readonly accessKey1LastUsedDate: string;
  readonly accessKey2Active: string;
  readonly accessKey2LastRotated: string;
  readonly accessKey2LastUsedDate: string;
  readonly cert1Active: string;
  readonly cert2Active: string;
}
