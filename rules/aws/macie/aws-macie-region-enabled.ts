import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-macie-region-enabled',
  provider: 'aws',
  service: 'macie',
  resourceType: 'aws.region',
  severity: 'low',
  title: 'Amazon Macie is enabled in every region',
  description:
    'Evidence for the manual CIS control on discovering and classifying S3 data: checks that Macie is enabled (not paused) in each scanned region (macie2:GetMacieSession). Whether its findings are acted on still needs review.',
  rationale:
    'Macie inventories buckets and finds sensitive data (personal data, credentials) stored where it should not be, which is the first step to protecting it.',
  remediation: {
    summary: 'Enable Macie in every region that holds S3 data (from the delegated administrator for an organization) and schedule sensitive data discovery.',
    cli: 'aws macie2 enable-macie --region <region>',
    console: ['Open the Macie console in the region.', 'Choose "Get started" and "Enable Macie"; turn on automated sensitive data discovery.'],
  },
  references: ['https://docs.aws.amazon.com/macie/latest/user/getting-started.html'],
  requires: { 'aws.macie.session': 'region' },
  messages: {
    enabled: 'Region {{name}} has Macie enabled.',
    paused: 'Region {{name}} has Macie paused.',
    disabled: 'Region {{name}} does not have Macie enabled.',
  },
  evaluate(region, ctx) {
    const session = ctx.inventory.list('aws.macie.session', { account: region.account, region: region.properties.regionName })[0];
    const evidence = { status: session?.properties.status ?? null };
    if (!session) return { status: 'FAIL', messageId: 'disabled', evidence };
    return session.properties.status === 'ENABLED' ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'paused', evidence };
  },
});
