/**
 * Microsoft Defender for Cloud plans (CIS Azure 8.1.x): a plan is On when its pricing tier is
 * 'Standard'. The sub-plan (Servers P1/P2, Storage DefenderForStorageV2 or the classic per-transaction
 * plan, ...) is reported in the message and the evidence: CIS asks for the plan to be On, and the
 * sub-plan decides which components it includes (agentless scanning and file integrity monitoring
 * need Servers Plan 2). A plan missing from the Pricings list is Off, not unknown: the API lists
 * every plan the subscription can enable.
 */
import type { DefenderPlan } from '../../resources/azure/index.js';
import type { Resource } from '../../resources/index.js';
import type { Outcome, RuleContext } from '../rule.js';

export type DefenderPlanMessageId = 'on' | 'off' | 'missing';

export const DEFENDER_PLAN_REQUIRES = { 'azure.security.pricing': 'account' } as const;

export function defenderPlanMessages(label: string): Readonly<Record<DefenderPlanMessageId, string>> {
  return {
    on: `Microsoft Defender for ${label} is On in subscription {{name}} ({{subPlan}}).`,
    off: `Microsoft Defender for ${label} is Off (tier {{tier}}) in subscription {{name}}.`,
    missing: `Microsoft Defender for ${label} is not enabled in subscription {{name}}: the Pricings API does not list plan {{plan}}.`,
  };
}

/** The subscription's plan `name` (case-insensitive), or undefined. */
export function defenderPlan(subscription: Resource<'azure.subscription'>, ctx: RuleContext, name: string): Resource<'azure.security.pricing'> | undefined {
  return ctx.inventory.list('azure.security.pricing', { account: subscription.account }).find((p) => p.properties.name.toLowerCase() === name.toLowerCase());
}

export function isPlanOn(plan: DefenderPlan): boolean {
  return plan.pricingTier.toLowerCase() === 'standard';
}

/** Evaluates "Defender for <plan> is On" for one subscription. */
export function evaluateDefenderPlan(subscription: Resource<'azure.subscription'>, ctx: RuleContext, name: string): Outcome<DefenderPlanMessageId> {
  const plan = defenderPlan(subscription, ctx, name);
  if (!plan) return { status: 'FAIL', messageId: 'missing', data: { plan: name }, evidence: { plan: name, pricingTier: null } };
  const { pricingTier, subPlan, enablementTime, deprecated } = plan.properties;
  const evidence = { plan: name, pricingTier, subPlan, enablementTime, deprecated };
  if (!isPlanOn(plan.properties)) return { status: 'FAIL', messageId: 'off', data: { tier: pricingTier }, evidence };
  return { status: 'PASS', messageId: 'on', data: { subPlan: subPlan === null ? 'no sub-plan' : `sub-plan ${subPlan}` }, evidence };
}

/** Defender for Cloud email notification settings of the subscription (normally one, named 'default'). */
export function securityContacts(subscription: Resource<'azure.subscription'>, ctx: RuleContext): Resource<'azure.security.contact'>[] {
  return ctx.inventory.list('azure.security.contact', { account: subscription.account }).filter((c) => c.properties.isEnabled !== false);
}

export const SECURITY_CONTACT_REQUIRES = { 'azure.security.contact': 'account' } as const;

/** The Microsoft Cloud Security Benchmark initiative (Defender for Cloud's default assignment). */
export const MCSB_INITIATIVE_ID = '1f3afdf9-d0c9-4c3d-847f-89da613e70a8';

/**
 * The MCSB assignment effective on the subscription: assigned to it or to an ancestor (management
 * group, root) without excluding it.
 */
export function benchmarkAssignment(subscription: Resource<'azure.subscription'>, ctx: RuleContext): Resource<'azure.policy.assignment'> | undefined {
  const sub = `/subscriptions/${subscription.properties.subscriptionId}`.toLowerCase();
  return ctx.inventory.list('azure.policy.assignment', { account: subscription.account }).find((a) => {
    const { policyDefinitionId, notScopes } = a.properties;
    if (!policyDefinitionId.toLowerCase().endsWith(`/${MCSB_INITIATIVE_ID}`)) return false;
    return !notScopes.some((s) => sub === s.toLowerCase() || sub.startsWith(`${s.toLowerCase()}/`));
  });
}

/** The effect parameters of an assignment set to 'Disabled', optionally only those whose name matches. */
export function disabledEffects(assignment: Resource<'azure.policy.assignment'>, nameMatches: RegExp = /effect$/i): string[] {
  return Object.entries(assignment.properties.parameters)
    .filter(([name, value]) => nameMatches.test(name) && typeof value === 'string' && value.toLowerCase() === 'disabled')
    .map(([name]) => name)
    .sort();
}

export type ServersExtensionMessageId = 'enabled' | 'disabled';

export function serversExtensionMessages(label: string): Readonly<Record<ServersExtensionMessageId, string>> {
  return {
    enabled: `Defender for Servers '${label}' is On in subscription {{name}}.`,
    disabled: `Defender for Servers '${label}' is Off in subscription {{name}} ({{detail}}).`,
  };
}

/** A component of Defender for Servers (a VirtualMachines plan extension such as 'AgentlessVmScanning') is On. */
export function evaluateServersExtension(
  subscription: Resource<'azure.subscription'>,
  ctx: RuleContext,
  extensionName: string,
): Outcome<ServersExtensionMessageId> {
  const plan = defenderPlan(subscription, ctx, 'VirtualMachines');
  const extension = plan?.properties.extensions.find((e) => e.name.toLowerCase() === extensionName.toLowerCase());
  const evidence = { pricingTier: plan?.properties.pricingTier ?? null, subPlan: plan?.properties.subPlan ?? null, extension: extension ?? null };
  if (!plan || !isPlanOn(plan.properties)) return { status: 'FAIL', messageId: 'disabled', data: { detail: 'Defender for Servers is Off' }, evidence };
  if (extension?.isEnabled !== true)
    return { status: 'FAIL', messageId: 'disabled', data: { detail: `extension ${extensionName} ${extension ? 'disabled' : 'not configured'}` }, evidence };
  return { status: 'PASS', messageId: 'enabled', evidence };
}
