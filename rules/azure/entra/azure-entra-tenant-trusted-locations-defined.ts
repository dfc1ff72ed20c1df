import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-tenant-trusted-locations-defined',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.tenant',
  severity: 'low',
  title: "Trusted locations are defined in Microsoft Entra ID ('trusted locations' are defined)",
  description: 'Checks that at least one IP-range named location is marked as trusted.',
  rationale:
    'Trusted locations (office and VPN egress ranges) let Conditional Access and Identity Protection tell normal sign-ins from unusual ones, reducing false risk detections and supporting location-based policies.',
  remediation: {
    summary: 'Define your organisation’s public egress ranges as a named location and mark it trusted.',
    cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations --body @trusted-location.json',
    console: [
      'Open Microsoft Entra ID > Protection > Conditional Access > Named locations.',
      'Choose "+ IP ranges location", add the ranges, select "Mark as trusted location" and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-assignment-network'],
  requires: { 'azure.entra.named-location': 'account' },
  messages: {
    defined: 'Tenant {{name}} has trusted locations: {{locations}}.',
    missing: 'Tenant {{name}} has no trusted IP location.',
  },
  evaluate(tenant, ctx) {
    const locations = ctx.inventory.list('azure.entra.named-location', { account: tenant.account });
    const trusted = locations.filter((l) => l.properties.kind === 'ip' && l.properties.isTrusted && l.properties.ipRanges.length > 0);
    const evidence = {
      namedLocations: locations.map((l) => ({
        name: l.name,
        kind: l.properties.kind,
        isTrusted: l.properties.isTrusted,
        ipRanges: l.properties.ipRanges.length,
      })),
    };
    return trusted.length > 0
      ? { status: 'PASS', messageId: 'defined', data: { locations: trusted.map((l) => l.name).join(', ') }, evidence }
      : { status: 'FAIL', messageId: 'missing', evidence };
  },
});
