import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-device-registration-mfa-required',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.device-registration-policy',
  severity: 'medium',
  title:
    "Registering or joining devices to Microsoft Entra requires MFA ('Require Multifactor Authentication to register or join devices with Microsoft Entra' is Yes)",
  description:
    "Checks the device registration policy's multiFactorAuthConfiguration is 'required'. Tenants that require MFA for the 'Register or join devices' user action through Conditional Access (the preferred way with Entra ID P1) should leave this setting off: mute the finding with that reason.",
  rationale:
    'A registered device becomes a trusted, compliant-looking sign-in source; an attacker with a stolen password who can register a device gets persistent access and may satisfy device-based Conditional Access.',
  remediation: {
    summary:
      "Set 'Require Multifactor Authentication to register or join devices with Microsoft Entra' to Yes, or require MFA for the 'Register or join devices' user action with Conditional Access.",
    cli: 'az rest --method PUT --url https://graph.microsoft.com/beta/policies/deviceRegistrationPolicy --body @device-registration-policy.json',
    console: [
      'Open Microsoft Entra ID > Devices > Device settings.',
      'Set "Require Multifactor Authentication to register or join devices with Microsoft Entra" to Yes and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/devices/manage-device-identities#configure-device-settings'],
  reads: ['multiFactorAuthConfiguration'],
  messages: {
    required: 'Tenant {{tenant}} requires MFA to register or join devices.',
    notRequired: 'Tenant {{tenant}} does not require MFA to register or join devices.',
  },
  evaluate(policy) {
    const { multiFactorAuthConfiguration } = policy.properties;
    const evidence = { multiFactorAuthConfiguration };
    return multiFactorAuthConfiguration?.toLowerCase() === 'required'
      ? { status: 'PASS', messageId: 'required', data: { tenant: policy.account }, evidence }
      : { status: 'FAIL', messageId: 'notRequired', data: { tenant: policy.account }, evidence };
  },
});
