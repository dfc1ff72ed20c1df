// Loaded with `node --import`: the process prints every module it loads to stderr ("loaded: URL").
import { register } from 'node:module';

register('./trace-imports-hooks.js', import.meta.url);
