import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { denied } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-guardduty-detection-disabled',
  provider: 'aws',
  title: 'GuardDuty disabled or blinded',
  severity: 'high',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.001', name: 'Impair Defenses: Disable or Modify Tools' }],
  description:
    'A GuardDuty detector was deleted or disabled, the account left its administrator, or a trusted IP list / suppression filter was set up so findings for the intruder never show.',
  falsePositives: ['Moving GuardDuty administration to another account.', 'A suppression filter for a known scanner, reviewed by the security team.'],
  references: ['https://attack.mitre.org/techniques/T1562/001/', 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html'],
  actions: [
    'DeleteDetector',
    'UpdateDetector',
    'DisassociateFromMasterAccount',
    'DisassociateFromAdministratorAccount',
    'CreateIPSet',
    'UpdateIPSet',
    'CreateFilter',
    'UpdateFilter',
    'DeleteMembers',
    'StopMonitoringMembers',
  ],
  defaultOptions: {},
  optionDocs: {},
  messages: {
    disabled: '{{principal}} turned GuardDuty off in {{region}} ({{action}} on detector {{detector}}).',
    blinded: '{{principal}} changed what GuardDuty reports in {{region}} ({{action}}): {{what}}.',
  },
  create: eachEvent((e) => {
    if (e.errorCode !== null && !denied(e)) return null;
    const detector = text(field(e.request, 'detectorId'));
    const severity = denied(e) ? ('low' as const) : undefined;
    switch (e.action) {
      case 'UpdateDetector':
        return field(e.request, 'enable') === false ? { messageId: 'disabled', data: { detector }, ...(severity ? { severity } : {}) } : null;
      case 'CreateIPSet':
      case 'UpdateIPSet':
        return {
          messageId: 'blinded',
          data: { what: `trusted IP list ${text(field(e.request, 'name'), text(field(e.request, 'ipSetId')))} (addresses on it raise no findings)` },
          severity: severity ?? 'high',
        };
      case 'CreateFilter':
      case 'UpdateFilter':
        return field(e.request, 'action') === 'ARCHIVE'
          ? {
              messageId: 'blinded',
              data: { what: `auto-archive filter ${text(field(e.request, 'name'), text(field(e.request, 'filterName')))}` },
              severity: severity ?? 'medium',
            }
          : null;
      case 'DeleteMembers':
      case 'StopMonitoringMembers':
        return { messageId: 'blinded', data: { what: 'member accounts are no longer monitored' }, severity: severity ?? 'medium' };
      default:
        return { messageId: 'disabled', data: { detector }, ...(severity ? { severity } : {}) };
    }
  }),
});
