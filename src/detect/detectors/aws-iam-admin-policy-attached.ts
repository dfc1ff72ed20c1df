import { defineDetector } from '../detector.js';
import { field, text } from '../helpers/each-event.js';
import { grantsFullAccess, parsePolicy } from '../helpers/policy.js';
import { viaAwsService } from '../helpers/principal.js';

const TARGET_KEY: Readonly<Record<string, string>> = {
  AttachUserPolicy: 'userName',
  AttachRolePolicy: 'roleName',
  AttachGroupPolicy: 'groupName',
  PutUserPolicy: 'userName',
  PutRolePolicy: 'roleName',
  PutGroupPolicy: 'groupName',
  AddUserToGroup: 'userName',
};

export default defineDetector({
  id: 'aws-iam-admin-policy-attached',
  provider: 'aws',
  title: 'Administrator access granted',
  severity: 'high',
  attack: [
    { tactic: 'privilege-escalation', technique: 'T1098.003', name: 'Account Manipulation: Additional Cloud Roles' },
    { tactic: 'persistence', technique: 'T1098.003', name: 'Account Manipulation: Additional Cloud Roles' },
  ],
  description:
    'An administrator-level managed policy (AdministratorAccess, IAMFullAccess, ...) was attached to a user, role or group, or an inline policy allowing every action on every resource was put on one. Worse when the user or role was created moments before.',
  falsePositives: ['Break-glass roles and platform administrator groups being set up (expected once, by a known pipeline).'],
  references: ['https://attack.mitre.org/techniques/T1098/003/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html'],
  actions: [...Object.keys(TARGET_KEY), 'CreateUser', 'CreateRole'],
  defaultOptions: { adminPolicies: 'AdministratorAccess,IAMFullAccess,PowerUserAccess,AWSOrganizationsFullAccess' },
  optionDocs: { adminPolicies: 'Comma-separated managed policy names treated as administrator access.' },
  messages: {
    attached: '{{principal}} attached {{policy}} to {{kind}} {{target}}{{fresh}}.',
    inline: '{{principal}} put inline policy {{policy}} allowing every action on every resource on {{kind}} {{target}}{{fresh}}.',
  },
  create: (ctx) => {
    const admin = new Set(ctx.options.adminPolicies.split(',').map((s) => s.trim()));
    const created = new Map<string, string>();
    return {
      event(e) {
        if (e.errorCode !== null || viaAwsService(e)) return;
        if (e.action === 'CreateUser' || e.action === 'CreateRole') {
          const name = field(e.request, e.action === 'CreateUser' ? 'userName' : 'roleName');
          if (typeof name === 'string' && created.size < 10_000) created.set(name, e.id);
          return;
        }
        const target = field(e.request, TARGET_KEY[e.action] ?? '');
        if (typeof target !== 'string') return;
        const kind = /User/.test(e.action) ? 'user' : /Role/.test(e.action) ? 'role' : 'group';
        const fresh = created.has(target) ? ` (created moments before by the same stream)` : '';
        if (e.action.startsWith('Attach')) {
          const arn = field(e.request, 'policyArn');
          const name = typeof arn === 'string' ? (arn.split('/').pop() ?? arn) : '';
          if (!admin.has(name) || !/^arn:aws[\w-]*:iam::aws:policy\//.test(String(arn))) return;
          ctx.report({
            messageId: 'attached',
            events: [e],
            data: { policy: name, kind, target, fresh },
            evidence: { policyArn: arn, target, newlyCreated: fresh !== '' },
          });
        } else if (e.action.startsWith('Put')) {
          if (!grantsFullAccess(parsePolicy(field(e.request, 'policyDocument')))) return;
          const policy = text(field(e.request, 'policyName'));
          ctx.report({ messageId: 'inline', events: [e], data: { policy, kind, target, fresh }, evidence: { policyName: policy, target } });
        }
      },
    };
  },
});
