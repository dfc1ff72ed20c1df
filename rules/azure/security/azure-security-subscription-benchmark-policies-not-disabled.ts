import { benchmarkAssignment, disabledEffects } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-benchmark-policies-not-disabled',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: "Microsoft Cloud Security Benchmark policies are not set to 'Disabled'",
  description:
    'Checks that the Microsoft Cloud Security Benchmark initiative is assigned to the subscription and that the assignment sets no effect parameter to Disabled. CIS leaves this control manual: a disabled policy may be a documented exception, so review each one listed.',
  rationale:
    'A benchmark policy with effect Disabled is not evaluated at all: the recommendations and secure score it feeds silently disappear from Defender for Cloud.',
  remediation: {
    summary:
      'Set the effect of each disabled benchmark policy back to its default (Audit or AuditIfNotExists), or record why it is disabled and mute the finding with that reason.',
    cli: 'az policy assignment update --name SecurityCenterBuiltIn --scope /subscriptions/<subscription-id> --params \'{"<parameter>":{"value":"AuditIfNotExists"}}\'',
    console: [
      'Open Microsoft Defender for Cloud > Environment settings > the subscription > Security policies.',
      'Open the Microsoft cloud security benchmark, filter on effect Disabled, and change each to Audit.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/security-policy-concept',
    'https://learn.microsoft.com/en-us/security/benchmark/azure/introduction',
  ],
  requires: { 'azure.policy.assignment': 'account' },
  messages: {
    enforced: 'No Microsoft Cloud Security Benchmark policy is disabled in subscription {{name}} (assignment {{assignment}}).',
    disabled: 'Assignment {{assignment}} disables {{count}} Microsoft Cloud Security Benchmark policies for subscription {{name}}: {{parameters}}.',
    noBenchmark: 'Subscription {{name}} has no Microsoft Cloud Security Benchmark assignment.',
  },
  evaluate(subscription, ctx) {
    const assignment = benchmarkAssignment(subscription, ctx);
    if (!assignment) return { status: 'FAIL', messageId: 'noBenchmark', evidence: { benchmarkAssignment: null } };
    const disabled = disabledEffects(assignment);
    const evidence = { benchmarkAssignment: assignment.id, disabledEffects: disabled };
    if (disabled.length > 0)
      return {
        status: 'FAIL',
        messageId: 'disabled',
        data: { assignment: assignment.name, count: disabled.length, parameters: disabled.join(', ') },
        evidence,
      };
    return { status: 'PASS', messageId: 'enforced', data: { assignment: assignment.name }, evidence };
  },
});
