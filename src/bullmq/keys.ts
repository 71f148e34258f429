// Where a queue's rollup lives in Redis, and which shard an account belongs to.

/** The Redis keys of one queue's rollup: per shard its accounts' states and the records it has counted, and rejects. */
export function keysOf(queue: string) {
  const prefix = `cxtone:${queue}`;
  return {
    /** Shard count and configuration, fixed by the first producer. */
    meta: `${prefix}:meta`,
    /** A hash of the shard's accounts' states, a field per account day, contact and lists (see layout.ts). */
    accounts: (shard: number) => `${prefix}:shard:${shard}:accounts`,
    /** A set: the keys of the records the shard has counted. */
    seen: (shard: number) => `${prefix}:shard:${shard}:seen`,
    /** Records turned away, by record key, with the reason. */
    rejected: `${prefix}:rejected`,
  };
}

export type QueueKeys = ReturnType<typeof keysOf>;

/** FNV-1a over the account id: stable across processes and versions, so an account always lands in one shard. */
export function shardOf(accountId: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < accountId.length; k++) {
    hash ^= accountId.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** What identifies a record for counting it once: its account and its id. */
export function recordKey(accountId: string, id: string): string {
  return `${accountId}\u0000${id}`;
}
