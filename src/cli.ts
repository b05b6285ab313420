#!/usr/bin/env node
// The `convgen` executable; the commands live in cli/main.ts.
import { main } from './cli/main.js';

// output piped into a reader that stops early (`convgen compile --help | head`): stop quietly, as other tools do
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

process.exitCode = await main(process.argv);
