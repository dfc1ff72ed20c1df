/** Where the demo account's resources live: one production account, two regions. */
export const DEMO_AWS_ACCOUNT = '210987654321';
export const DEMO_REGIONS = ['eu-west-1', 'us-east-1'] as const;
export const US = { account: DEMO_AWS_ACCOUNT, region: 'us-east-1' } as const;
export const EU = { account: DEMO_AWS_ACCOUNT, region: 'eu-west-1' } as const;
export const GLOBAL = { account: DEMO_AWS_ACCOUNT } as const;

/** Name, environment and owning team tags, as the account tags everything. */
export function tagged(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Name: name, env: 'prod', team: 'platform', ...extra };
}
