import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-security-defaults-enabled',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.security-defaults',
  severity: 'high',
  title: 'Security defaults are enabled in Microsoft Entra ID (unless Conditional Access replaces them)',
  description:
    'Checks identitySecurityDefaultsEnforcementPolicy.isEnabled. Security defaults and Conditional Access exclude each other: a tenant with at least one enabled Conditional Access policy is not applicable (its MFA policies are assessed by the Conditional Access controls).',
  rationale:
    'Security defaults require MFA registration for everyone, MFA for administrators and risky sign-ins, and block legacy authentication: for tenants without Conditional Access they stop the large majority of identity attacks.',
  remediation: {
    summary: 'Enable security defaults, or (with Entra ID P1/P2) replace them with equivalent Conditional Access policies.',
    cli: 'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/identitySecurityDefaultsEnforcementPolicy --body \'{"isEnabled": true}\'',
    console: ['Open Microsoft Entra ID > Overview > Properties and choose "Manage security defaults".', 'Set "Security defaults" to Enabled and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults'],
  requires: { 'azure.entra.conditional-access-policy': 'account' },
  messages: {
    enabled: 'Security defaults are enabled in tenant {{tenant}}.',
    disabled: 'Security defaults are disabled in tenant {{tenant}}, and no Conditional Access policy is enabled in their place.',
    conditionalAccess: 'Tenant {{tenant}} uses Conditional Access ({{count}} enabled policies) instead of security defaults.',
  },
  evaluate(defaults, ctx) {
    const enabledPolicies = ctx.inventory
      .list('azure.entra.conditional-access-policy', { account: defaults.account })
      .filter((p) => p.properties.state.toLowerCase() === 'enabled');
    const evidence = { isEnabled: defaults.properties.isEnabled, enabledConditionalAccessPolicies: enabledPolicies.map((p) => p.name) };
    const data = { tenant: defaults.account };
    if (defaults.properties.isEnabled) return { status: 'PASS', messageId: 'enabled', data, evidence };
    if (enabledPolicies.length > 0)
      return { status: 'NOT_APPLICABLE', messageId: 'conditionalAccess', data: { ...data, count: enabledPolicies.length }, evidence };
    return { status: 'FAIL', messageId: 'disabled', data, evidence };
  },
});
