/**
 * Credentials as AWS users expect them: the SDK's default chain (environment, shared config and
 * credentials files, SSO, credential_process, container and instance roles), a named profile, and
 * an optional role to assume. STS GetCallerIdentity is called first; anything that stops it
 * becomes one clear CredentialsError line (exit 2).
 */
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { AssumeRoleCommand, GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { CredentialsError, errorMessage } from '../../core/errors.js';
import { rawErrorCode } from './errors.js';

export interface CallerIdentity {
  readonly account: string;
  /** The caller's ARN (an assumed-role session ARN when --role-arn is used). */
  readonly arn: string;
  readonly partition: string;
}

export interface CredentialOptions {
  readonly profile?: string | undefined;
  readonly roleArn?: string | undefined;
  readonly externalId?: string | undefined;
}

/** The default chain, or the named profile's; memoised, so it resolves once per scan. */
export function baseCredentials(profile: string | undefined): AwsCredentialIdentityProvider {
  return fromNodeProviderChain(profile !== undefined ? { profile } : {});
}

/** Refresh assumed-role credentials this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

export class AssumeRoleError extends Error {
  constructor(
    readonly roleArn: string,
    override readonly cause: unknown,
  ) {
    super(`cannot assume role ${roleArn}: ${rawErrorCode(cause)}: ${errorMessage(cause)}`);
    this.name = 'AssumeRoleError';
  }
}

/**
 * Credentials of `roleArn`, assumed through `sts` (a client holding the base credentials) and
 * refreshed before they expire. Uses our own STS client so tests and emulators see the call.
 */
export function assumeRoleCredentials(sts: STSClient, roleArn: string, externalId: string | undefined, now: () => Date): AwsCredentialIdentityProvider {
  let cached: AwsCredentialIdentity | null = null;
  let pending: Promise<AwsCredentialIdentity> | null = null;
  const fresh = (c: AwsCredentialIdentity | null): c is AwsCredentialIdentity =>
    c !== null && (c.expiration === undefined || c.expiration.getTime() - now().getTime() > REFRESH_MARGIN_MS);
  return () => {
    if (fresh(cached)) return Promise.resolve(cached);
    pending ??= sts
      .send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'cspm-scan', ...(externalId !== undefined ? { ExternalId: externalId } : {}) }))
      .then(
        (out) => {
          const c = out.Credentials;
          if (!c?.AccessKeyId || !c.SecretAccessKey) throw new AssumeRoleError(roleArn, new Error('STS returned no credentials'));
          cached = {
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
            ...(c.Expiration ? { expiration: c.Expiration } : {}),
          };
          return cached;
        },
        (error: unknown) => {
          throw error instanceof AssumeRoleError ? error : new AssumeRoleError(roleArn, error);
        },
      )
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

/** STS GetCallerIdentity with the scan's credentials: who we are, or one clear line and exit 2. */
export async function callerIdentity(sts: STSClient, options: CredentialOptions): Promise<CallerIdentity> {
  try {
    // Resolve the chain (and any AssumeRole) first, so its failure is named as such.
    await sts.config.credentials();
    const out = await sts.send(new GetCallerIdentityCommand({}));
    if (out.Account === undefined || out.Arn === undefined) throw new Error('STS GetCallerIdentity returned no account');
    return { account: out.Account, arn: out.Arn, partition: out.Arn.split(':')[1] ?? 'aws' };
  } catch (error) {
    throw credentialsError(error, options);
  }
}

/** Turns whatever stopped GetCallerIdentity into one actionable line. */
export function credentialsError(error: unknown, options: CredentialOptions): CredentialsError {
  const message = errorMessage(error).replace(/\s+/g, ' ').trim();
  const code = rawErrorCode(error);
  const profile = options.profile !== undefined ? ` --profile ${options.profile}` : '';
  if (error instanceof AssumeRoleError) {
    const cause = error.cause;
    const inner = rawErrorCode(cause);
    if (inner === 'CredentialsProviderError' || inner === 'TokenProviderError') return credentialsError(cause, { ...options, roleArn: undefined });
    return new CredentialsError(`cannot assume role ${error.roleArn} (${inner}): ${errorMessage(cause).replace(/\s+/g, ' ').trim()}`, { cause: error });
  }
  if (/SSO/i.test(message) && /(expired|invalid|refresh|sso login)/i.test(message)) {
    return new CredentialsError(`the AWS SSO session has expired or is invalid: run 'aws sso login${profile}' and try again`, { cause: error });
  }
  if (code === 'CredentialsProviderError' || /could not load credentials/i.test(message)) {
    if (/profile/i.test(message) && /(not found|could not be found|could not be parsed)/i.test(message)) {
      return new CredentialsError(`AWS profile${profile ? ` '${options.profile ?? ''}'` : ''} was not found in ~/.aws/config or ~/.aws/credentials`, {
        cause: error,
      });
    }
    return new CredentialsError(
      'no AWS credentials found: set AWS_PROFILE or pass --profile, run aws configure / aws sso login, or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
      { cause: error },
    );
  }
  if (code === 'ExpiredToken' || code === 'ExpiredTokenException' || code === 'RequestExpired') {
    return new CredentialsError(`the AWS credentials have expired (${code}): refresh them and try again`, { cause: error });
  }
  if (code === 'InvalidClientTokenId' || code === 'SignatureDoesNotMatch' || code === 'UnrecognizedClientException' || code === 'AccessDenied') {
    return new CredentialsError(`AWS rejected the credentials (${code}): ${message}`, { cause: error });
  }
  return new CredentialsError(`cannot verify the AWS credentials with STS GetCallerIdentity (${code}): ${message}`, { cause: error });
}
