/**
 * A realistic benign CloudTrail stream for measuring false alarms and speed: one account, a week
 * of ordinary life. Applications and instance roles call a few APIs around the clock from stable
 * networks; a CI role deploys in bursts on working days (Lambda code, CloudFormation, ECR); a
 * Terraform role reads hundreds of resources nightly; a third-party scanner assumes a role daily
 * and is refused on the same few APIs; people sign in to the console with MFA (or SSO) on working
 * hours from the office or home, use the CLI, rotate their own keys, and sometimes get refused;
 * an administrator occasionally creates service roles, attaches scoped policies and opens 443; AWS
 * services act for the account; and now and then a new person joins. Seeded: the same options
 * always give the same records, so the figures in docs/detection.md are reproducible.
 */
import { mulberry32 } from '../../../src/detect/model/prng.js';

export interface BenignOptions {
  readonly seed?: number;
  /** Epoch ms of the first minute (default 2026-10-05T00:00Z, a Monday). */
  readonly start?: number;
  readonly hours: number;
  /** Multiplies every rate (1 ≈ 2,500 events per working hour). */
  readonly scale?: number;
}

type Json = Record<string, unknown>;
const ACCOUNT = '123456789012';
const SCANNER_ACCOUNT = '999988887777';

interface Persona {
  readonly name: string;
  /** Events per hour at this hour of the week (0 = Monday 00:00 UTC). */
  rate(hourOfWeek: number): number;
  /** One event (without time and ids). */
  make(r: () => number, minute: number): Json;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const working = (h: number): boolean => h % 24 >= 8 && h % 24 < 18 && Math.floor(h / 24) < 5;

function role(name: string, session: string, extra: Json = {}): Json {
  return {
    type: 'AssumedRole',
    principalId: `AROA${name
      .toUpperCase()
      .replace(/[^A-Z]/g, '')
      .slice(0, 12)}:${session}`,
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${name}/${session}`,
    accountId: ACCOUNT,
    accessKeyId: `ASIA${Math.abs(hash(name + session))
      .toString(36)
      .toUpperCase()
      .padEnd(16, 'X')
      .slice(0, 16)}`,
    sessionContext: {
      sessionIssuer: { type: 'Role', principalId: `AROA${name.length}`, arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, accountId: ACCOUNT, userName: name },
      attributes: { creationDate: '2026-10-05T00:00:00Z', mfaAuthenticated: 'false' },
      ...extra,
    },
  };
}

function user(name: string): Json {
  return {
    type: 'IAMUser',
    principalId: `AIDA${name.toUpperCase()}`,
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    accountId: ACCOUNT,
    accessKeyId: `AKIA${name.toUpperCase().padEnd(16, '0').slice(0, 16)}`,
    userName: name,
  };
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

const ev = (identity: Json, source: string, name: string, ip: string, ua: string, request: Json | null = null, extra: Json = {}): Json => ({
  userIdentity: identity,
  eventSource: `${source}.amazonaws.com`,
  eventName: name,
  sourceIPAddress: ip,
  userAgent: ua,
  requestParameters: request,
  ...extra,
});

const SDK_JAVA = 'aws-sdk-java/2.25.10 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.9 java/17.0.9 vendor/Amazon.com_Inc. md/internal exec-env/AWS_ECS_FARGATE';
const SDK_PY = 'Boto3/1.34.20 md/Botocore#1.34.20 ua/2.0 os/linux#5.10 md/arch#x86_64 lang/python#3.11.6 cfg/retry-mode#legacy Botocore/1.34.20';
const CLI = 'aws-cli/2.15.10 md/awscrt#0.19.19 ua/2.0 os/macos#23.2.0 md/arch#arm64 lang/python#3.11.6 md/installer#source command/s3.ls';
const CONSOLE = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const TF = 'APN/1.0 HashiCorp/1.0 Terraform/1.6.6 (+https://www.terraform.io) terraform-provider-aws/5.31.0 aws-sdk-go-v2/1.24.0 os/linux lang/go#1.21.5';
const OFFICE = (r: () => number) => `198.51.100.${10 + Math.floor(r() * 40)}`;
const HOME: Readonly<Record<string, string>> = { alice: '203.0.113.21', bob: '203.0.113.77', carol: '192.0.2.140', dan: '192.0.2.33' };

function personas(scale: number): Persona[] {
  const s = (n: number) => n * scale;
  const people = ['alice', 'bob', 'carol', 'dan'];
  const instances = ['i-0a1b2c3d4e5f60001', 'i-0a1b2c3d4e5f60002', 'i-0a1b2c3d4e5f60003'];
  const instanceIp: Readonly<Record<string, string>> = {
    'i-0a1b2c3d4e5f60001': '52.18.10.11',
    'i-0a1b2c3d4e5f60002': '52.18.10.12',
    'i-0a1b2c3d4e5f60003': '10.0.3.17',
  };
  return [
    {
      name: 'orders-api (ECS task role)',
      rate: (h) => s(working(h) ? 900 : 450),
      make: (r) => {
        const identity = role('orders-api-task', `ecs-task-${Math.floor(r() * 6)}`);
        const ip = '10.0.1.25';
        const x = r();
        if (x < 0.55)
          return ev(
            identity,
            'kms',
            pick(r, ['Decrypt', 'GenerateDataKey']),
            ip,
            SDK_JAVA,
            { keyId: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/orders` },
            { readOnly: true },
          );
        if (x < 0.7) return ev(identity, 'secretsmanager', 'GetSecretValue', ip, SDK_JAVA, { secretId: pick(r, ['orders/db', 'orders/stripe']) });
        if (x < 0.85) return ev(identity, 'sts', 'GetCallerIdentity', ip, SDK_JAVA);
        return ev(identity, 'ssm', 'GetParameter', ip, SDK_JAVA, { name: pick(r, ['/orders/feature-flags', '/orders/db-password']), withDecryption: true });
      },
    },
    {
      name: 'worker instances (instance profile)',
      rate: () => s(360),
      make: (r) => {
        const instance = pick(r, instances);
        const identity = role('worker-instance', instance, { ec2RoleDelivery: '2.0' });
        const ip = instanceIp[instance] ?? '10.0.0.1';
        const x = r();
        if (x < 0.4)
          return ev(
            identity,
            'ssm',
            pick(r, ['UpdateInstanceInformation', 'ListInstanceAssociations']),
            ip,
            'aws-sdk-go/1.44.260 (go1.20.6; linux; amd64) amazon-ssm-agent/3.2.1705.0',
          );
        if (x < 0.6) return ev(identity, 'monitoring', 'PutMetricData', ip, SDK_PY, { namespace: 'Workers' });
        if (x < 0.8) return ev(identity, 'kms', 'Decrypt', ip, SDK_PY, null, { readOnly: true });
        return ev(identity, 'sqs', pick(r, ['ReceiveMessage', 'DeleteMessage']), ip, SDK_PY, {
          queueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs',
        });
      },
    },
    {
      name: 'CI deploy role (OIDC, bursts on working days)',
      rate: (h) => s(working(h) && h % 24 !== 12 ? 140 : 0),
      make: (r, minute) => {
        const run = `GitHubActions-${Math.floor(minute / 45)}`;
        const identity = role('github-deploy', run);
        const ip = `140.82.112.${Math.floor(r() * 30)}`;
        const ua = 'aws-sdk-nodejs/2.1692.0 linux/v20.10.0 exec-env/GitHubActions';
        const x = r();
        if (x < 0.15)
          return ev(identity, 'lambda', 'UpdateFunctionCode20150331v2', ip, ua, {
            functionName: pick(r, ['orders-webhook', 'invoice-pdf', 'nightly-report']),
            publish: true,
          });
        if (x < 0.3)
          return ev(identity, 'cloudformation', pick(r, ['CreateChangeSet', 'ExecuteChangeSet', 'DescribeStacks', 'DescribeChangeSet']), ip, ua, {
            stackName: 'orders',
          });
        if (x < 0.5)
          return ev(identity, 'ecr', pick(r, ['GetAuthorizationToken', 'PutImage', 'InitiateLayerUpload', 'BatchCheckLayerAvailability']), ip, ua, {
            repositoryName: 'orders',
          });
        if (x < 0.6) return ev(identity, 'ecs', pick(r, ['RegisterTaskDefinition', 'UpdateService', 'DescribeServices']), ip, ua, { cluster: 'prod' });
        if (x < 0.7) return ev(identity, 'iam', 'PassRole', ip, ua);
        return ev(identity, 's3', pick(r, ['PutObject', 'ListBucket', 'GetBucketLocation']), ip, ua, { bucketName: 'deploy-artifacts' });
      },
    },
    {
      name: 'Terraform drift check (nightly read sweep)',
      rate: (h) => s(h % 24 === 2 ? 600 : 0),
      make: (r) => {
        const identity = role('terraform-plan', 'drift-check');
        const [src, name] = pick(r, [
          ['ec2', 'DescribeInstances'],
          ['ec2', 'DescribeSecurityGroups'],
          ['ec2', 'DescribeVpcs'],
          ['ec2', 'DescribeSubnets'],
          ['iam', 'GetRole'],
          ['iam', 'ListRolePolicies'],
          ['iam', 'GetPolicyVersion'],
          ['s3', 'GetBucketPolicy'],
          ['s3', 'GetBucketAcl'],
          ['lambda', 'GetFunction20150331v2'],
          ['rds', 'DescribeDBInstances'],
          ['kms', 'DescribeKey'],
        ] as const);
        return ev(identity, src, name, '34.248.10.5', TF, null, { readOnly: true });
      },
    },
    {
      name: 'third-party scanner (cross-account role, daily)',
      rate: (h) => s(h % 24 === 5 ? 500 : 0),
      make: (r) => {
        const identity = role('vendor-cspm-audit', 'scan', {});
        (identity['sessionContext'] as Json)['sessionIssuer'] = {
          type: 'Role',
          principalId: 'AROAVENDOR',
          arn: `arn:aws:iam::${ACCOUNT}:role/vendor-cspm-audit`,
          accountId: ACCOUNT,
          userName: 'vendor-cspm-audit',
        };
        const x = r();
        const denied = x < 0.04;
        const name = denied
          ? pick(r, ['GetAccountPasswordPolicy', 'ListSecrets', 'GetBucketPolicyStatus'])
          : pick(r, [
              'DescribeInstances',
              'ListUsers',
              'ListRoles',
              'GetBucketEncryption',
              'DescribeTrails',
              'GetEventSelectors',
              'ListKeys',
              'DescribeDBInstances',
              'ListFunctions20150331',
            ]);
        const src = /Secret/.test(name)
          ? 'secretsmanager'
          : /Bucket/.test(name)
            ? 's3'
            : /Trail|Event/.test(name)
              ? 'cloudtrail'
              : /User|Role|Password/.test(name)
                ? 'iam'
                : /Key/.test(name)
                  ? 'kms'
                  : /DB/.test(name)
                    ? 'rds'
                    : /Function/.test(name)
                      ? 'lambda'
                      : 'ec2';
        return ev(identity, src, name, '35.180.0.10', 'Boto3/1.34.0 Python/3.11 vendor-scanner/4.2', null, {
          readOnly: true,
          ...(denied ? { errorCode: 'AccessDenied', errorMessage: 'not authorized' } : {}),
        });
      },
    },
    ...people.map((name, i): Persona => ({
      name: `person ${name}`,
      rate: (h) => s(working(h) ? 22 + i * 4 : h % 24 >= 19 && h % 24 < 22 && Math.floor(h / 24) < 5 ? 3 : 0),
      make: (r, minute) => {
        const sso = i % 2 === 1;
        const identity = sso ? role(`AWSReservedSSO_Developer_7f2a${i}`, `${name}@example.com`) : user(name);
        const atHome = (minute / 60) % 24 >= 18 || r() < 0.1;
        const ip = atHome ? (HOME[name] ?? '203.0.113.1') : OFFICE(r);
        const x = r();
        if (x < 0.02 && !sso)
          return ev(identity, 'signin', 'ConsoleLogin', ip, CONSOLE, null, {
            responseElements: { ConsoleLogin: 'Success' },
            additionalEventData: { MFAUsed: 'Yes', LoginTo: 'https://console.aws.amazon.com/' },
            eventType: 'AwsConsoleSignIn',
          });
        if (x < 0.5)
          return ev(
            identity,
            pick(r, ['ec2', 'cloudwatch', 'logs', 'ecs']),
            pick(r, ['DescribeInstances', 'DescribeAlarms', 'DescribeLogGroups', 'ListClusters']),
            ip,
            CONSOLE,
            null,
            { readOnly: true },
          );
        if (x < 0.8)
          return ev(identity, pick(r, ['s3', 'logs', 'cloudformation']), pick(r, ['ListBuckets', 'FilterLogEvents', 'DescribeStacks']), ip, CLI, null, {
            readOnly: true,
          });
        if (x < 0.96) return ev(identity, 'logs', 'StartQuery', ip, CONSOLE, { logGroupName: '/ecs/orders' });
        if (x < 0.985)
          return ev(
            identity,
            'iam',
            'GetRole',
            ip,
            CLI,
            { roleName: 'orders-api-task' },
            { errorCode: 'AccessDenied', errorMessage: 'not authorized', readOnly: true },
          );
        if (x < 0.995 && !sso) return ev(identity, 'iam', pick(r, ['CreateAccessKey', 'UpdateAccessKey', 'DeleteAccessKey']), ip, CLI, { userName: name });
        return ev(identity, 'sts', 'GetCallerIdentity', ip, CLI);
      },
    })),
    {
      name: 'platform administrator (SSO)',
      rate: (h) => s(working(h) ? 6 : 0),
      make: (r) => {
        const identity = role('AWSReservedSSO_PlatformAdmin_91ce', 'erin@example.com');
        const ip = OFFICE(r);
        const x = r();
        if (x < 0.3)
          return ev(identity, 'iam', 'CreateRole', ip, CONSOLE, {
            roleName: `svc-${Math.floor(r() * 1e6)}`,
            assumeRolePolicyDocument: JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
            }),
          });
        if (x < 0.55)
          return ev(identity, 'iam', 'AttachRolePolicy', ip, CONSOLE, {
            roleName: 'svc',
            policyArn: pick(r, ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', 'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess']),
          });
        if (x < 0.7)
          return ev(identity, 'iam', 'PutRolePolicy', ip, CONSOLE, {
            roleName: 'svc',
            policyName: 'queue',
            policyDocument: JSON.stringify({
              Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:eu-west-1:123456789012:jobs' }],
            }),
          });
        if (x < 0.985) return ev(identity, 'ec2', pick(r, ['DescribeSecurityGroups', 'CreateTags', 'DescribeInstances']), ip, CONSOLE, null);
        return ev(identity, 'ec2', 'AuthorizeSecurityGroupIngress', ip, CONSOLE, {
          groupId: 'sg-0web',
          ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] },
        });
      },
    },
    {
      name: 'AWS services acting for the account',
      rate: () => s(300),
      make: (r) => {
        const service = pick(r, [
          'config.amazonaws.com',
          'elasticloadbalancing.amazonaws.com',
          'autoscaling.amazonaws.com',
          'ecs-tasks.amazonaws.com',
          'lambda.amazonaws.com',
        ]);
        return ev({ type: 'AWSService', invokedBy: service }, 'sts', 'AssumeRole', service, service, {
          roleArn: `arn:aws:iam::${ACCOUNT}:role/svc`,
          roleSessionName: 'x',
        });
      },
    },
    {
      name: 'new joiner (a new SSO session now and then)',
      rate: (h) => s(working(h) && h % 24 === 10 && Math.floor(h / 24) % 3 === 0 ? 12 : 0),
      make: (r, minute) => {
        const who = `newhire${Math.floor(minute / (60 * 24 * 3))}@example.com`;
        return ev(role('AWSReservedSSO_Developer_7f2a1', who), 'ec2', pick(r, ['DescribeInstances', 'DescribeVpcs']), OFFICE(r), CONSOLE, null, {
          readOnly: true,
        });
      },
    },
    {
      name: 'scanner role assumption from the vendor account',
      rate: (h) => s(h % 24 === 5 ? 2 : 0),
      make: () =>
        ev(
          { type: 'AWSAccount', principalId: `AIDAVENDOR:${SCANNER_ACCOUNT}`, accountId: SCANNER_ACCOUNT },
          'sts',
          'AssumeRole',
          '35.180.0.10',
          'Boto3/1.34.0 Python/3.11 vendor-scanner/4.2',
          {
            roleArn: `arn:aws:iam::${ACCOUNT}:role/vendor-cspm-audit`,
            roleSessionName: 'scan',
            externalId: 'vendor-ext-id',
          },
        ),
    },
  ];
}

/** Benign CloudTrail records in time order, minute by minute. */
export function* benignRecords(options: BenignOptions): Generator<Json> {
  const random = mulberry32(options.seed ?? 2026);
  const start = options.start ?? Date.parse('2026-10-05T00:00:00Z');
  const cast = personas(options.scale ?? 1);
  let n = 0;
  for (let minute = 0; minute < options.hours * 60; minute++) {
    const t0 = start + minute * 60_000;
    const hourOfWeek = Math.floor(((t0 - Date.parse('2026-10-05T00:00:00Z')) / 3_600_000) % 168);
    const batch: Json[] = [];
    const absoluteMinute = Math.floor((t0 - Date.parse('2026-10-05T00:00:00Z')) / 60_000);
    for (const p of cast) {
      const perMinute = p.rate(hourOfWeek) / 60;
      let count = Math.floor(perMinute);
      if (random() < perMinute - count) count++;
      for (let i = 0; i < count; i++) {
        const e = p.make(random, absoluteMinute);
        const time = t0 + Math.floor(random() * 60_000);
        n++;
        batch.push(finish(e, time, n, random));
      }
    }
    batch.sort((a, b) => (a['eventTime'] as string).localeCompare(b['eventTime'] as string));
    yield* batch;
  }
}

function finish(e: Json, time: number, n: number, random: () => number): Json {
  const id = `${n.toString(16).padStart(8, '0')}-${Math.floor(random() * 0xffff)
    .toString(16)
    .padStart(4, '0')}-4000-8000-${(n * 2654435761).toString(16).slice(-12).padStart(12, '0')}`;
  const source = String(e['eventSource']);
  const region = source.startsWith('iam') || source.startsWith('signin') ? 'us-east-1' : 'eu-west-1';
  return {
    eventVersion: '1.09',
    ...e,
    eventTime: new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    awsRegion: region,
    requestParameters: e['requestParameters'] ?? null,
    responseElements: e['responseElements'] ?? null,
    requestID: id.replace(/-/g, '').slice(0, 32),
    eventID: id,
    readOnly: e['readOnly'] ?? /^(Get|List|Describe)/.test(String(e['eventName'])),
    eventType: e['eventType'] ?? 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: `${source.split('.')[0] ?? 'x'}.${region}.amazonaws.com`,
    },
  };
}
