import { alternateContacts, SECURITY_CONTACT } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-account-security-contact-registered.js';

testRule(rule, {
  valid: [
    { name: 'a security contact with an e-mail address', resource: alternateContacts(), messageId: 'registered' },
    { name: 'a security contact without a phone number still passes', resource: alternateContacts({ security: { ...SECURITY_CONTACT, phoneNumber: null } }) },
  ],
  invalid: [
    {
      name: 'no security contact (ResourceNotFoundException)',
      resource: alternateContacts({ security: null }),
      messageId: 'missing',
      evidence: { security: null },
    },
    {
      name: 'only billing and operations contacts',
      resource: alternateContacts({ security: null, billing: SECURITY_CONTACT, operations: SECURITY_CONTACT }),
      messageId: 'missing',
    },
    {
      name: 'a security contact with an empty e-mail',
      resource: alternateContacts({ security: { ...SECURITY_CONTACT, emailAddress: ' ' } }),
      messageId: 'missing',
    },
  ],
});
