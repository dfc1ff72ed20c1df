/**
 * The injectable AWS client factory: one SDK v3 client per (service, region), configured the way a
 * scanner needs (adaptive retry, a timeout per call, endpoint overrides for emulators with S3
 * path-style addressing) and with every HTTP attempt bounded by the shared concurrency limiter.
 * This module imports the SDK statically; the CLI loads it with a dynamic import, so `--help`
 * never pays for it.
 */
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { AccountClient } from '@aws-sdk/client-account';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EFSClient } from '@aws-sdk/client-efs';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { Macie2Client } from '@aws-sdk/client-macie2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { SNSClient } from '@aws-sdk/client-sns';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider, HttpHandlerOptions, HttpRequest, HttpResponse, Pluggable, RequestHandler } from '@smithy/types';
import type { Limiter } from '../types.js';

/** Typed accessors for every client the collectors use; `region` is an AWS region name. */
export interface AwsClients {
  accessanalyzer(region: string): AccessAnalyzerClient;
  account(region: string): AccountClient;
  cloudtrail(region: string): CloudTrailClient;
  cloudwatch(region: string): CloudWatchClient;
  logs(region: string): CloudWatchLogsClient;
  config(region: string): ConfigServiceClient;
  ec2(region: string): EC2Client;
  efs(region: string): EFSClient;
  iam(region: string): IAMClient;
  kms(region: string): KMSClient;
  macie2(region: string): Macie2Client;
  organizations(region: string): OrganizationsClient;
  rds(region: string): RDSClient;
  s3(region: string): S3Client;
  s3control(region: string): S3ControlClient;
  securityhub(region: string): SecurityHubClient;
  sns(region: string): SNSClient;
  sts(region: string): STSClient;
  apigateway(region: string): APIGatewayClient;
  apigatewayv2(region: string): ApiGatewayV2Client;
  cloudfront(region: string): CloudFrontClient;
  elbv2(region: string): ElasticLoadBalancingV2Client;
  lambda(region: string): LambdaClient;
  secretsmanager(region: string): SecretsManagerClient;
  sqs(region: string): SQSClient;
}

export type AwsServiceKey = keyof AwsClients;

/** An HTTP handler the SDK accepts in place of its own (the benchmark's canned responses). */
export type AwsRequestHandler = RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;

export interface AwsClientSettings {
  /** Resolved once and shared by every client; omitted: the SDK's default chain. */
  readonly credentials?: AwsCredentialIdentityProvider;
  /** Attempts per call, including the first (the SDK's adaptive retry). */
  readonly maxAttempts?: number;
  /** Per-attempt timeout, in milliseconds. */
  readonly timeoutMs?: number;
  /** The environment that names endpoint overrides (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Replaces the SDK's HTTP handler (tests, benchmark). */
  readonly requestHandler?: AwsRequestHandler;
  /** Bounds concurrent HTTP attempts across every client. */
  readonly limiter?: Limiter;
  /** Extra middleware plugins for every client (tests, benchmark). */
  readonly plugins?: readonly Pluggable<object, object>[];
}

/** Builds the clients for one scan. Tests inject their own factory through CliDeps. */
export type AwsClientFactory = (settings: AwsClientSettings) => AwsClients;

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The SDK service id of each client, as AWS_ENDPOINT_URL_<ID> spells it (spaces → underscores). */
const SERVICE_IDS: Readonly<Record<AwsServiceKey, string>> = {
  accessanalyzer: 'AccessAnalyzer',
  account: 'Account',
  cloudtrail: 'CloudTrail',
  cloudwatch: 'CloudWatch',
  logs: 'CloudWatch Logs',
  config: 'Config Service',
  ec2: 'EC2',
  efs: 'EFS',
  iam: 'IAM',
  kms: 'KMS',
  macie2: 'Macie2',
  organizations: 'Organizations',
  rds: 'RDS',
  s3: 'S3',
  s3control: 'S3 Control',
  securityhub: 'SecurityHub',
  sns: 'SNS',
  sts: 'STS',
  apigateway: 'API Gateway',
  apigatewayv2: 'ApiGatewayV2',
  cloudfront: 'CloudFront',
  elbv2: 'Elastic Load Balancing v2',
  lambda: 'Lambda',
  secretsmanager: 'Secrets Manager',
  sqs: 'SQS',
};

export type ClientCtor = new (config: Record<string, unknown>) => {
  middlewareStack: { add: (...args: never[]) => void; use: (p: Pluggable<object, object>) => void };
};

/** The SDK client class of each service (tests mock these with aws-sdk-client-mock). */
export const AWS_CLIENT_CLASSES: Readonly<Record<AwsServiceKey, ClientCtor>> = {
  accessanalyzer: AccessAnalyzerClient as unknown as ClientCtor,
  account: AccountClient as unknown as ClientCtor,
  cloudtrail: CloudTrailClient as unknown as ClientCtor,
  cloudwatch: CloudWatchClient as unknown as ClientCtor,
  logs: CloudWatchLogsClient as unknown as ClientCtor,
  config: ConfigServiceClient as unknown as ClientCtor,
  ec2: EC2Client as unknown as ClientCtor,
  efs: EFSClient as unknown as ClientCtor,
  iam: IAMClient as unknown as ClientCtor,
  kms: KMSClient as unknown as ClientCtor,
  macie2: Macie2Client as unknown as ClientCtor,
  organizations: OrganizationsClient as unknown as ClientCtor,
  rds: RDSClient as unknown as ClientCtor,
  s3: S3Client as unknown as ClientCtor,
  s3control: S3ControlClient as unknown as ClientCtor,
  securityhub: SecurityHubClient as unknown as ClientCtor,
  sns: SNSClient as unknown as ClientCtor,
  sts: STSClient as unknown as ClientCtor,
  apigateway: APIGatewayClient as unknown as ClientCtor,
  apigatewayv2: ApiGatewayV2Client as unknown as ClientCtor,
  cloudfront: CloudFrontClient as unknown as ClientCtor,
  elbv2: ElasticLoadBalancingV2Client as unknown as ClientCtor,
  lambda: LambdaClient as unknown as ClientCtor,
  secretsmanager: SecretsManagerClient as unknown as ClientCtor,
  sqs: SQSClient as unknown as ClientCtor,
};

/** The endpoint override for a service: AWS_ENDPOINT_URL_<SERVICE_ID> beats AWS_ENDPOINT_URL. */
export function endpointOverride(service: AwsServiceKey, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const specific = env[`AWS_ENDPOINT_URL_${SERVICE_IDS[service].toUpperCase().replace(/ /g, '_')}`];
  const value = specific !== undefined && specific !== '' ? specific : env['AWS_ENDPOINT_URL'];
  return value !== undefined && value !== '' ? value : undefined;
}

/** The SDK client configuration for one service and region (exported for tests). */
export function clientConfig(service: AwsServiceKey, region: string, settings: AwsClientSettings): Record<string, unknown> {
  const endpoint = endpointOverride(service, settings.env ?? {});
  const config: Record<string, unknown> = {
    region,
    retryMode: 'adaptive',
    maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestHandler: settings.requestHandler ?? { requestTimeout: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS, connectionTimeout: 10_000 },
  };
  if (settings.credentials) config['credentials'] = settings.credentials;
  if (endpoint !== undefined) {
    config['endpoint'] = endpoint;
    // Emulators serve buckets under the path, not as virtual hosts.
    if (service === 's3') config['forcePathStyle'] = true;
  }
  return config;
}

/** Holds each HTTP attempt (below the retry middleware) to a limiter slot. */
function limiterPlugin(limiter: Limiter): Pluggable<object, object> {
  return {
    applyToStack(stack) {
      stack.add((next) => (args) => limiter.run(() => next(args)), { step: 'deserialize', priority: 'low', name: 'cspmConcurrencyLimiter' });
    },
  };
}

/** The real factory: clients are created on first use and cached per service and region. */
export const createAwsClients: AwsClientFactory = (settings) => {
  const cache = new Map<string, unknown>();
  const plugins = [...(settings.limiter ? [limiterPlugin(settings.limiter)] : []), ...(settings.plugins ?? [])];
  const get = (service: AwsServiceKey, region: string): unknown => {
    const key = `${service}\u0000${region}`;
    let client = cache.get(key);
    if (client === undefined) {
      const created = new AWS_CLIENT_CLASSES[service](clientConfig(service, region, settings));
      for (const plugin of plugins) created.middlewareStack.use(plugin);
      client = created;
      cache.set(key, client);
    }
    return client;
  };
  const clients = Object.fromEntries(Object.keys(AWS_CLIENT_CLASSES).map((service) => [service, (region: string) => get(service as AwsServiceKey, region)]));
  return clients as unknown as AwsClients;
};
