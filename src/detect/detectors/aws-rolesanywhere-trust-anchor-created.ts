import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-rolesanywhere-trust-anchor-created',
  provider: 'aws',
  title: 'IAM Roles Anywhere trust anchor or profile created',
  severity: 'high',
  attack: [{ tactic: 'persistence', technique: 'T1098.001', name: 'Account Manipulation: Additional Cloud Credentials' }],
  description:
    "A Roles Anywhere trust anchor lets whoever holds a certificate from its CA obtain role credentials from outside AWS: a durable backdoor if the CA is the intruder's.",
  falsePositives: ['Onboarding on-premises workloads with your own private CA (planned, rare).'],
  references: ['https://attack.mitre.org/techniques/T1098/001/', 'https://docs.aws.amazon.com/rolesanywhere/latest/userguide/introduction.html'],
  actions: ['CreateTrustAnchor', 'UpdateTrustAnchor', 'CreateProfile'],
  defaultOptions: {},
  optionDocs: {},
  messages: {
    created: '{{principal}} called {{action}} for Roles Anywhere {{name}} from {{sourceIp}}: certificates from that anchor can now obtain AWS credentials.',
  },
  create: eachEvent((e) => {
    if (e.errorCode !== null || e.service !== 'rolesanywhere') return null;
    return { messageId: 'created', data: { name: text(field(e.request, 'name')) }, ...(e.action === 'CreateProfile' ? { severity: 'medium' as const } : {}) };
  }),
});
