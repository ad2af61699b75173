// The CLI from source as a separate process, for tests that need one (other users, concurrent writers).
// DIALIST_CWD: the working folder the command runs in (tsx itself is resolved from the repository root).
import { runCli } from '../../src/cli/main.js';

if (process.env.DIALIST_CWD) process.chdir(process.env.DIALIST_CWD);
process.exitCode = await runCli(process.argv.slice(2));
