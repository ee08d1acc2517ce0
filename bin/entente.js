#!/usr/bin/env node
// The published CLI runs the compiled build; `npm ci` builds it through the `prepare` script.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
