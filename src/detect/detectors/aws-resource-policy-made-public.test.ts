import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-resource-policy-made-public.js';

const doc = (principal: unknown, condition?: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: '*', Resource: '*', ...(condition ? { Condition: condition } : {}) }],
});
testDetector(detector, {
  valid: [
    {
      name: 'a key policy for the account',
      events: [
        ct({
          eventName: 'PutKeyPolicy',
          eventSource: 'kms.amazonaws.com',
          request: { keyId: 'k', policy: JSON.stringify(doc({ AWS: 'arn:aws:iam::111122223333:root' })) },
        }),
      ],
    },
    {
      name: 'public but pinned to a source account',
      events: [
        ct({
          eventName: 'SetTopicAttributes',
          eventSource: 'sns.amazonaws.com',
          request: {
            topicArn: 't',
            attributeName: 'Policy',
            attributeValue: JSON.stringify(doc('*', { StringEquals: { 'aws:SourceAccount': '111122223333' } })),
          },
        }),
      ],
    },
    {
      name: 'another topic attribute',
      events: [
        ct({
          eventName: 'SetTopicAttributes',
          eventSource: 'sns.amazonaws.com',
          request: { topicArn: 't', attributeName: 'DisplayName', attributeValue: 'x' },
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'a KMS key anyone can use',
      events: [ct({ eventName: 'PutKeyPolicy', eventSource: 'kms.amazonaws.com', request: { keyId: 'k-1', policy: doc('*') } })],
      messageId: 'public',
      explains: 'k-1 (PutKeyPolicy)',
    },
    {
      name: 'a public queue',
      events: [
        ct({
          eventName: 'SetQueueAttributes',
          eventSource: 'sqs.amazonaws.com',
          request: { queueUrl: 'https://sqs/q', attributes: { Policy: JSON.stringify(doc({ AWS: '*' })) } },
        }),
      ],
      messageId: 'public',
    },
  ],
});
