import { defenderPlanCases } from '../../../tests/support/azure-defender.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-defender-resource-manager-on.js';

testRule(rule, defenderPlanCases('Arm'));
