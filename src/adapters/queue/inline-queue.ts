import type { JobQueue, QueueJob, WorkOptions } from '../../core/ports.js';

/**
 * The in-process queue: jobs run in this process as soon as a worker is attached. The default when no
 * Redis URL is configured; the same contract as the Redis queue.
 *
 * @example const queue = createInlineQueue(); queue.work(handle); await queue.add('id', job); await queue.drained();
 */
export function createInlineQueue(): JobQueue {
  const seen = new Set<string>();
  const waiting: QueueJob[] = [];
  let handler: ((job: QueueJob) => Promise<void>) | null = null;
  let options: WorkOptions = {};
  let running = 0;
  let idle: (() => void)[] = [];

  const pump = () => {
    const limit = options.concurrency ?? 1;
    while (handler && running < limit && waiting.length > 0) {
      const job = waiting.shift()!;
      running++;
      handler(job)
        .catch((error) => options.onFailed?.(job, error))
        .finally(() => {
          running--;
          pump();
        });
    }
    if (running === 0 && waiting.length === 0) {
      const resolve = idle;
      idle = [];
      for (const r of resolve) r();
    }
  };

  return {
    async add(id, job) {
      if (seen.has(id)) return false;
      seen.add(id);
      waiting.push(job);
      pump();
      return true;
    },
    work(h, o = {}) {
      handler = h;
      options = o;
      pump();
      return {
        close: async () => {
          handler = null;
          await new Promise<void>((r) => (running === 0 ? r() : idle.push(r)));
        },
      };
    },
    drained() {
      return new Promise<void>((r) => (running === 0 && waiting.length === 0 ? r() : idle.push(r)));
    },
    async close() {
      handler = null;
      waiting.length = 0;
    },
  };
}
