import type { Provider } from '../core/types.js';
import { AWS_RESOURCE_TYPES, type AwsResourceTypes, type ResourceTypeInfo } from './aws/index.js';
import { AZURE_RESOURCE_TYPES, type AzureResourceTypes } from './azure/index.js';

export type { ResourceTypeInfo } from './aws/index.js';

/** Every resource type cspm knows, keyed by its dotted id (`aws.s3.bucket`), mapped to its typed properties. */
export interface ResourceTypes extends AwsResourceTypes, AzureResourceTypes {}

export type ResourceType = Extract<keyof ResourceTypes, string>;

/**
 * One collected resource. Every resource has the same envelope whatever its provider; `properties`
 * is typed by `type`. Unknown values are `null`, never missing (Kysely's "nullable, not optional").
 */
export interface Resource<T extends ResourceType = ResourceType> {
  readonly type: T;
  /** ARN for AWS, resource id for Azure; unique within an inventory. */
  readonly id: string;
  readonly name: string;
  readonly provider: Provider;
  /** AWS account id or Azure subscription id. */
  readonly account: string;
  /** AWS region, Azure location, or 'global'. */
  readonly region: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly properties: ResourceTypes[T];
}

/** A discriminated union of every concrete resource. */
export type AnyResource = { [K in ResourceType]: Resource<K> }[ResourceType];

/** The part of a resource that findings carry. */
export interface ResourceRef {
  readonly id: string;
  readonly type: ResourceType;
  readonly name: string;
  readonly provider: Provider;
  readonly account: string;
  readonly region: string;
}

export const RESOURCE_TYPES: Readonly<Record<ResourceType, ResourceTypeInfo>> = Object.freeze({
  ...AWS_RESOURCE_TYPES,
  ...AZURE_RESOURCE_TYPES,
});

export function isResourceType(value: string): value is ResourceType {
  return Object.hasOwn(RESOURCE_TYPES, value);
}

export function providerOf(type: ResourceType): Provider {
  return type.startsWith('azure.') ? 'azure' : 'aws';
}

export function toRef(resource: Resource): ResourceRef {
  return {
    id: resource.id,
    type: resource.type,
    name: resource.name,
    provider: resource.provider,
    account: resource.account,
    region: resource.region,
  };
}
