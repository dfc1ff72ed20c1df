import { defineDetector } from '../detector.js';
import { eachEvent, field } from '../helpers/each-event.js';
import { callerUserName, viaAwsService } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-iam-login-profile-changed-for-other-user',
  provider: 'aws',
  title: 'Console password set for another user',
  severity: 'medium',
  attack: [
    { tactic: 'persistence', technique: 'T1098', name: 'Account Manipulation' },
    { tactic: 'privilege-escalation', technique: 'T1098', name: 'Account Manipulation' },
  ],
  description:
    'CreateLoginProfile or UpdateLoginProfile for a user other than the caller: gives (or takes over) console access to that identity and its permissions.',
  falsePositives: ['Help-desk password resets by administrators (usually with passwordResetRequired).', 'Onboarding scripts creating console users.'],
  references: ['https://attack.mitre.org/techniques/T1098/', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateLoginProfile.html'],
  actions: ['CreateLoginProfile', 'UpdateLoginProfile'],
  defaultOptions: { ignoreResetRequired: true },
  optionDocs: { ignoreResetRequired: 'Stay quiet for password changes that force the user to pick a new one at next sign-in (the help-desk reset flow).' },
  messages: {
    created: '{{principal}} created a console password for IAM user {{target}} from {{sourceIp}}.',
    updated: '{{principal}} changed the console password of IAM user {{target}} from {{sourceIp}}.',
  },
  create: eachEvent((e, ctx) => {
    if (e.errorCode !== null || viaAwsService(e)) return null;
    if (ctx.options.ignoreResetRequired && e.action === 'UpdateLoginProfile' && field(e.request, 'passwordResetRequired') === true) return null;
    const target = field(e.request, 'userName');
    if (typeof target !== 'string' || target === callerUserName(e)) return null;
    // An assumed-role session named after the user is that user changing their own password.
    if (e.principal.session !== null && e.principal.session.toLowerCase() === target.toLowerCase()) return null;
    return {
      messageId: e.action === 'CreateLoginProfile' ? 'created' : 'updated',
      data: { target },
      evidence: { targetUser: target, passwordResetRequired: field(e.request, 'passwordResetRequired') ?? null },
    };
  }),
});
