import { describe, expect, it } from '@jest/globals';
import { RestError } from '@azure/core-rest-pipeline';
import { merged, normaliseLocation, parseArmId, splitList, subscriptionViewId } from '../../../src/providers/azure/arm.js';
import { lockScopeOf } from '../../../src/providers/azure/collectors/locks.js';
import { flowLogTargetKind, toNsgRule } from '../../../src/providers/azure/collectors/network.js';
import { servicesOf } from '../../../src/providers/azure/collectors/storage.js';
import { isAbsent, normaliseAzureError } from '../../../src/providers/azure/errors.js';
import { redactUrl, resolveUrl } from '../../../src/providers/azure/rest.js';
import { principalOf, tokenClaims } from '../../../src/providers/azure/subscriptions.js';

const rest = (statusCode: number, code: string): RestError => new RestError('message', { statusCode, code });

describe('normaliseAzureError', () => {
  it.each([
    ['ARM AuthorizationFailed', rest(403, 'AuthorizationFailed'), 'AccessDenied'],
    ['Graph Authorization_RequestDenied', rest(403, 'Authorization_RequestDenied'), 'AccessDenied'],
    ['a 401', rest(401, 'InvalidAuthenticationToken'), 'AccessDenied'],
    ['429 after the retries', rest(429, 'TooManyRequests'), 'Throttling'],
    ['a gateway timeout', rest(504, 'GatewayTimeout'), 'Timeout'],
    ['a transport failure', rest(0, 'REQUEST_SEND_ERROR'), 'NetworkError'],
    ['a service code it does not know', rest(409, 'Conflict'), 'Conflict'],
    ['an abort', Object.assign(new Error('aborted'), { name: 'AbortError' }), 'Aborted'],
    ['an identity failure', Object.assign(new Error('no login'), { name: 'CredentialUnavailableError' }), 'AuthenticationFailed'],
  ])('maps %s', (_name, error, code) => {
    expect(normaliseAzureError(error).code).toBe(code);
  });

  it('treats only named codes of one action as absent', () => {
    expect(isAbsent('Microsoft.Databricks/workspaces/read', rest(409, 'MissingSubscriptionRegistration'))).toBe(true);
    expect(isAbsent('Microsoft.Databricks/workspaces/read', rest(403, 'AuthorizationFailed'))).toBe(false);
    expect(isAbsent('Microsoft.Storage/storageAccounts/read', rest(409, 'MissingSubscriptionRegistration'))).toBe(false);
  });
});

describe('token claims', () => {
  const jwt = (claims: object): string => `x.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.y`;
  it('names users by UPN, service principals by app id, and gives up on opaque tokens', () => {
    expect(principalOf(tokenClaims(jwt({ upn: 'alice@contoso.com', oid: 'o' })))).toBe('alice@contoso.com');
    expect(principalOf(tokenClaims(jwt({ appid: '1234', oid: 'o' })))).toBe('app:1234');
    expect(principalOf(tokenClaims(jwt({ oid: 'o' })))).toBe('o');
    expect(tokenClaims('opaque')).toBeNull();
  });
});

describe('ARM helpers', () => {
  it('parses ids, locations and lists as ARM writes them', () => {
    expect(parseArmId('/subscriptions/s/resourceGroups/RG/providers/Microsoft.Storage/storageAccounts/st/blobServices/default')).toEqual({
      subscriptionId: 's',
      resourceGroup: 'RG',
      name: 'default',
    });
    expect(normaliseLocation('West Europe')).toBe('westeurope');
    expect(normaliseLocation(undefined)).toBe('global');
    expect(splitList('AzureServices, Logging', /,/)).toEqual(['AzureServices', 'Logging']);
    expect(merged('22', ['80', '443'])).toEqual(['22', '80', '443']);
    expect(merged('', null)).toEqual([]);
  });

  it('keeps ids under the subscription and re-homes inherited ones', () => {
    expect(subscriptionViewId('S', '/subscriptions/s/providers/x/y')).toBe('/subscriptions/s/providers/x/y');
    expect(subscriptionViewId('s', '/providers/Microsoft.Authorization/roleAssignments/r')).toBe(
      '/subscriptions/s/inherited/providers/Microsoft.Authorization/roleAssignments/r',
    );
    expect(lockScopeOf('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/locks/l')).toBe('/subscriptions/s/resourceGroups/rg');
  });

  it('tells flow log targets and storage services apart', () => {
    expect(flowLogTargetKind('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n')).toBe('networkSecurityGroup');
    expect(flowLogTargetKind('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a')).toBe('subnet');
    expect(flowLogTargetKind('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v')).toBe('virtualNetwork');
    expect(servicesOf('FileStorage')).toEqual({ blob: false, file: true, queue: false, table: false });
    expect(servicesOf('BlockBlobStorage').file).toBe(false);
    expect(servicesOf('StorageV2')).toEqual({ blob: true, file: true, queue: true, table: true });
  });

  it('merges the singular and plural NSG fields into one list each', () => {
    const rule = toNsgRule({
      name: 'r',
      protocol: 'Tcp',
      access: 'Allow',
      direction: 'Inbound',
      priority: 100,
      sourceAddressPrefix: 'Internet',
      sourceAddressPrefixes: [],
      destinationPortRanges: ['22', '3389'],
    });
    expect([rule.sourceAddressPrefixes, rule.destinationPortRanges]).toEqual([['Internet'], ['22', '3389']]);
  });
});

describe('REST URLs', () => {
  it('adds the query to paths, keeps next links whole, and never prints query strings', () => {
    expect(resolveUrl('https://management.azure.com', '/subscriptions', { 'api-version': '2022-12-01' })).toBe(
      'https://management.azure.com/subscriptions?api-version=2022-12-01',
    );
    expect(resolveUrl('https://graph.microsoft.com/v1.0', '/users')).toBe('https://graph.microsoft.com/v1.0/users');
    expect(resolveUrl('https://graph.microsoft.com/v1.0', 'https://graph.microsoft.com/v1.0/users?$skiptoken=abc&$top=999')).toBe(
      'https://graph.microsoft.com/v1.0/users?$skiptoken=abc&$top=999',
    );
    expect(redactUrl('https://kv.vault.azure.net/certificates?api-version=7.4&$skiptoken=secret')).toBe('https://kv.vault.azure.net/certificates');
  });
});
