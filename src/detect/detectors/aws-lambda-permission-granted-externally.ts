import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { viaAwsService } from '../helpers/principal.js';

export default defineDetector({
  id: 'aws-lambda-permission-granted-externally',
  provider: 'aws',
  title: 'Lambda function opened to anyone or another account',
  severity: 'high',
  attack: [{ tactic: 'persistence', technique: 'T1546', name: 'Event Triggered Execution' }],
  description:
    'AddPermission on a Lambda function granting invoke (or more) to "*" or to another AWS account without a source condition: an outside party can now run code inside the account.',
  falsePositives: ['Cross-account event routing you set up on purpose (grant the other account with aws:SourceAccount).'],
  references: ['https://attack.mitre.org/techniques/T1546/', 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  actions: ['AddPermission20150331', 'AddPermission20150331v2', 'AddPermission', 'AddLayerVersionPermission20181031', 'AddLayerVersionPermission'],
  defaultOptions: {},
  optionDocs: {},
  messages: { granted: '{{principal}} allowed {{who}} to {{what}} on Lambda {{target}}.' },
  create: eachEvent((e) => {
    if (e.errorCode !== null || viaAwsService(e)) return null;
    const principal = text(field(e.request, 'principal'), '');
    const isLayer = e.action.startsWith('AddLayer');
    const who = isLayer ? text(field(e.request, 'principal'), '') : principal;
    const account = /^(\d{12})$/.exec(who)?.[1] ?? /^arn:aws[\w-]*:iam::(\d{12}):/.exec(who)?.[1] ?? null;
    const external = who === '*' || (account !== null && account !== e.account);
    if (!external) return null;
    const pinned =
      field(e.request, 'sourceAccount') !== undefined ||
      field(e.request, 'sourceArn') !== undefined ||
      field(e.request, 'principalOrgID') !== undefined ||
      field(e.request, 'organizationId') !== undefined;
    if (pinned && who !== '*') return null;
    const target = text(field(e.request, 'functionName') ?? field(e.request, 'layerName'));
    return {
      messageId: 'granted',
      data: { who: who === '*' ? 'anyone' : `account ${who}`, what: text(field(e.request, 'action'), 'invoke'), target },
      evidence: { grantee: who, statementId: field(e.request, 'statementId') ?? null, conditioned: pinned },
      ...(pinned ? { severity: 'medium' as const } : {}),
    };
  }),
});
