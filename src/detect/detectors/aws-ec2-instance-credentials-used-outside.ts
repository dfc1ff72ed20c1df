import { defineDetector } from '../detector.js';
import { isPublicIp, networkOf } from '../helpers/net.js';
import type { CloudEvent } from '../event.js';

/** Calls the SSM agent and other AWS machinery make with instance credentials from wherever. */
const AGENT_ACTIONS =
  /^(UpdateInstanceInformation|SendHeartbeat|CreateControlChannel|CreateDataChannel|RegisterManagedInstance|ListInstanceAssociations|GetMessages|AcknowledgeMessage|SendReply|DeleteMessage|PutInventory|UpdateInstanceAssociationStatus|DescribeInstanceProperties|PutComplianceItems)$/;

function publicSource(e: CloudEvent): string | null {
  if (e.principal.invokedBy !== null || e.vpcEndpointId !== null) return null;
  return isPublicIp(e.sourceIp) ? e.sourceIp : null;
}

export default defineDetector({
  id: 'aws-ec2-instance-credentials-used-outside',
  provider: 'aws',
  title: 'Instance role credentials used from outside the instance',
  severity: 'high',
  attack: [{ tactic: 'credential-access', technique: 'T1552.005', name: 'Unsecured Credentials: Cloud Instance Metadata API' }],
  description:
    "Credentials an EC2 instance got from its metadata service were used from an address that is not the instance's: the same session from two public networks, an address that also serves a person's (non-instance) session, or, once learned, a network the role has never been used from. GuardDuty calls this InstanceCredentialExfiltration.",
  falsePositives: [
    "Instances behind a NAT gateway shared with people's workstations (a VPN egress). ",
    'Instances that moved subnets or got a new elastic IP within the session.',
  ],
  references: [
    'https://attack.mitre.org/techniques/T1552/005/',
    'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html#unauthorizedaccess-iam-instancecredentialexfiltrationoutsideaws',
  ],
  actions: '*',
  defaultOptions: { minLearnedHours: 24, maxTracked: 50_000 },
  optionDocs: {
    minLearnedHours: "Use the role's learned networks only once its baseline covers this many active hours.",
    maxTracked: 'Addresses and sessions remembered at most (memory bound; oldest forgotten first).',
  },
  messages: {
    sharedAddress:
      '{{principal}} (credentials of instance {{instance}}) called {{action}} from {{sourceIp}}, the address {{other}} also used: the instance credentials are being used off the instance.',
    twoNetworks: '{{principal}} (credentials of instance {{instance}}) were used from {{networks}}: one instance session does not move between networks.',
    newNetwork:
      '{{principal}} (credentials of instance {{instance}}) called {{action}} from {{sourceIp}}, a network its role was never used from in {{hours}} learned hours.',
  },
  create: (ctx) => {
    const max = ctx.options.maxTracked;
    const personAt = new Map<string, CloudEvent>(); // public address -> a non-instance session seen there
    const instanceAt = new Map<string, CloudEvent>(); // public address -> an instance session seen there
    const sessionNets = new Map<string, Map<string, CloudEvent>>(); // access key -> network -> first event
    const reported = new Set<string>();
    const remember = <V>(map: Map<string, V>, key: string, value: V): void => {
      if (map.has(key)) return;
      if (map.size >= max) map.delete(map.keys().next().value as string);
      map.set(key, value);
    };
    const report = (kind: 'sharedAddress' | 'twoNetworks' | 'newNetwork', e: CloudEvent, events: CloudEvent[], data: Record<string, string | number>): void => {
      const key = `${kind}|${e.principal.accessKeyId ?? e.principal.key}`;
      if (reported.has(key)) return;
      reported.add(key);
      ctx.report({
        messageId: kind,
        events,
        key,
        data: { instance: e.principal.instanceId ?? 'unknown', ...data },
        evidence: { instanceId: e.principal.instanceId, accessKeyId: e.principal.accessKeyId, ...data },
      });
    };
    return {
      event(e) {
        const ip = publicSource(e);
        if (ip === null) return;
        if (e.principal.instanceId === null) {
          if (e.principal.type !== 'aws-service') {
            remember(personAt, ip, e);
            const inst = instanceAt.get(ip);
            if (inst && inst.principal.key !== e.principal.key) report('sharedAddress', inst, [inst, e], { other: e.principal.display });
          }
          return;
        }
        if (AGENT_ACTIONS.test(e.action)) return;
        remember(instanceAt, ip, e);
        const person = personAt.get(ip);
        if (person) report('sharedAddress', e, [e, person], { other: person.principal.display });
        const net = networkOf(ip);
        const sessionKey = e.principal.accessKeyId ?? `${e.principal.key}|${e.principal.session ?? ''}`;
        let nets = sessionNets.get(sessionKey);
        if (!nets) {
          nets = new Map();
          remember(sessionNets, sessionKey, nets);
        }
        if (!nets.has(net) && nets.size < 8) nets.set(net, e);
        if (nets.size >= 2) report('twoNetworks', e, [...nets.values()], { networks: [...nets.keys()].join(' and ') });
        const profile = ctx.baseline.profile(e.principal.key);
        if (profile && profile.activeHours >= ctx.options.minLearnedHours && !Object.hasOwn(profile.networks, net)) {
          report('newNetwork', e, [e], { hours: profile.activeHours });
        }
      },
    };
  },
});
