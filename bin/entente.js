#!/usr/bin/env node
// The installed CLI runs the compiled build; `npm ci` builds it through the `prepare` script.
import '../dist/cli/bin.js';
