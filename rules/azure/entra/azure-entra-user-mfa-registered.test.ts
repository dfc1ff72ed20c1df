import { ENTRA_ROLE_TEMPLATE_IDS, entraUser } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-user-mfa-registered.js';

const unregistered = {
  isMfaRegistered: false,
  isMfaCapable: false,
  isPasswordlessCapable: false,
  isSsprRegistered: false,
  isAdmin: false,
  methodsRegistered: [],
  defaultMfaMethod: null,
  lastUpdatedDateTime: null,
};

testRule(rule, {
  valid: [
    { name: 'Authenticator registered', resource: entraUser('alice@contoso.com'), messageId: 'registered' },
    {
      name: 'legacy per-user MFA enforced without a registration row',
      resource: entraUser('bob@contoso.com', { mfaRegistration: null, perUserMfaState: 'enforced' }),
    },
  ],
  invalid: [
    { name: 'no method registered', resource: entraUser('carol@contoso.com', { mfaRegistration: unregistered }), messageId: 'notRegistered', severity: 'high' },
    {
      name: 'a Global Administrator without MFA is critical',
      resource: entraUser('admin@contoso.com', { mfaRegistration: unregistered, directoryRoleTemplateIds: [ENTRA_ROLE_TEMPLATE_IDS.globalAdministrator] }),
      messageId: 'notRegistered',
      severity: 'critical',
      evidence: { privileged: true },
    },
    {
      name: "per-user MFA 'enabled' but never registered",
      resource: entraUser('dave@contoso.com', { mfaRegistration: unregistered, perUserMfaState: 'enabled' }),
      messageId: 'notRegistered',
    },
  ],
  notApplicable: [
    { name: 'a disabled account', resource: entraUser('leaver@contoso.com', { accountEnabled: false, mfaRegistration: unregistered }), messageId: 'disabled' },
    {
      name: 'a guest',
      resource: entraUser('partner_fabrikam.com#EXT#@contoso.onmicrosoft.com', { userType: 'Guest', mfaRegistration: unregistered }),
      messageId: 'guest',
    },
  ],
  error: [
    {
      name: 'registration details not readable (no P1 licence or no AuditLog.Read.All)',
      resource: entraUser('erin@contoso.com', { mfaRegistration: null }),
      message: 'was not collected',
    },
  ],
});
