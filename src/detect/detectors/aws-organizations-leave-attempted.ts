import { defineDetector } from '../detector.js';
import { eachEvent } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-organizations-leave-attempted',
  provider: 'aws',
  title: 'Account tried to leave its AWS Organization',
  severity: 'high',
  attack: [
    { tactic: 'defense-evasion', technique: 'T1562.001', name: 'Impair Defenses: Disable or Modify Tools' },
    { tactic: 'impact', technique: 'T1531', name: 'Account Access Removal' },
  ],
  description:
    'LeaveOrganization detaches the account from the organisation: its service control policies, organisation trail and central security tooling stop applying. Even a denied attempt says someone tried.',
  falsePositives: ['A planned account transfer between organisations (rare, and announced).'],
  references: ['https://attack.mitre.org/techniques/T1562/001/', 'https://docs.aws.amazon.com/organizations/latest/APIReference/API_LeaveOrganization.html'],
  actions: ['LeaveOrganization'],
  defaultOptions: {},
  optionDocs: {},
  messages: {
    left: '{{principal}} took account {{account}} out of its AWS Organization from {{sourceIp}}.',
    attempted: '{{principal}} tried to take account {{account}} out of its AWS Organization from {{sourceIp}} and was refused ({{error}}).',
  },
  create: eachEvent((e) => (e.errorCode === null ? { messageId: 'left' } : { messageId: 'attempted', data: { error: e.errorCode }, severity: 'medium' })),
});
