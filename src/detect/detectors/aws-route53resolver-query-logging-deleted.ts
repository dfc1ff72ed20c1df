import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { denied } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-route53resolver-query-logging-deleted',
  provider: 'aws',
  title: 'DNS query logging removed',
  severity: 'medium',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  description:
    'A Route 53 Resolver query logging configuration was deleted or detached from a VPC: DNS lookups (command-and-control, DNS exfiltration) stop being recorded.',
  falsePositives: ['Moving query logging to a new destination.'],
  references: ['https://attack.mitre.org/techniques/T1562/008/', 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-query-logs.html'],
  actions: ['DeleteResolverQueryLogConfig', 'DisassociateResolverQueryLogConfig'],
  defaultOptions: {},
  optionDocs: {},
  messages: { deleted: '{{principal}} removed DNS query logging configuration {{config}} in {{region}} ({{action}}).' },
  create: eachEvent((e) => {
    if (e.errorCode !== null && !denied(e)) return null;
    return { messageId: 'deleted', data: { config: text(field(e.request, 'resolverQueryLogConfigId')) }, severity: denied(e) ? 'low' : 'medium' };
  }),
});
