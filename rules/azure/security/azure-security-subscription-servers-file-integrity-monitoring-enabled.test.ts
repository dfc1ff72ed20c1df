import { serversExtensionCases } from '../../../tests/support/azure-defender.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-servers-file-integrity-monitoring-enabled.js';

testRule(rule, serversExtensionCases('FileIntegrityMonitoring'));
