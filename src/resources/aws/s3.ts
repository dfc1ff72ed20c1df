import type { PolicyDocument, PublicAccessBlock } from './common.js';

export interface S3Grant {
  /** 'CanonicalUser' | 'Group' | 'AmazonCustomerByEmail' */
  readonly granteeType: string;
  readonly granteeId: string | null;
  readonly granteeUri: string | null;
  /** 'FULL_CONTROL' | 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP' */
  readonly permission: string;
}

export interface S3Bucket {
  readonly name: string;
  readonly creationDate: string | null;
  /** Bucket-level Block Public Access; null when none is configured (NoSuchPublicAccessBlockConfiguration). */
  readonly publicAccessBlock: PublicAccessBlock | null;
  /** Bucket policy; null when the bucket has none (NoSuchBucketPolicy). */
  readonly policy: PolicyDocument | null;
  /** GetBucketPolicyStatus IsPublic; null when the bucket has no policy. */
  readonly policyIsPublic: boolean | null;
  readonly acl: { readonly ownerId: string | null; readonly grants: readonly S3Grant[] };
  /** 'BucketOwnerEnforced' disables ACLs; null when no ownership controls are set. */
  readonly objectOwnership: string | null;
  /** Default encryption; null when none (rare since 2023: S3 applies SSE-S3 by default). */
  readonly encryption: { readonly algorithm: string; readonly kmsKeyId: string | null; readonly bucketKeyEnabled: boolean } | null;
  readonly versioning: { readonly status: 'Enabled' | 'Suspended' | null; readonly mfaDelete: 'Enabled' | 'Disabled' | null };
  /** Server access logging; null when disabled. */
  readonly logging: { readonly targetBucket: string; readonly targetPrefix: string } | null;
}

/** s3control:GetPublicAccessBlock for the account; `configuration` null when none is set. */
export interface S3AccountPublicAccessBlock {
  readonly configuration: PublicAccessBlock | null;
}
