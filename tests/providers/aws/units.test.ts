/** The AWS provider's pure parts: error normalisation, absent codes, credential messages, regions, parsers, limiter, progress. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { terminalProgress } from '../../../src/cli/progress.js';
import { CredentialsError } from '../../../src/core/errors.js';
import { createLimiter } from '../../../src/providers/limiter.js';
import { clientConfig, endpointOverride } from '../../../src/providers/aws/clients.js';
import { parseCredentialReport, reportDateOrNull } from '../../../src/providers/aws/collectors/iam-credential-report.js';
import { regionOfLocation } from '../../../src/providers/aws/collectors/s3.js';
import { AssumeRoleError, credentialsError } from '../../../src/providers/aws/credentials.js';
import { isAbsent, normaliseAwsError } from '../../../src/providers/aws/errors.js';
import { parsePolicyDocument } from '../../../src/providers/aws/policy.js';
import { selectRegions } from '../../../src/providers/aws/regions.js';
import { awsError, credentialReportCsv, rootRow } from '../../support/aws/fake-aws.js';

describe('normaliseAwsError', () => {
  it.each([
    ['AccessDeniedException', true, 'AccessDenied'],
    ['UnauthorizedOperation', true, 'AccessDenied'],
    ['AuthorizationError', true, 'AccessDenied'],
    ['ThrottlingException', true, 'Throttling'],
    ['RequestLimitExceeded', true, 'Throttling'],
    ['TimeoutError', true, 'Timeout'],
    ['AuthFailure', true, 'RegionDisabled'],
    ['UnrecognizedClientException', true, 'RegionDisabled'],
    ['UnrecognizedClientException', false, 'UnrecognizedClientException'],
    ['NoSuchBucket', true, 'NoSuchBucket'],
  ])('%s (regional: %s) is %s', (name, regional, code) => {
    expect(normaliseAwsError(awsError(name, 'boom'), regional).code).toBe(code);
  });

  it('maps network failures by their Node code and keeps the message on one line', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND ec2.xx.amazonaws.com\n  at x'), { code: 'ENOTFOUND' });
    expect(normaliseAwsError(error, true)).toEqual({ code: 'NetworkError', message: 'getaddrinfo ENOTFOUND ec2.xx.amazonaws.com at x' });
  });
});

describe('absent codes', () => {
  it('only the named codes of each action mean "not configured"', () => {
    expect(isAbsent('s3:GetBucketPolicy', awsError('NoSuchBucketPolicy'))).toBe(true);
    expect(isAbsent('s3:GetBucketPolicy', awsError('AccessDenied'))).toBe(false);
    expect(isAbsent('iam:GetAccountPasswordPolicy', awsError('NoSuchEntity'))).toBe(true);
    expect(isAbsent('macie2:GetMacieSession', awsError('AccessDeniedException', 'Macie is not enabled.'))).toBe(true);
    expect(isAbsent('macie2:GetMacieSession', awsError('AccessDeniedException', 'User is not authorized to perform macie2:GetMacieSession'))).toBe(false);
    expect(isAbsent('ec2:DescribeInstances', awsError('NoSuchEntity'))).toBe(false);
  });
});

describe('credentialsError', () => {
  const line = (e: CredentialsError) => e.message;
  it.each([
    [Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }), {}, /^no AWS credentials found/],
    [
      Object.assign(
        new Error('The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login'),
        {
          name: 'TokenProviderError',
        },
      ),
      { profile: 'prod' },
      /^the AWS SSO session has expired or is invalid: run 'aws sso login --profile prod'/,
    ],
    [
      Object.assign(new Error('Profile ghost could not be found or parsed in shared credentials file.'), { name: 'CredentialsProviderError' }),
      { profile: 'ghost' },
      /^AWS profile 'ghost' was not found/,
    ],
    [awsError('ExpiredToken', 'The security token included in the request is expired'), {}, /^the AWS credentials have expired \(ExpiredToken\)/],
    [
      new AssumeRoleError('arn:aws:iam::1:role/r', awsError('AccessDenied', 'not authorized')),
      {},
      /^cannot assume role arn:aws:iam::1:role\/r \(AccessDenied\): not authorized/,
    ],
  ])('%#: one actionable line', (error, options, pattern) => {
    const e = credentialsError(error, options);
    expect(e).toBeInstanceOf(CredentialsError);
    expect(e.exitCode).toBe(2);
    expect(line(e)).toMatch(pattern);
    expect(line(e)).not.toContain('\n');
  });
});

describe('selectRegions', () => {
  const known = [
    { name: 'us-east-1', optInStatus: 'opt-in-not-required' },
    { name: 'eu-west-1', optInStatus: 'opt-in-not-required' },
    { name: 'ap-east-1', optInStatus: 'not-opted-in' },
  ];
  it('defaults to every enabled region, applies --exclude-regions, keeps asked-for disabled regions apart', () => {
    expect(selectRegions(known, undefined, undefined).scan.map((r) => r.name)).toEqual(['eu-west-1', 'us-east-1']);
    expect(selectRegions(known, undefined, ['eu-west-1']).scan.map((r) => r.name)).toEqual(['us-east-1']);
    const asked = selectRegions(known, ['ap-east-1', 'us-east-1'], undefined);
    expect(asked.scan.map((r) => r.name)).toEqual(['us-east-1']);
    expect(asked.disabled.map((r) => r.name)).toEqual(['ap-east-1']);
  });
  it('rejects unknown names and an empty selection', () => {
    expect(() => selectRegions(known, ['mars-1'], undefined)).toThrow(/unknown AWS region 'mars-1'/);
    expect(() => selectRegions(known, ['us-east-1'], ['us-east-1'])).toThrow(/no region left/);
  });
});

describe('parsers', () => {
  it('keeps the credential report raw values', () => {
    const rows = parseCredentialReport(
      credentialReportCsv([rootRow({ password_last_used: 'no_information' }), { user: 'bob', arn: 'arn:aws:iam::1:user/bob', password_enabled: 'true' }]),
    );
    expect(rows.get('<root_account>')?.passwordLastUsed).toBe('no_information');
    expect(rows.get('bob')).toMatchObject({ passwordEnabled: 'true', accessKey1LastUsedDate: 'N/A' });
    expect(reportDateOrNull('N/A')).toBeNull();
    expect(reportDateOrNull('2026-01-01T00:00:00+00:00')).toBe('2026-01-01T00:00:00+00:00');
    expect(() => parseCredentialReport('user,arn\nx,y\n')).toThrow(SyntaxError);
  });
  it('URL-decodes IAM documents and normalises a single Statement', () => {
    const doc = parsePolicyDocument(encodeURIComponent('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}'));
    expect(doc.Statement).toEqual([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    expect(() => parsePolicyDocument('{"Version":"2012-10-17"}')).toThrow(SyntaxError);
  });
  it('reads S3 location constraints', () => {
    expect(regionOfLocation(undefined)).toBe('us-east-1');
    expect(regionOfLocation('EU')).toBe('eu-west-1');
    expect(regionOfLocation('ap-south-1')).toBe('ap-south-1');
  });
});

describe('client configuration', () => {
  it('adaptive retry, a timeout, and path-style S3 only with an endpoint override', () => {
    expect(clientConfig('s3', 'eu-west-1', {})).toMatchObject({ region: 'eu-west-1', retryMode: 'adaptive', requestHandler: { requestTimeout: 30000 } });
    expect(clientConfig('s3', 'eu-west-1', {})).not.toHaveProperty('forcePathStyle');
    expect(clientConfig('s3', 'eu-west-1', { env: { AWS_ENDPOINT_URL: 'http://localhost:4566' } })).toMatchObject({
      endpoint: 'http://localhost:4566',
      forcePathStyle: true,
    });
    expect(endpointOverride('logs', { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: 'http://b' })).toBe('http://b');
  });
});

describe('limiter', () => {
  it('never runs more than its concurrency, and rejects queued work once aborted', async () => {
    const abort = new AbortController();
    const limiter = createLimiter(2, abort.signal);
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const task = () =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((r) => release.push(r));
        running--;
      });
    const tasks = [task(), task(), task(), task()];
    await Promise.resolve();
    expect(peak).toBe(2);
    abort.abort(new Error('stop'));
    for (const r of release.splice(0)) r();
    const settled = await Promise.allSettled(tasks);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});

describe('progress', () => {
  it('draws on a TTY only, and clears its line at the end', () => {
    let tty = '';
    const p = terminalProgress({ write: (s) => void (tty += s), isTTY: true, columns: 80 }, () => 0);
    p.plan(2);
    p.done('ec2 eu-west-1', false);
    p.done('s3 global', true);
    p.finish();
    expect(tty).toContain('2/2');
    expect(tty).toContain('1 with errors');
    expect(tty.endsWith('\r\x1b[2K')).toBe(true);
    let pipe = '';
    const q = terminalProgress({ write: (s) => void (pipe += s), isTTY: false });
    q.plan(1);
    q.done('x', false);
    q.finish();
    expect(pipe).toBe('');
  });
});

describe('lazy SDK loading', () => {
  it('the CLI reaches the AWS provider only through import type or a dynamic import', () => {
    const dir = fileURLToPath(new URL('../../../src/cli/', import.meta.url));
    const files = [...readdirSync(dir).map((f) => dir + f), ...readdirSync(dir + 'commands').map((f) => `${dir}commands/${f}`)].filter((f) =>
      f.endsWith('.ts'),
    );
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (/^import (?!type ).*(providers\/aws\/(?!defaults)|@aws-sdk\/)/.test(line)) throw new Error(`${file} imports the SDK eagerly: ${line}`);
      }
    }
  });
});
