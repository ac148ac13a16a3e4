import { describe, expect, it } from 'vitest';
import type { JobQueue, QueueJob } from '../../core/ports.js';
import { createInlineQueue } from './inline-queue.js';
import { createRedisQueue, obliterateRedisQueue } from './redis-queue.js';

const REDIS = process.env.MARSAD_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const job = (source: string, text: string): QueueJob => ({
  source,
  raw: { bytes: new TextEncoder().encode(text), format: 'text', hints: { title: source } },
});

// One contract, every adapter: the Redis queue runs against the real server on this machine.
const adapters: [string, () => Promise<{ queue: JobQueue; cleanup: () => Promise<void> }>][] = [
  ['in-process', async () => ({ queue: createInlineQueue(), cleanup: async () => {} })],
  [
    'Redis',
    async () => {
      const name = `marsad-test-${process.pid}-${Date.now()}`;
      const queue = await createRedisQueue(REDIS, name);
      return { queue, cleanup: () => obliterateRedisQueue(REDIS, name) };
    },
  ],
];

describe.each(adapters)('the %s job queue', (_name, open) => {
  it('hands every job to a worker once, bytes and hints intact, and adds a repeated id only once', async () => {
    const { queue, cleanup } = await open();
    const seen: QueueJob[] = [];
    // The repeat arrives while the first is still waiting: a Redis worker already attached could finish
    // and remove it in between (the queue refuses only inputs waiting or in hand), as it once did in CI.
    expect(await queue.add('a', job('a.txt', 'قصف مدفعي على حلب'))).toBe(true);
    expect(await queue.add('b', job('b.txt', 'Clashes in Aden'))).toBe(true);
    expect(await queue.add('a', job('a.txt', 'again'))).toBe(false);
    const worker = queue.work(async (j) => void seen.push(j), { concurrency: 2 });
    await queue.drained();
    await worker.close();
    await queue.close();
    await cleanup();
    expect(seen.map((j) => j.source).sort()).toEqual(['a.txt', 'b.txt']);
    const a = seen.find((j) => j.source === 'a.txt')!;
    expect(new TextDecoder().decode(a.raw.bytes)).toBe('قصف مدفعي على حلب');
    expect(a.raw.hints).toEqual({ title: 'a.txt' });
  });

  it('reports a job whose handler fails and goes on with the next', async () => {
    const { queue, cleanup } = await open();
    const failed: string[] = [];
    const done: string[] = [];
    const worker = queue.work(
      async (j) => {
        if (j.source === 'bad') throw new Error('boom');
        done.push(j.source);
      },
      { onFailed: (j, e) => failed.push(`${j.source}: ${(e as Error).message}`) },
    );
    await queue.add('bad', job('bad', 'x'));
    await queue.add('good', job('good', 'y'));
    await queue.drained();
    // BullMQ emits "failed" just after the job leaves the active list: wait for the event, bounded.
    for (let i = 0; i < 100 && failed.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await worker.close();
    await queue.close();
    await cleanup();
    expect(done).toEqual(['good']);
    expect(failed).toEqual(['bad: boom']);
  });
});
