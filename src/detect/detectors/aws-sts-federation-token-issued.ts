import { defineDetector } from '../detector.js';
import { eachEvent, field, text, usualFor } from '../helpers/each-event.js';
import { grantsFullAccess, parsePolicy } from '../helpers/policy.js';

export default defineDetector({
  id: 'aws-sts-federation-token-issued',
  provider: 'aws',
  title: 'Federation token issued to an IAM user',
  severity: 'medium',
  attack: [{ tactic: 'persistence', technique: 'T1098.001', name: 'Account Manipulation: Additional Cloud Credentials' }],
  description:
    "GetFederationToken gives an IAM user's key a second set of credentials that survive deleting the key for up to 36 hours, and can reach the console: attackers use it to keep access after the key is revoked.",
  falsePositives: ['Legacy identity brokers that still mint federation tokens (they show up in the baseline and stay quiet).'],
  references: ['https://attack.mitre.org/techniques/T1098/001/', 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html'],
  actions: ['GetFederationToken'],
  defaultOptions: { usualAfter: 5 },
  optionDocs: { usualAfter: 'Stay quiet when the principal called GetFederationToken at least this many times in its learned baseline.' },
  messages: { issued: '{{principal}} obtained federation token {{name}} from {{sourceIp}}{{scope}}.' },
  create: eachEvent((e, ctx) => {
    if (e.errorCode !== null || usualFor(ctx, e, ctx.options.usualAfter)) return null;
    const full = grantsFullAccess(parsePolicy(field(e.request, 'policy')));
    return {
      messageId: 'issued',
      data: { name: text(field(e.request, 'name')), scope: full ? ' with a session policy allowing everything' : '' },
      ...(full ? { severity: 'high' as const } : {}),
    };
  }),
});
