// npm may skip the postinstall of @microsoft/sarif-multitool-<platform> (chmod u+x): make the
// validator the tests run executable. Safe to run when the dev dependency is absent.
import { chmodSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../package.json', import.meta.url));
let binary;
try {
  binary = require('@microsoft/sarif-multitool');
} catch {
  binary = undefined;
}
if (typeof binary === 'string' && existsSync(binary)) chmodSync(binary, 0o755);
