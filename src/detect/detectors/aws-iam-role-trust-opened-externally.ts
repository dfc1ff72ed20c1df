import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { externalGrants, parsePolicy } from '../helpers/policy.js';
import { viaAwsService } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-iam-role-trust-opened-externally',
  provider: 'aws',
  title: 'Role trust policy lets in an outside principal',
  severity: 'high',
  attack: [
    { tactic: 'persistence', technique: 'T1098', name: 'Account Manipulation' },
    { tactic: 'privilege-escalation', technique: 'T1098', name: 'Account Manipulation' },
  ],
  description:
    'CreateRole or UpdateAssumeRolePolicy with a trust policy that lets another AWS account, or anyone, assume the role: a backdoor that survives password and key rotation. Conditions such as sts:ExternalId lower the severity.',
  falsePositives: ['Cross-account roles for a vendor (SaaS integrations use an external id) or for your own other accounts (list them as known accounts).'],
  references: ['https://attack.mitre.org/techniques/T1098/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html'],
  actions: ['CreateRole', 'UpdateAssumeRolePolicy'],
  defaultOptions: { knownAccounts: '' },
  optionDocs: { knownAccounts: 'Comma-separated account ids that are your own (trusting them is not external).' },
  messages: { opened: '{{principal}} let {{who}} assume role {{role}} ({{action}}).' },
  create: eachEvent((e, ctx) => {
    if (e.errorCode !== null || viaAwsService(e)) return null;
    const known = new Set(
      ctx.options.knownAccounts
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    const doc = parsePolicy(field(e.request, e.action === 'CreateRole' ? 'assumeRolePolicyDocument' : 'policyDocument'));
    const grants = externalGrants(doc, e.account).filter((g) => ![...known].some((k) => g.principal.includes(k)));
    if (grants.length === 0) return null;
    const who = grants.map((g) => (g.principal === '*' ? 'anyone' : g.principal)).join(', ');
    const severity = grants.every((g) => g.conditioned) ? ('medium' as const) : undefined;
    return { messageId: 'opened', data: { who, role: text(field(e.request, 'roleName')) }, evidence: { grants }, ...(severity ? { severity } : {}) };
  }),
});
