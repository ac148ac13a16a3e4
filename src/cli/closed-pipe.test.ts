import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { quietOnClosedPipe } from './closed-pipe.js';

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('quietOnClosedPipe', () => {
  it('exits quietly when the reader of the output has closed the pipe', () => {
    const stream = new EventEmitter();
    const exit = vi.fn();
    quietOnClosedPipe(stream, exit);
    stream.emit('error', failure('EPIPE'));
    expect(exit).toHaveBeenCalledOnce();
  });

  it('keeps any other write error loud', () => {
    const stream = new EventEmitter();
    const exit = vi.fn();
    quietOnClosedPipe(stream, exit);
    expect(() => stream.emit('error', failure('ENOSPC'))).toThrow('write ENOSPC');
    expect(exit).not.toHaveBeenCalled();
  });
});
