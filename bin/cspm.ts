#!/usr/bin/env node
import { homedir } from 'node:os';
import { main } from '../src/cli/main.js';
import { pipeSafeStdout } from '../src/cli/stdout.js';

// The only place that touches process: it sets the exit code and never calls process.exit(),
// so piped stdout is always flushed.
// The AWS SDK warns on stderr that its releases after January 2027 need Node 22; that is for
// cspm's maintainers (who pin the SDK), not for a user reading a report.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
process.exitCode = await main(process.argv.slice(2), {
  stdout: pipeSafeStdout(process.stdout),
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  homedir: homedir(),
  now: () => new Date(),
  // The catalogue loads when a command runs, not for --help or --version.
  rules: async () => (await import('../rules/index.js')).allRules,
});
