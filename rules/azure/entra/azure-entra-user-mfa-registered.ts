import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-user-mfa-registered',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.user',
  severity: 'high',
  title: "Multifactor authentication is enabled for every user ('multifactor authentication' is 'enabled' for all users)",
  description:
    "Checks each enabled member user: MFA registered (authentication methods registration report, isMfaRegistered) or legacy per-user MFA 'enforced'. Users holding a directory role are rated critical. Disabled accounts are not applicable, and so are guests, who authenticate in their home tenant (require MFA for them with Conditional Access).",
  rationale:
    'A password alone falls to phishing, password spraying and reuse from other breaches; MFA blocks almost all account-takeover attacks that do not also steal the second factor.',
  remediation: {
    summary:
      'Require MFA for all users with Conditional Access (or security defaults) and make each listed user register an MFA method; start with administrators.',
    cli: 'az rest --method GET --url "https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isMfaRegistered eq false"',
    console: [
      'Open Microsoft Entra ID > Protection > Authentication methods > User registration details, filter on "Multifactor authentication capable: Not capable".',
      'Ask each user to register at https://aka.ms/mysecurityinfo, and enforce it with a Conditional Access policy requiring MFA.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-howitworks',
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-all-users-mfa-strength',
  ],
  reads: ['mfaRegistration', 'perUserMfaState', 'accountEnabled', 'userType', 'directoryRoleTemplateIds'],
  messages: {
    registered: 'User {{name}} has multifactor authentication ({{how}}).',
    notRegistered: 'User {{name}} has no multifactor authentication method registered{{admin}}.',
    disabled: 'User {{name}} is disabled and cannot sign in.',
    guest: 'Guest {{name}} authenticates in their home tenant; require MFA for guests with Conditional Access.',
  },
  evaluate(user) {
    const { mfaRegistration, perUserMfaState, accountEnabled, userType, directoryRoleTemplateIds } = user.properties;
    const privileged = directoryRoleTemplateIds.length > 0 || mfaRegistration?.isAdmin === true;
    const evidence = {
      isMfaRegistered: mfaRegistration?.isMfaRegistered ?? null,
      methodsRegistered: mfaRegistration?.methodsRegistered ?? null,
      perUserMfaState,
      privileged,
    };
    if (accountEnabled === false) return { status: 'NOT_APPLICABLE', messageId: 'disabled', evidence };
    if (userType?.toLowerCase() === 'guest') return { status: 'NOT_APPLICABLE', messageId: 'guest', evidence };
    if (mfaRegistration?.isMfaRegistered === true)
      return { status: 'PASS', messageId: 'registered', data: { how: mfaRegistration.methodsRegistered.join(', ') || 'registered' }, evidence };
    if (perUserMfaState?.toLowerCase() === 'enforced') return { status: 'PASS', messageId: 'registered', data: { how: 'per-user MFA enforced' }, evidence };
    if (mfaRegistration === null && perUserMfaState === null) return missingData(`the MFA registration of user ${user.name} was not collected`);
    return {
      status: 'FAIL',
      messageId: 'notRegistered',
      data: { admin: privileged ? ', and holds a directory role' : '' },
      severity: privileged ? 'critical' : 'high',
      evidence,
    };
  },
});
