import { expiryCases } from '../../../tests/support/azure-keyvault-expiry.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-rbac-secrets-expire.js';

testRule(rule, expiryCases('secret', 'rbac'));
