import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-route53resolver-query-logging-deleted.js';

const src = 'route53resolver.amazonaws.com';
testDetector(detector, {
  valid: [{ name: 'creating query logging', events: [ct({ eventName: 'CreateResolverQueryLogConfig', eventSource: src })] }],
  invalid: [
    {
      name: 'configuration deleted',
      events: [ct({ eventName: 'DeleteResolverQueryLogConfig', eventSource: src, request: { resolverQueryLogConfigId: 'rqlc-1' } })],
      messageId: 'deleted',
      explains: 'rqlc-1',
    },
    {
      name: 'configuration detached from a VPC',
      events: [ct({ eventName: 'DisassociateResolverQueryLogConfig', eventSource: src, request: { resolverQueryLogConfigId: 'rqlc-2' } })],
      messageId: 'deleted',
    },
  ],
});
