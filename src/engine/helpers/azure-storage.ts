/**
 * Storage account facts the CIS Azure section 9 rules share: which services an account kind has,
 * and what an unset property means (ARM omits a property that was never set, and its effective
 * value then depends on when the account was created).
 */
import type { BlobServiceProperties, FileServiceProperties, StorageAccount } from '../../resources/azure/index.js';
import { parseDate } from './dates.js';
import { missingData } from './missing-data.js';

/** Account kinds without a file service (block-blob premium and legacy blob-only accounts). */
const NO_FILE_SERVICE = new Set(['blobstorage', 'blockblobstorage']);
/** Account kinds without a blob service (premium file shares). */
const NO_BLOB_SERVICE = new Set(['filestorage']);

/** The account's file service properties; null when its kind has none; missingData when not collected. */
export function fileServiceOf(name: string, account: StorageAccount): FileServiceProperties | null {
  if (NO_FILE_SERVICE.has((account.kind ?? '').toLowerCase())) return null;
  return account.fileService ?? missingData(`the file service properties of storage account ${name} were not collected`);
}

/** The account's blob service properties; null when its kind has none; missingData when not collected. */
export function blobServiceOf(name: string, account: StorageAccount): BlobServiceProperties | null {
  if (NO_BLOB_SERVICE.has((account.kind ?? '').toLowerCase())) return null;
  return account.blobService ?? missingData(`the blob service properties of storage account ${name} were not collected`);
}

/**
 * The effective value of a boolean ARM leaves unset on older accounts: `value` when set; otherwise
 * `newDefault` for accounts created on or after `since`, and `oldDefault` before. Unknown creation
 * time with an unset value is missing data.
 */
export function effectiveFlag(
  name: string,
  account: StorageAccount,
  value: boolean | null,
  since: string,
  defaults: { readonly old: boolean; readonly new: boolean },
): boolean {
  if (value !== null) return value;
  const created = parseDate(account.creationTime);
  if (created === null) return missingData(`storage account ${name} reports neither the setting nor its creation time`);
  return created.getTime() >= Date.parse(since) ? defaults.new : defaults.old;
}

/** Storage account redundancy SKUs that replicate to a second region. */
export function isGeoRedundant(skuName: string | null): boolean {
  return skuName !== null && /_(RA)?G(Z)?RS$/i.test(skuName);
}
