import type { JobQueue, QueueJob, QueueWorker, WorkOptions } from '../../core/ports.js';

/** What travels through Redis: bytes as base64, since job data is JSON. */
interface WireJob {
  source: string;
  bytes: string;
  format: QueueJob['raw']['format'];
  charset?: string;
  hints: QueueJob['raw']['hints'];
}

/**
 * A Redis-backed queue (BullMQ): `marsad ingest --queue redis://…` adds inputs, any number of `marsad worker`
 * processes on any machine take them. Job ids make an input added twice a single job. BullMQ and ioredis
 * load only when this adapter is used.
 *
 * @example const queue = await createRedisQueue('redis://127.0.0.1:6379', 'marsad-ingest');
 */
export async function createRedisQueue(url: string, name = 'marsad-ingest'): Promise<JobQueue> {
  const { Queue, Worker, QueueEvents } = await import('bullmq');
  const { hostname: host, port, password, username, pathname } = new URL(url);
  const connection = {
    host,
    port: Number(port || 6379),
    password: password || undefined,
    username: username || undefined,
    db: pathname.length > 1 ? Number(pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  };
  const queue = new Queue<WireJob>(name, { connection });
  const events = new QueueEvents(name, { connection });
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  const workers: QueueWorker[] = [];

  return {
    // Finished jobs are removed: the queue only refuses an input that is still waiting or in hand;
    // content already stored is recognised by the store, by its hash.
    async add(id, job) {
      const existing = await queue.getJob(id);
      if (existing) return false;
      await queue.add('input', toWire(job), {
        jobId: id,
        removeOnComplete: true,
        removeOnFail: true,
        attempts: 1,
      });
      return true;
    },
    work(handler, options: WorkOptions = {}) {
      const worker = new Worker<WireJob>(name, async (job) => handler(fromWire(job.data)), {
        connection,
        concurrency: options.concurrency ?? 1,
      });
      worker.on('failed', (job, error) => {
        if (job) options.onFailed?.(fromWire(job.data), error);
      });
      const handle = { close: () => worker.close() };
      workers.push(handle);
      return handle;
    },
    async drained() {
      for (;;) {
        const counts = await queue.getJobCounts(
          'waiting',
          'active',
          'delayed',
          'prioritized',
          'waiting-children',
        );
        if (Object.values(counts).every((n) => n === 0)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await events.close();
      await queue.close();
    },
  };
}

/** Removes the queue and all its jobs from Redis (tests, and `marsad worker --reset`). */
export async function obliterateRedisQueue(url: string, name = 'marsad-ingest'): Promise<void> {
  const { Queue } = await import('bullmq');
  const { hostname: host, port } = new URL(url);
  const queue = new Queue(name, { connection: { host, port: Number(port || 6379) } });
  await queue.obliterate({ force: true });
  await queue.close();
}

function toWire(job: QueueJob): WireJob {
  const { bytes, format, charset, hints } = job.raw;
  return { source: job.source, bytes: Buffer.from(bytes).toString('base64'), format, charset, hints };
}

function fromWire(wire: WireJob): QueueJob {
  return {
    source: wire.source,
    raw: {
      bytes: Buffer.from(wire.bytes, 'base64'),
      format: wire.format,
      charset: wire.charset,
      hints: wire.hints,
    },
  };
}
