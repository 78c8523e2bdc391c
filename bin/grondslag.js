#!/usr/bin/env node
// The CLI runs from the compiled output; `npm install` builds it (the `prepare` script).
import { main } from '../dist/cli/main.js';

await main();
