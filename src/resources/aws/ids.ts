/**
 * Resource ids for AWS facts that have no ARN (account- and region-level settings), shared by the
 * collectors and the builders: `aws:account/<id>[/region/<region>]/<kind>`.
 */

/** The `aws.account` resource id. */
export function awsAccountId(account: string): string {
  return `aws:account/${account}`;
}

/** The `aws.region` resource id. */
export function awsRegionId(account: string, region: string): string {
  return `${awsAccountId(account)}/region/${region}`;
}

/** An account-level fact, e.g. `aws:account/123456789012/iam-password-policy`. */
export function awsAccountFactId(account: string, kind: string): string {
  return `${awsAccountId(account)}/${kind}`;
}

/** A region-level fact, e.g. `aws:account/123456789012/region/eu-west-1/ebs-default-encryption`. */
export function awsRegionFactId(account: string, region: string, kind: string): string {
  return `${awsRegionId(account, region)}/${kind}`;
}
