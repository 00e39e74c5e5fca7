#!/usr/bin/env node
import { main } from '../dist/cli.js';

const code = await main(process.argv.slice(2));
// -1: the server is running and exits on a signal.
if (code >= 0) process.exit(code);
