import { defenderPlanCases } from '../../../tests/support/azure-defender.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-defender-key-vault-on.js';

testRule(rule, defenderPlanCases('KeyVaults'));
