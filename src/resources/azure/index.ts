import type { ResourceTypeInfo } from '../aws/index.js';

/**
 * The closed map of Azure resource types to their typed properties. Filled in by the Azure
 * collectors issue; the empty map keeps the model provider-neutral from day one.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AzureResourceTypes {}

export type AzureResourceType = keyof AzureResourceTypes;

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- filled by the Azure collectors
export const AZURE_RESOURCE_TYPES = {} as const satisfies Record<AzureResourceType, ResourceTypeInfo>;
