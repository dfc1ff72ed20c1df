/**
 * Conditional Access policy matching for the CIS Azure v5 section 5.2 controls. A policy counts when
 * it is enabled (report-only policies enforce nothing), includes all users (exclusions such as
 * break-glass accounts are allowed and listed), targets the application or user action asked
 * about, and grants access only with MFA (or an authentication strength) or blocks it.
 */
import type { EntraConditionalAccessPolicy } from '../../resources/azure/index.js';
import type { Resource } from '../../resources/index.js';
import type { Outcome, RuleContext } from '../rule.js';

/** Well-known application ids and names in Conditional Access conditions. */
export const CA_APPS = Object.freeze({
  /** 'Windows Azure Service Management API': Azure portal, CLI, PowerShell, ARM. */
  azureManagement: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
  adminPortals: 'MicrosoftAdminPortals',
});

export const CA_REQUIRES = { 'azure.entra.conditional-access-policy': 'account' } as const;

export function isEnabled(policy: EntraConditionalAccessPolicy): boolean {
  return policy.state.toLowerCase() === 'enabled';
}

export function coversAllUsers(policy: EntraConditionalAccessPolicy): boolean {
  return policy.users.include.some((u) => u.toLowerCase() === 'all');
}

/** True when the policy targets `app` ('All' cloud apps included) and does not exclude it. */
export function coversApp(policy: EntraConditionalAccessPolicy, app: string): boolean {
  const wanted = app.toLowerCase();
  const { include, exclude } = policy.applications;
  if (exclude.some((a) => a.toLowerCase() === wanted)) return false;
  return include.some((a) => a.toLowerCase() === 'all' || a.toLowerCase() === wanted);
}

export function requiresMfa(policy: EntraConditionalAccessPolicy): boolean {
  const grant = policy.grantControls;
  if (grant === null) return false;
  const controls = grant.builtInControls.map((c) => c.toLowerCase());
  if (controls.includes('block')) return true;
  const mfa = controls.includes('mfa') || grant.authenticationStrengthId !== null;
  // With OR, any other control (a compliant device, a password change) satisfies the policy without MFA.
  return mfa && (grant.operator?.toUpperCase() === 'AND' || controls.filter((c) => c !== 'mfa').length === 0);
}

export function blocks(policy: EntraConditionalAccessPolicy): boolean {
  return policy.grantControls?.builtInControls.some((c) => c.toLowerCase() === 'block') ?? false;
}

export type CaMessageId = 'enforced' | 'missing';

export function caMessages(what: string): Readonly<Record<CaMessageId, string>> {
  return {
    enforced: `Tenant {{name}} ${what} through Conditional Access policy {{policies}}.`,
    missing: `Tenant {{name}} has no enabled Conditional Access policy that ${what}.`,
  };
}

/** PASS when an enabled policy of the tenant satisfies `matches`, else FAIL; evidence lists every policy and why. */
export function evaluateConditionalAccess(
  tenant: Resource<'azure.entra.tenant'>,
  ctx: RuleContext,
  matches: (policy: EntraConditionalAccessPolicy) => boolean,
): Outcome<CaMessageId> {
  const policies = ctx.inventory.list('azure.entra.conditional-access-policy', { account: tenant.account });
  const matching = policies.filter((p) => isEnabled(p.properties) && matches(p.properties));
  const evidence = {
    policies: policies.map((p) => ({
      name: p.name,
      state: p.properties.state,
      matches: matches(p.properties),
      excludedUsers: p.properties.users.exclude.length + p.properties.groups.exclude.length,
    })),
  };
  if (matching.length === 0) return { status: 'FAIL', messageId: 'missing', evidence };
  return { status: 'PASS', messageId: 'enforced', data: { policies: matching.map((p) => p.name).join(', ') }, evidence };
}
