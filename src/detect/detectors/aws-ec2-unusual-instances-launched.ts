import { defineDetector } from '../detector.js';
import { eachEvent, field, text, usualFor } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-ec2-unusual-instances-launched',
  provider: 'aws',
  title: 'GPU or very large instances launched',
  severity: 'medium',
  attack: [
    { tactic: 'impact', technique: 'T1496', name: 'Resource Hijacking' },
    { tactic: 'execution', technique: 'T1204.003', name: 'User Execution: Malicious Image' },
  ],
  description:
    'RunInstances (even refused) for GPU / accelerator families or very large sizes, or many instances at once, by a principal whose baseline does not launch instances: the usual shape of cryptomining on stolen credentials.',
  falsePositives: ['ML teams launching training instances (their principals learn RunInstances and stay quiet).'],
  references: ['https://attack.mitre.org/techniques/T1496/', 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'],
  actions: ['RunInstances'],
  defaultOptions: { typePattern: '^(p\\d|g\\d|inf\\d|trn\\d|dl\\d|f\\d|vt\\d|x\\d|u-|hpc\\d)|\\.(metal|\\d{2,}xlarge)$', maxCount: 10, usualAfter: 5 },
  optionDocs: {
    typePattern: 'Regular expression of instance types that are unusual (GPU, accelerators, metal, 10xlarge and up).',
    maxCount: 'Alert when one call asks for at least this many instances.',
    usualAfter: "Stay quiet when the principal's baseline has at least this many RunInstances calls.",
  },
  messages: { launched: '{{principal}} asked for {{count}} {{type}} instance(s) in {{region}} from {{sourceIp}}{{outcome}}.' },
  create: eachEvent((e, ctx) => {
    if (usualFor(ctx, e, ctx.options.usualAfter)) return null;
    const type = text(field(e.request, 'instanceType'));
    const items = field(e.request, 'instancesSet', 'items');
    const count = (Array.isArray(items) ? items : []).reduce<number>((n, i) => n + Number(field(i as Record<string, unknown>, 'maxCount') ?? 1), 0) || 1;
    if (!new RegExp(ctx.options.typePattern).test(type) && count < ctx.options.maxCount) return null;
    return {
      messageId: 'launched',
      data: { type, count, outcome: e.errorCode ? ` (refused: ${e.errorCode})` : '' },
      evidence: { instanceType: type, requested: count },
    };
  }),
});
