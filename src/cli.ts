#!/usr/bin/env node
// The `convgen` executable; the commands live in cli/main.ts.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv);
