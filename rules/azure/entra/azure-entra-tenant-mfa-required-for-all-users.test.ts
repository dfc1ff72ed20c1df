import { entraConditionalAccessPolicy, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-tenant-mfa-required-for-all-users.js';

const grant = (builtInControls: string[], operator = 'OR', authenticationStrengthId: string | null = null) => ({
  grantControls: { operator, builtInControls, authenticationStrengthId },
});

testRule(rule, {
  valid: [
    { name: 'MFA for all users and apps', resource: entraTenant(), inventory: [entraConditionalAccessPolicy('MFA for everyone')], messageId: 'enforced' },
    {
      name: 'an authentication strength instead of the MFA control',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Phishing-resistant', grant([], 'OR', '00000000-0000-0000-0000-000000000004'))],
    },
    {
      name: 'break-glass accounts excluded',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('MFA', { users: { include: ['All'], exclude: ['bg-1', 'bg-2'] } })],
      evidence: { policies: [{ excludedUsers: 2 }] },
    },
    {
      name: 'MFA AND compliant device',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Strict', grant(['mfa', 'compliantDevice'], 'AND'))],
    },
  ],
  invalid: [
    { name: 'no policy', resource: entraTenant(), messageId: 'missing' },
    {
      name: 'report-only',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('MFA', { state: 'enabledForReportingButNotEnforced' })],
      messageId: 'missing',
    },
    {
      name: 'administrators only',
      resource: entraTenant(),
      inventory: [
        entraConditionalAccessPolicy('Admins', {
          users: { include: [], exclude: [] },
          roles: { include: ['62e90394-69f5-4237-9190-012177145e10'], exclude: [] },
        }),
      ],
      messageId: 'missing',
    },
    {
      name: 'one application only',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Portal', { applications: { include: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'], exclude: [] } })],
      messageId: 'missing',
    },
    {
      name: 'MFA OR compliant device lets a compliant device in without MFA',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Either', grant(['mfa', 'compliantDevice']))],
      messageId: 'missing',
    },
    {
      name: 'a policy of another tenant',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('MFA', {}, { account: '00000000-1111-4222-8333-444444444444' })],
      messageId: 'missing',
    },
  ],
});
