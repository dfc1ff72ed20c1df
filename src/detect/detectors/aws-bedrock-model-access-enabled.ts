import { defineDetector } from '../detector.js';
import { eachEvent, field, text, usualFor } from '../helpers/each-event.js';

const ENABLING = new Set(['PutUseCaseForModelAccess', 'PutFoundationModelEntitlement', 'CreateFoundationModelAgreement']);

export default defineDetector({
  id: 'aws-bedrock-model-access-enabled',
  provider: 'aws',
  title: 'Bedrock model access enabled or first used',
  severity: 'medium',
  attack: [{ tactic: 'impact', technique: 'T1496', name: 'Resource Hijacking' }],
  description:
    'Foundation-model access was switched on (use-case form, entitlement, model agreement), or a principal with a learned baseline invoked a model for the first time: "LLMjacking" runs stolen credentials up a large model bill.',
  falsePositives: ['Teams enabling Bedrock for a new project (once per model and account).'],
  references: ['https://attack.mitre.org/techniques/T1496/', 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html'],
  actions: [...ENABLING, 'InvokeModel', 'InvokeModelWithResponseStream', 'Converse', 'ConverseStream'],
  defaultOptions: { minLearnedHours: 24 },
  optionDocs: { minLearnedHours: "Report a principal's first model invocation only once its baseline covers this many active hours." },
  messages: {
    enabled: '{{principal}} enabled Bedrock model access ({{action}}{{model}}) in {{region}} from {{sourceIp}}.',
    firstUse: '{{principal}} invoked Bedrock model {{model}} for the first time in {{hours}} learned hours.',
  },
  create: eachEvent((e, ctx) => {
    if (ENABLING.has(e.action)) {
      if (e.errorCode !== null) return null;
      const model = field(e.request, 'modelId');
      return {
        messageId: 'enabled',
        data: { model: typeof model === 'string' ? ` for ${model}` : '' },
        key: `${e.principal.key}|enable|${Math.floor(e.time / 86_400_000)}`,
      };
    }
    const profile = ctx.baseline.profile(e.principal.key);
    if (!profile || profile.activeHours < ctx.options.minLearnedHours || usualFor(ctx, e, 1)) return null;
    return { messageId: 'firstUse', data: { model: text(field(e.request, 'modelId')), hours: profile.activeHours }, key: `${e.principal.key}|first-invoke` };
  }),
});
