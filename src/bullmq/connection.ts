import type { RedisOptions } from 'bullmq';
import { describeValue, InvalidOptionsError } from '../errors.js';

/** A Redis server: a `redis://` URL, or ioredis options (host, port, password, tls, ...). */
export type RedisTarget = string | RedisOptions;

/**
 * ioredis options for a target. Commands wait through a lost connection (`maxRetriesPerRequest: null`, as BullMQ
 * requires) and reconnect with backoff, capped at 5 s, forever: a worker outlives a Redis restart.
 */
export function connect(target: RedisTarget): RedisOptions {
  const base: RedisOptions = {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt: number) => Math.min(5000, 100 * 2 ** Math.min(attempt, 6)),
  };
  if (typeof target === 'string') {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new InvalidOptionsError(`"redis" must be a redis:// URL or ioredis options, received ${describeValue(target)}.`);
    }
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
      throw new InvalidOptionsError(`"redis" must be a redis:// or rediss:// URL, received ${describeValue(target)}.`);
    return {
      ...base,
      host: url.hostname || '127.0.0.1',
      port: url.port ? Number(url.port) : 6379,
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    };
  }
  if (typeof target !== 'object' || target === null)
    throw new InvalidOptionsError(`"redis" must be a redis:// URL or ioredis options, received ${describeValue(target)}.`);
  return { ...base, ...target };
}

/** A plain ioredis client on `options`, for the state and the record ids (BullMQ keeps its own connections). */
export async function redisClient(options: RedisOptions): Promise<import('ioredis').Redis> {
  const { Redis } = await import('ioredis');
  return new Redis(options as import('ioredis').RedisOptions);
}
