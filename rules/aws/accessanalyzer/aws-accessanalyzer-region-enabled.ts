import { defineRule } from '../../../src/engine/rule.js';

const EXTERNAL_ACCESS = new Set(['ACCOUNT', 'ORGANIZATION']);

export default defineRule({
  id: 'aws-accessanalyzer-region-enabled',
  provider: 'aws',
  service: 'accessanalyzer',
  resourceType: 'aws.region',
  severity: 'medium',
  title: 'IAM Access Analyzer for external access is enabled in every region',
  description:
    'For each scanned region, checks that an external access analyzer (type ACCOUNT or ORGANIZATION) is ACTIVE (accessanalyzer:ListAnalyzers). Unused-access analyzers do not count: they do not find resources shared outside the account.',
  rationale:
    'Access Analyzer continuously reports buckets, keys, roles, queues and other resources shared with outside accounts or the public, in the region where they live.',
  remediation: {
    summary: 'Create an account (or organization) analyzer in every enabled region.',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
    console: [
      'Open the IAM console in the region and choose "Access analyzer".',
      'Choose "Create analyzer", keep "External access analysis" and create it; repeat in each region.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-28',
  ],
  requires: { 'aws.accessanalyzer.analyzer': 'region' },
  messages: {
    enabled: 'Region {{name}} has the active external access analyzer {{analyzer}}.',
    disabled: 'Region {{name}} has no active external access analyzer.',
  },
  evaluate(region, ctx) {
    const analyzers = ctx.inventory.list('aws.accessanalyzer.analyzer', { account: region.account, region: region.properties.regionName });
    const evidence = { analyzers: analyzers.map((a) => ({ name: a.name, type: a.properties.analyzerType, status: a.properties.status })) };
    const active = analyzers.find((a) => a.properties.status === 'ACTIVE' && EXTERNAL_ACCESS.has(a.properties.analyzerType));
    return active ? { status: 'PASS', messageId: 'enabled', data: { analyzer: active.name }, evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
