#!/usr/bin/env node
// The `kg` command: runs the TypeScript CLI through tsx, so no build step stands between `npm ci` and use.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipeline/cli.ts');
process.exitCode = await main(process.argv.slice(2));
