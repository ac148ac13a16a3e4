import type { EventEmitter } from 'node:events';

/**
 * Ends the command quietly when the program reading its output goes away (`marsad events | head`): the
 * reader has all it asked for, so a stack trace about EPIPE would only look like a failure. Any other
 * error on the stream is rethrown as before.
 *
 * @example quietOnClosedPipe(process.stdout, () => process.exit(0));
 */
export function quietOnClosedPipe(stream: EventEmitter, exit: () => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit();
    else throw error;
  });
}
