/**
 * The bundled demo account: a small, realistic AWS production account in two regions, with
 * compliant resources next to the misconfigurations people actually ship. `cspm scan --demo`
 * evaluates it so a newcomer sees a real report, and every section of the CIS benchmark has
 * passing and failing controls, without a cloud account.
 */
import type { AnyResource } from '../resources/index.js';
import type { InventoryScope } from '../inventory/types.js';
import { awsAccount, awsRegion } from '../inventory/builders/aws.js';
import { demoIdentity } from './aws-identity.js';
import { demoLogging } from './aws-logging.js';
import { demoNetwork } from './aws-network.js';
import { DEMO_AWS_ACCOUNT, DEMO_REGIONS, GLOBAL } from './aws-placement.js';
import { demoStorage } from './aws-storage.js';

export { DEMO_AWS_ACCOUNT } from './aws-placement.js';

export const demoAwsScope: InventoryScope = {
  provider: 'aws',
  account: DEMO_AWS_ACCOUNT,
  displayName: 'acme-prod (demo)',
  principal: `arn:aws:iam::${DEMO_AWS_ACCOUNT}:user/demo-auditor`,
  regions: [...DEMO_REGIONS],
};

export function demoAwsResources(): AnyResource[] {
  return [awsAccount(GLOBAL), ...DEMO_REGIONS.map((r) => awsRegion(r, GLOBAL)), ...demoIdentity(), ...demoStorage(), ...demoLogging(), ...demoNetwork()];
}
