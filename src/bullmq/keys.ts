// Where a queue's rollup lives in Redis, and which shard an account belongs to.

/** The Redis keys of one queue's rollup: per shard its accounts' states and the records it has counted, and rejects. */
export function keysOf(queue: string) {
  const prefix = `cxtone:${queue}`;
  return {
    /** Shard count and configuration, fixed by the first producer. */
    meta: `${prefix}:meta`,
    /** A hash of the shard's accounts' states, a field per account day (with its contacts) and one for its lists (see layout.ts). */
    accounts: (shard: number) => `${prefix}:shard:${shard}:accounts`,
    /** A set: the keys of the records the shard has counted. */
    seen: (shard: number) => `${prefix}:shard:${shard}:seen`,
    /**
     * With a deduplication window: the keys of the shard's counted records dated `day` (YYYY-MM-DD), a set that expires
     * once no record of that day can be accepted any more; and how many records the shard has counted.
     */
    seenOn: (shard: number, day: string) => `${prefix}:shard:${shard}:seen:${day}`,
    counted: (shard: number) => `${prefix}:shard:${shard}:counted`,
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

// Names joined by U+0000 must not hold one, or two records (or an account and a contact) could share a name: U+0000 and
// the escape U+0001 are written as two characters each. Ids without either, all but pathological ones, are kept as
// they are, so names stay readable and the names of queues already running stay the same.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what is escaped.
const NUL_OR_ESCAPE = /[\u0000\u0001]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: read left to right, so an escape is never read from inside another.
const ESCAPED = /\u0001([\u0001\u0002])/g;

/** `name` with no U+0000 in it; {@link unescapeName} gives it back. */
export function escapeName(name: string): string {
  return name.includes('\u0000') || name.includes('\u0001')
    ? name.replace(NUL_OR_ESCAPE, (char) => (char === '\u0000' ? '\u0001\u0002' : '\u0001\u0001'))
    : name;
}

export function unescapeName(name: string): string {
  return name.includes('\u0001') ? name.replace(ESCAPED, (_, code: string) => (code === '\u0002' ? '\u0000' : '\u0001')) : name;
}

/** What identifies a record for counting it once: its account and its id. */
export function recordKey(accountId: string, id: string): string {
  return `${escapeName(accountId)}\u0000${escapeName(id)}`;
}
