// tsc does not keep the executable bit: make the compiled CLI runnable after every build.
import { chmodSync, existsSync } from 'node:fs';

const bin = new URL('../dist/bin/cspm.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
