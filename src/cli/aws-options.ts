/** The flags of live AWS collection (`cspm scan`, `cspm collect`), as commander Options. */
import { Option } from '@commander-js/extra-typings';
import { DEFAULT_CONCURRENCY } from '../providers/aws/defaults.js';
import { parseList, parsePositiveInt } from './options.js';

/** What the AWS flags resolve to. */
export interface AwsCliOptions {
  readonly profile?: string;
  readonly region?: string;
  readonly regions?: readonly string[];
  readonly excludeRegions?: readonly string[];
  readonly roleArn?: string;
  readonly externalId?: string;
  readonly concurrency?: number;
}

export const awsOptions = {
  profile: () => new Option('--profile <name>', 'AWS profile from ~/.aws/config (default: AWS_PROFILE, then the default chain)'),
  region: () => new Option('--region <region>', 'home region for STS, IAM and other global services (default: AWS_REGION, then us-east-1)'),
  regions: () => new Option('--regions <list>', 'only these regions, comma-separated (default: every enabled region)').argParser(parseList),
  excludeRegions: () => new Option('--exclude-regions <list>', 'skip these regions, comma-separated').argParser(parseList),
  roleArn: () => new Option('--role-arn <arn>', 'assume this IAM role (STS AssumeRole) before scanning'),
  externalId: () => new Option('--external-id <id>', 'external id for --role-arn'),
  concurrency: () => new Option('--concurrency <n>', `AWS API calls in flight at once (default: ${DEFAULT_CONCURRENCY})`).argParser(parsePositiveInt),
};

/** True when any live-collection flag was given (they make no sense with --input or --demo). */
export function hasAwsFlags(opts: AwsCliOptions): boolean {
  return (
    opts.profile !== undefined ||
    opts.region !== undefined ||
    opts.regions !== undefined ||
    opts.excludeRegions !== undefined ||
    opts.roleArn !== undefined ||
    opts.externalId !== undefined ||
    opts.concurrency !== undefined
  );
}
