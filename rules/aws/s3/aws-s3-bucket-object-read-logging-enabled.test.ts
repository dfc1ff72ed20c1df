import { objectLoggingCases } from '../../../tests/support/s3-object-logging.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-s3-bucket-object-read-logging-enabled.js';

testRule(rule, objectLoggingCases('read'));
