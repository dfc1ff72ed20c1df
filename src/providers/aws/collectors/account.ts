/** Account: the alternate contacts (security, billing, operations). */
import { GetAlternateContactCommand, type AlternateContact, type AlternateContactType } from '@aws-sdk/client-account';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { Contact } from '../../../resources/aws/index.js';
import { awsAccountFactId } from '../../../resources/aws/ids.js';
import { call, type AwsCollector } from '../context.js';

const ID = 'account';
const TYPES = { security: 'SECURITY', billing: 'BILLING', operations: 'OPERATIONS' } as const satisfies Record<string, AlternateContactType>;

export const accountCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'global',
  resourceTypes: ['aws.account.alternate-contacts'],
  permissions: ['account:GetAlternateContact'],
  async collect(ctx) {
    const id = awsAccountFactId(ctx.account, 'alternate-contacts');
    const client = ctx.clients.account(ctx.homeRegion);
    const entries = await Promise.all(
      Object.entries(TYPES).map(async ([property, AlternateContactType]) => {
        const scope = { collector: ID, region: 'global', resourceTypes: ['aws.account.alternate-contacts' as const], resourceId: id, properties: [property] };
        const result = await call(ctx, scope, 'account:GetAlternateContact', () => client.send(new GetAlternateContactCommand({ AlternateContactType })));
        return [property, result.ok ? toContact(result.value.AlternateContact) : null] as const;
      }),
    );
    const contacts = Object.fromEntries(entries) as Record<keyof typeof TYPES, Contact | null>;
    ctx.sink.resource(
      makeResource('aws.account.alternate-contacts', { id, name: `${ctx.account} alternate contacts`, account: ctx.account, region: 'global' }, contacts),
    );
    ctx.progress.done(`${ID} global`, false);
  },
};

export function toContact(raw: AlternateContact | undefined): Contact | null {
  if (raw === undefined) return null;
  return { name: raw.Name ?? null, title: raw.Title ?? null, emailAddress: raw.EmailAddress ?? null, phoneNumber: raw.PhoneNumber ?? null };
}
