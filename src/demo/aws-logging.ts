/**
 * The demo account's audit trail and monitoring. The multi-region trail records management events
 * and S3 write data events to CloudWatch Logs, where four CIS metric filters alarm to the security
 * team; since the log bucket policy was tightened in October its S3 deliveries fail (AccessDenied).
 * Config, Security Hub and Access Analyzer were only ever set up in us-east-1.
 */
import type { AnyResource } from '../resources/index.js';
import {
  alarmedMetricFilter,
  apiGatewayStage,
  cloudFrontDistribution,
  cloudTrail,
  configRecorder,
  loadBalancer,
  securityHubHub,
  snsTopic,
} from '../inventory/builders/aws.js';
import { DEMO_AWS_ACCOUNT, GLOBAL, US } from './aws-placement.js';

const ALERTS = `arn:aws:sns:us-east-1:${DEMO_AWS_ACCOUNT}:security-alerts`;
const ONCALL = `arn:aws:sns:us-east-1:${DEMO_AWS_ACCOUNT}:oncall-pager`;

export function demoLogging(): AnyResource[] {
  return [
    cloudTrail(
      'acme-management-events',
      {
        s3BucketName: 'acme-prod-cloudtrail-logs',
        status: {
          isLogging: true,
          latestDeliveryTime: '2026-10-14T23:59:00.000Z',
          latestDeliveryError: 'AccessDenied',
          latestCloudWatchLogsDeliveryTime: '2026-11-01T08:58:00.000Z',
        },
        eventSelectors: [
          { readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] },
          {
            readWriteType: 'WriteOnly',
            includeManagementEvents: false,
            excludeManagementEventSources: [],
            dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }],
          },
        ],
      },
      US,
    ),

    // CIS monitoring: four chains complete; sign-in without MFA alarms to a topic nobody confirmed;
    // the security group filter forgot egress rules.
    ...alarmedMetricFilter(
      'unauthorized-api-calls',
      '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
      { alarmActions: [ALERTS] },
      US,
    ),
    ...alarmedMetricFilter(
      'root-usage',
      '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
      { alarmActions: [ALERTS] },
      US,
    ),
    ...alarmedMetricFilter(
      'iam-policy-changes',
      '{ $.eventSource = iam.amazonaws.com && ($.eventName = Put*Policy || $.eventName = Delete*Policy || $.eventName = Attach*Policy || $.eventName = Detach*Policy || $.eventName = CreatePolicy || $.eventName = CreatePolicyVersion || $.eventName = DeletePolicyVersion) }',
      { alarmActions: [ALERTS] },
      US,
    ),
    ...alarmedMetricFilter(
      'cloudtrail-changes',
      '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
      { alarmActions: [ALERTS] },
      US,
    ),
    ...alarmedMetricFilter(
      'console-sign-in-without-mfa',
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
      { alarmActions: [ONCALL] },
      US,
    ),
    ...alarmedMetricFilter(
      'security-group-changes',
      '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
      { alarmActions: [ALERTS] },
      US,
    ),
    snsTopic('security-alerts', {}, US),
    snsTopic(
      'oncall-pager',
      { subscriptions: [{ subscriptionArn: 'PendingConfirmation', protocol: 'https', endpoint: 'https://events.pager.example.com/aws' }] },
      US,
    ),

    configRecorder({}, US),
    securityHubHub({}, US),

    // Web front ends.
    loadBalancer('acme-web', {}, US),
    cloudFrontDistribution('E2QWRUHEXAMPLE', { standardLogging: null, logDeliveryCount: 0 }, { ...GLOBAL, tags: { team: 'marketing' } }),
    apiGatewayStage('orders-api', 'prod', {}, US),
  ];
}
