import { ct } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './aws-ec2-flow-logs-deleted.js';

const del = (errorCode?: string) =>
  ct({
    eventName: 'DeleteFlowLogs',
    eventSource: 'ec2.amazonaws.com',
    request: { DeleteFlowLogsRequest: { FlowLogId: { content: 'fl-1', tag: 1 } } },
    ...(errorCode ? { errorCode } : {}),
  });
testDetector(detector, {
  valid: [
    { name: 'creating flow logs', events: [ct({ eventName: 'CreateFlowLogs', eventSource: 'ec2.amazonaws.com' })] },
    { name: 'a delete that failed for another reason', events: [del('InvalidFlowLogId.NotFound')] },
  ],
  invalid: [
    { name: 'flow logs deleted', events: [del()], messageId: 'deleted', explains: 'fl-1' },
    { name: 'a refused delete is reported low', events: [del('Client.UnauthorizedOperation')], messageId: 'deleted', severity: 'low' },
  ],
});
