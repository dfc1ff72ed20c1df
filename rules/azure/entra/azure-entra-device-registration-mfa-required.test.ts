import { entraDeviceRegistrationPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-device-registration-mfa-required.js';

testRule(rule, {
  valid: [{ name: 'MFA required', resource: entraDeviceRegistrationPolicy(), messageId: 'required' }],
  invalid: [
    {
      name: 'not required',
      resource: entraDeviceRegistrationPolicy({ multiFactorAuthConfiguration: 'notRequired' }),
      messageId: 'notRequired',
      evidence: { multiFactorAuthConfiguration: 'notRequired' },
    },
    { name: 'not reported', resource: entraDeviceRegistrationPolicy({ multiFactorAuthConfiguration: null }), messageId: 'notRequired' },
  ],
});
