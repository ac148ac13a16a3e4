// `npm test`'s checks two at a time: each of typecheck and lint runs on one core (tsc, eslint and prettier
// are single-threaded), and CI has two. Runs each argument as a shell command, all at once; prints each one's
// output whole when it ends (never interleaved), and exits non-zero if any of them did.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);

/** Runs `command` in a shell, its stdout and stderr kept together in one buffer; resolves to its exit code. */
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      process.stdout.write(`\n> ${command}\n${Buffer.concat(output).toString()}`);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const codes = await Promise.all(commands.map(run));
const failed = commands.filter((_, i) => codes[i] !== 0);
if (failed.length > 0) console.error(`failed: ${failed.join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
