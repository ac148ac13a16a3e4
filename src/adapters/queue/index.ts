import type { JobQueue } from '../../core/ports.js';
import { createInlineQueue } from './inline-queue.js';

export { createInlineQueue } from './inline-queue.js';

/**
 * The queue a URL names: `redis://…` for the Redis queue (`?queue=NAME` picks the queue, default
 * `marsad-ingest`), nothing for the in-process one.
 *
 * @example const queue = await openQueue('redis://127.0.0.1:6379?queue=night-batch');
 */
export async function openQueue(url?: string): Promise<JobQueue> {
  if (url && /^rediss?:\/\//.test(url)) {
    const { createRedisQueue } = await import('./redis-queue.js');
    return createRedisQueue(url, new URL(url).searchParams.get('queue') ?? undefined);
  }
  return createInlineQueue();
}
