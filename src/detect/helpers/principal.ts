import type { CloudEvent, Principal } from '../event.js';

/** People (as opposed to workloads): their console and CLI sessions are what attackers steal. */
export function isHuman(p: Principal): boolean {
  return p.type === 'iam-user' || p.type === 'root' || p.type === 'identity-center-user' || p.type === 'federated-user' || p.type === 'azure-user';
}

/** The IAM user name of the caller, when the caller is an IAM user. */
export function callerUserName(e: CloudEvent): string | null {
  if (e.principal.type !== 'iam-user') return null;
  return e.principal.display.replace(/^user\//, '');
}

/** True when the call came from an AWS service on the principal's behalf (CloudFormation, Config, ...). */
export function viaAwsService(e: CloudEvent): boolean {
  return e.principal.type === 'aws-service' || (e.principal.invokedBy !== null && e.principal.invokedBy.endsWith('.amazonaws.com'));
}

/** The rule engines' convention: failed calls still count for tampering attempts, not for exposure changes. */
export function succeeded(e: CloudEvent): boolean {
  return e.errorCode === null;
}

/** A call refused for lack of permission: an attempt worth knowing about even though it failed. */
export function denied(e: CloudEvent): boolean {
  return e.errorCode !== null && /AccessDenied|Unauthorized|Forbidden|AuthorizationFailed/i.test(e.errorCode);
}
