import { benchmarkAssignment, disabledEffects } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

/** Effect parameters of the MCSB policies about missing system updates (matched by name, as MCSB versions rename them). */
const UPDATE_EFFECTS = /(systemupdate|missingsystemupdates|periodicallycheck)/i;

export default defineRule({
  id: 'azure-security-subscription-system-updates-check-enabled',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for Cloud checks virtual machine operating systems for updates',
  description:
    "Checks that the Microsoft Cloud Security Benchmark initiative is assigned to the subscription (directly or from a management group) and that none of its system-update policies ('Machines should be configured to periodically check for missing system updates', 'System updates should be installed on your machines') has its effect parameter set to Disabled.",
  rationale:
    'Unpatched operating systems are the most common way into virtual machines; the MCSB update policies make Defender for Cloud report machines that miss updates or never check for them.',
  remediation: {
    summary:
      'Assign the Microsoft Cloud Security Benchmark (Defender for Cloud does it by default) and set the effect of its system-update policies back to AuditIfNotExists.',
    cli: 'az policy assignment update --name SecurityCenterBuiltIn --scope /subscriptions/<subscription-id> --params \'{"systemUpdatesMonitoringEffect":{"value":"AuditIfNotExists"}}\'',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription and "Security policies".',
      'Open the Microsoft cloud security benchmark, search for the system update recommendations, and set their effect to Audit.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/enable-periodic-system-updates',
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/security-policy-concept',
  ],
  requires: { 'azure.policy.assignment': 'account' },
  messages: {
    checked: 'Subscription {{name}} checks its machines for missing system updates (assignment {{assignment}}).',
    disabled: 'Subscription {{name}} has the system update checks disabled in assignment {{assignment}}: {{parameters}}.',
    noBenchmark: 'Subscription {{name}} has no Microsoft Cloud Security Benchmark assignment, so machines are not checked for updates.',
  },
  evaluate(subscription, ctx) {
    const assignment = benchmarkAssignment(subscription, ctx);
    if (!assignment) return { status: 'FAIL', messageId: 'noBenchmark', evidence: { benchmarkAssignment: null } };
    const disabled = disabledEffects(assignment, UPDATE_EFFECTS);
    const evidence = { benchmarkAssignment: assignment.id, disabledUpdateEffects: disabled };
    if (disabled.length > 0) return { status: 'FAIL', messageId: 'disabled', data: { assignment: assignment.name, parameters: disabled.join(', ') }, evidence };
    return { status: 'PASS', messageId: 'checked', data: { assignment: assignment.name }, evidence };
  },
});
