import { apiCalls } from '../../../src/engine/helpers/metric-filter.js';
import {
  evaluateMonitoring,
  MONITORING_REFERENCES,
  MONITORING_REQUIRES,
  monitoringMessages,
  monitoringRemediation,
  type MonitoringSpec,
} from '../../../src/engine/helpers/monitoring.js';
import { defineRule } from '../../../src/engine/rule.js';

/** The pattern the CIS remediation gives; any pattern that catches the same events passes. */
const CIS_PATTERN =
  '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}';

const spec: MonitoringSpec = {
  what: 'IAM policy changes',
  mustMatch: apiCalls('iam.amazonaws.com', [
    'DeleteGroupPolicy',
    'DeleteRolePolicy',
    'DeleteUserPolicy',
    'PutGroupPolicy',
    'PutRolePolicy',
    'PutUserPolicy',
    'CreatePolicy',
    'DeletePolicy',
    'CreatePolicyVersion',
    'DeletePolicyVersion',
    'AttachRolePolicy',
    'DetachRolePolicy',
    'AttachUserPolicy',
    'DetachUserPolicy',
    'AttachGroupPolicy',
    'DetachGroupPolicy',
  ]),
  mustNotMatch: apiCalls('iam.amazonaws.com', ['GetPolicy', 'ListAttachedRolePolicies']),
};

export default defineRule({
  id: 'aws-cloudwatch-account-iam-policy-changes-monitored',
  provider: 'aws',
  service: 'cloudwatch',
  resourceType: 'aws.account',
  severity: 'medium',
  title: 'IAM policy changes are monitored',
  description:
    'Checks the CIS monitoring chain for IAM policy changes: a multi-region trail logging all management events delivers to CloudWatch Logs, a metric filter there catches every one of those events (compared by meaning: clause order, spacing and quoting do not matter) without matching unrelated events, an alarm with actions enabled watches its metric, and the alarm notifies an SNS topic with a confirmed subscription.',
  rationale:
    'Privilege escalation almost always goes through a policy change; seeing each one as it happens separates an attacker granting themselves access from routine work.',
  remediation: monitoringRemediation('iam-policy-changes', CIS_PATTERN),
  references: MONITORING_REFERENCES,
  requires: MONITORING_REQUIRES,
  messages: monitoringMessages(spec.what),
  evaluate: (account, ctx) => evaluateMonitoring(account, ctx, spec),
});
