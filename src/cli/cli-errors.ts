import { isMarsadError } from '../core/errors.js';

/** Exit statuses: 0 done, 1 nothing could be processed or the command failed, 2 bad usage or config. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Wraps a command action so that a failure prints one clear line (what, then what to do) and sets the
 * exit status, instead of a stack trace.
 */
export function action<A extends unknown[]>(
  run: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      if (isMarsadError(error)) {
        process.stderr.write(`marsad: ${error.message}\n  ${error.hint}\n`);
        process.exitCode =
          error.code === 'CONFIG_INVALID' || error.code === 'BAD_REQUEST' ? EXIT.usage : EXIT.failed;
      } else {
        process.stderr.write(`marsad: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = EXIT.failed;
      }
    }
  };
}

/** One line for a failed input on stderr: the input, the problem, the catalogue code. */
export function reportFailure(failure: { source: string; code: string; message: string }): void {
  process.stderr.write(`marsad: ${namedMessage(failure)} [${failure.code}]\n`);
}

/** One line for an input kept despite a problem (part of its text lost or replaced), on stderr. */
export function reportWarning(warning: { source: string; code: string; message: string }): void {
  process.stderr.write(`marsad: warning: ${namedMessage(warning)} [${warning.code}]\n`);
}

function namedMessage({ source, message }: { source: string; message: string }): string {
  return message.startsWith(source) ? message : `${source}: ${message}`;
}
