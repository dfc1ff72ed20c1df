/**
 * Key Vault checks over a vault's keys and secrets (CIS Azure 8.3.1-8.3.4, 8.3.9). The CIS controls
 * are split by the vault's permission model: RBAC vaults (enableRbacAuthorization true) and vaults
 * on access policies (false or unset, the legacy default). Disabled items cannot be used, so they
 * do not count; they are listed in the evidence. A list the collector could not read is null and
 * the rule refuses to guess (missingData), unless the engine already reported the failure.
 */
import type { KeyVault, KeyVaultKey, KeyVaultSecret } from '../../resources/azure/index.js';
import type { Resource } from '../../resources/index.js';
import type { Outcome, Remediation } from '../rule.js';
import { missingData } from './missing-data.js';

export type VaultModel = 'rbac' | 'accessPolicy';

export function vaultModel(vault: KeyVault): VaultModel {
  return vault.enableRbacAuthorization === true ? 'rbac' : 'accessPolicy';
}

export type ExpiryMessageId = 'allExpire' | 'noExpiry' | 'otherModel' | 'empty';

export function expiryMessages(kind: 'key' | 'secret', model: VaultModel): Readonly<Record<ExpiryMessageId, string>> {
  const plural = `${kind}s`;
  const label = model === 'rbac' ? 'RBAC' : 'access-policy';
  return {
    allExpire: `Every enabled ${kind} in ${label} vault {{name}} has an expiration date ({{count}} ${plural}).`,
    noExpiry: `${plural[0]?.toUpperCase() ?? ''}${plural.slice(1)} without an expiration date in ${label} vault {{name}}: {{items}}.`,
    otherModel: `Vault {{name}} uses ${model === 'rbac' ? 'access policies' : 'RBAC'}, which another control covers.`,
    empty: `${label} vault {{name}} has no enabled ${plural}.`,
  };
}

/** Expiry of a vault's enabled keys or secrets, for vaults of one permission model. */
export function evaluateExpiry(vault: Resource<'azure.keyvault.vault'>, kind: 'key' | 'secret', model: VaultModel): Outcome<ExpiryMessageId> {
  const modelEvidence = { enableRbacAuthorization: vault.properties.enableRbacAuthorization };
  if (vaultModel(vault.properties) !== model) return { status: 'NOT_APPLICABLE', messageId: 'otherModel', evidence: modelEvidence };
  const items: readonly (KeyVaultKey | KeyVaultSecret)[] | null = kind === 'key' ? vault.properties.keys : vault.properties.secrets;
  if (items === null) return missingData(`the ${kind}s of vault ${vault.name} were not collected`);
  const enabled = items.filter((i) => i.enabled);
  const without = enabled.filter((i) => i.expires === null).map((i) => i.name);
  const evidence = { ...modelEvidence, enabled: enabled.length, withoutExpiry: without, disabled: items.filter((i) => !i.enabled).map((i) => i.name) };
  if (enabled.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'empty', evidence };
  if (without.length > 0) return { status: 'FAIL', messageId: 'noExpiry', data: { items: without.join(', ') }, evidence };
  return { status: 'PASS', messageId: 'allExpire', data: { count: enabled.length }, evidence };
}

/** True when a key's rotation policy rotates it automatically ('rotate' lifetime action with a trigger). */
export function rotatesAutomatically(key: KeyVaultKey): boolean {
  return (key.rotationPolicy?.lifetimeActions ?? []).some(
    (a) => a.action.toLowerCase() === 'rotate' && (a.timeAfterCreate !== null || a.timeBeforeExpiry !== null),
  );
}

/** The rationale and remediation the four expiry controls share, per object kind. */
export function expiryGuidance(kind: 'key' | 'secret'): { readonly rationale: string; readonly remediation: Remediation } {
  const objects = kind === 'key' ? 'Keys' : 'Secrets';
  return {
    rationale:
      kind === 'key'
        ? 'A key without an expiration date stays valid forever: a key that leaked, or that should have been retired, keeps decrypting and signing. An expiry forces rotation and bounds the damage.'
        : 'A secret without an expiration date (a password, a connection string, an API key) is never forced to change, so a copy that leaked stays usable indefinitely.',
    remediation: {
      summary:
        kind === 'key'
          ? 'Set an expiration date on each key (and a rotation policy that renews it before it expires).'
          : 'Set an expiration date on each secret and rotate it before it expires.',
      cli: `az keyvault ${kind} set-attributes --vault-name <vault> --name <${kind}> --expires <YYYY-MM-DDThh:mm:ssZ>`,
      console: [
        `Open the key vault and choose Objects > ${objects}.`,
        `Open each ${kind} without an expiration date, choose its current version, set "Set expiration date" and save.`,
      ],
    },
  };
}
