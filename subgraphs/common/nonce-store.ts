import Redis from "ioredis";
import type { Logger } from "pino";

/** Remembers the envelope nonces a subgraph has accepted, so each is accepted once. */
export interface NonceStore {
  /** True the first time a nonce is claimed within `ttlMs`, false for a replay. */
  claim(nonce: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Nonces in this process's memory, each forgotten once its time has passed. */
export function memoryNonceStore(): NonceStore {
  const seen = new Map<string, number>();
  let nextSweep = 0;
  return {
    async claim(nonce, ttlMs) {
      const now = Date.now();
      if (now >= nextSweep) {
        for (const [key, expires] of seen) if (expires <= now) seen.delete(key);
        nextSweep = now + 1000;
      }
      const expires = seen.get(nonce);
      if (expires !== undefined && expires > now) return false;
      seen.set(nonce, now + ttlMs);
      return true;
    },
    async close() {
      seen.clear();
    },
  };
}

/**
 * Nonces in Redis (`SET NX PX`), shared by every replica of a subgraph, so a request captured on
 * its way to one replica cannot be replayed at another. While Redis is unreachable each replica
 * remembers nonces in memory meanwhile (as the gateway's rate limits do) and says so in the log.
 */
export async function redisNonceStore(url: string, scope: string, log: Logger): Promise<NonceStore> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on("error", (err: Error) =>
    log.warn({ err: err.message }, "nonce store unreachable; remembering nonces in memory meanwhile"),
  );
  await redis.connect().catch(() => undefined);
  const fallback = memoryNonceStore();
  return {
    async claim(nonce, ttlMs) {
      const local = await fallback.claim(nonce, ttlMs);
      try {
        return local && (await redis.set(`emisto:nonce:${scope}:${nonce}`, "1", "PX", ttlMs, "NX")) === "OK";
      } catch {
        return local;
      }
    },
    async close() {
      await redis.quit().catch(() => undefined);
      await fallback.close();
    },
  };
}
