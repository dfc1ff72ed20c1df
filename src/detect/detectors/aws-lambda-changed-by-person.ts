import { defineDetector } from '../detector.js';
import { eachEvent, field, text, usualFor } from '../helpers/each-event.js';
import { isHuman } from '../helpers/principal.js';

const CODE = /^UpdateFunctionCode/;

export default defineDetector({
  id: 'aws-lambda-changed-by-person',
  provider: 'aws',
  title: 'Lambda code or layers changed by a person',
  severity: 'medium',
  attack: [{ tactic: 'persistence', technique: 'T1546', name: 'Event Triggered Execution' }],
  description:
    "A person (IAM user, root, SSO or federated session), not a deployment role, replaced a function's code or added layers to it: code injected this way runs with the function's role on every invocation. Quiet for principals whose baseline shows they routinely deploy this way.",
  falsePositives: ['Developers deploying by hand to a sandbox account.', 'Hotfixes outside the pipeline (these should be rare and explained).'],
  references: ['https://attack.mitre.org/techniques/T1546/', 'https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html'],
  actions: [
    'UpdateFunctionCode20150331v2',
    'UpdateFunctionCode20150331',
    'UpdateFunctionCode',
    'UpdateFunctionConfiguration20150331v2',
    'UpdateFunctionConfiguration20150331',
    'UpdateFunctionConfiguration',
  ],
  defaultOptions: { usualAfter: 5 },
  optionDocs: { usualAfter: 'Stay quiet when the principal made the same call at least this many times in its learned baseline.' },
  messages: {
    code: '{{principal}} replaced the code of Lambda function {{fn}} from {{sourceIp}}.',
    layers: '{{principal}} attached layer(s) {{layers}} to Lambda function {{fn}} from {{sourceIp}}.',
  },
  create: eachEvent((e, ctx) => {
    if (e.errorCode !== null || !isHuman(e.principal) || usualFor(ctx, e, ctx.options.usualAfter)) return null;
    const fn = text(field(e.request, 'functionName')).split(':').pop() ?? 'unknown';
    if (CODE.test(e.action)) return { messageId: 'code', data: { fn } };
    const raw = field(e.request, 'layers') ?? field(e.response, 'layers');
    const layers = (Array.isArray(raw) ? raw : [])
      .map((l) => (typeof l === 'string' ? l : text(field(l as Record<string, unknown>, 'arn'))))
      .filter((l) => l !== 'unknown');
    if (layers.length === 0) return null;
    const external = layers.filter((l) => /:layer:/.test(l) && l.split(':')[4] !== e.account);
    return {
      messageId: 'layers',
      data: { fn, layers: layers.join(', ') },
      evidence: { layers, externalLayers: external },
      ...(external.length > 0 ? { severity: 'high' as const } : {}),
    };
  }),
});
