/** The flags that choose the cloud and scope Azure collection (`cspm scan`, `cspm collect`), as commander Options. */
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';

export const PROVIDER_CHOICES = ['aws', 'azure', 'all'] as const;
export type ProviderChoice = (typeof PROVIDER_CHOICES)[number];

/** What the provider and Azure flags resolve to. */
export interface AzureCliOptions {
  readonly provider?: ProviderChoice;
  readonly subscription?: readonly string[];
  readonly tenant?: string;
}

/** --subscription is repeatable and also takes a comma-separated list. */
export function parseSubscriptions(value: string, previous: readonly string[] | undefined): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new InvalidArgumentError('expected a subscription id or name');
  return [...(previous ?? []), ...items];
}

export function parseTenant(value: string): string {
  const tenant = value.trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tenant) && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(tenant))
    throw new InvalidArgumentError('expected a tenant id (GUID) or a domain such as contoso.onmicrosoft.com');
  return tenant;
}

export const azureOptions = {
  provider: () => new Option('--provider <provider>', 'which cloud to collect from live (default: aws)').choices(PROVIDER_CHOICES).env('CSPM_PROVIDER'),
  subscription: () =>
    new Option('--subscription <id>', 'Azure subscription id or name; repeat for several (default: every subscription the login can read)').argParser(
      parseSubscriptions,
    ),
  tenant: () => new Option('--tenant <id>', "Microsoft Entra tenant to sign in to and scan (default: the login's tenant)").argParser(parseTenant),
};

/** True when an Azure-only flag was given. */
export function hasAzureFlags(opts: AzureCliOptions): boolean {
  return opts.subscription !== undefined || opts.tenant !== undefined;
}
