import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-securityhub-region-enabled',
  provider: 'aws',
  service: 'securityhub',
  resourceType: 'aws.region',
  severity: 'medium',
  title: 'AWS Security Hub is enabled in every region',
  description: 'For each scanned region, checks that Security Hub is enabled (securityhub:DescribeHub returns a hub) and lists the standards enabled there.',
  rationale:
    'Security Hub aggregates GuardDuty, Inspector, Macie, Config and partner findings per region and checks them against standards; a region without it is a region nobody watches.',
  remediation: {
    summary: 'Enable Security Hub in every region (from the delegated administrator for an organization) with the standards you follow.',
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
    console: ['Open the Security Hub console in the region.', 'Choose "Go to Security Hub", select the security standards and choose "Enable Security Hub".'],
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html'],
  requires: { 'aws.securityhub.hub': 'region' },
  messages: {
    enabled: 'Region {{name}} has Security Hub enabled with {{standards}} standard(s).',
    disabled: 'Region {{name}} does not have Security Hub enabled.',
  },
  evaluate(region, ctx) {
    const hub = ctx.inventory.list('aws.securityhub.hub', { account: region.account, region: region.properties.regionName })[0];
    if (!hub) return { status: 'FAIL', messageId: 'disabled', evidence: { hub: null } };
    const evidence = { hubArn: hub.properties.hubArn, enabledStandards: hub.properties.enabledStandards };
    return { status: 'PASS', messageId: 'enabled', data: { standards: hub.properties.enabledStandards.length }, evidence };
  },
});
