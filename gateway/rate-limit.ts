import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Logger } from "pino";
import type { GatewayContext } from "./context";
import { rootFieldCounts } from "./root-fields";

export interface RateLimitConfig {
  points: number;
  windowSeconds: number;
  redisUrl: string | undefined;
  /**
   * Mutations that anyone may call, hence limited per caller (token subject, else IP address):
   * those the subgraphs declare (SubgraphDefinition.rateLimited, through the services manifest).
   */
  mutations: string[];
}

/**
 * Limits `config.mutations` per caller with rate-limiter-flexible, one point each time a request
 * writes one (aliased or in fragments, see rootFieldCounts): in Redis when REDIS_URL is set
 * (shared by every gateway replica; while Redis is unreachable each replica counts in memory), in
 * memory otherwise. Apollo runs every plugin's didResolveOperation together, so a request another
 * limit refuses (e.g. twelve submissions over the root-field limit) still uses its points. Over
 * the limit: RATE_LIMITED with the seconds to wait (also as HTTP 429 and Retry-After), and
 * `onRefused` is called (the refusals metric).
 */
export async function rateLimitPlugin(
  config: RateLimitConfig,
  log: Logger,
  onRefused: () => void = () => undefined,
): Promise<{ plugin: ApolloServerPlugin<GatewayContext>; close(): Promise<void> }> {
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true })
    : null;
  redis?.on("error", (err) =>
    log.warn({ err: err.message }, "rate limit store unreachable; counting in memory meanwhile"),
  );
  // Connected before the first request, so replicas share counts from the start.
  await redis?.connect().catch(() => undefined);
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: "emisto:rate",
        points: config.points,
        duration: config.windowSeconds,
        insuranceLimiter: new RateLimiterMemory({ points: config.points, duration: config.windowSeconds }),
      })
    : new RateLimiterMemory({ points: config.points, duration: config.windowSeconds });
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== "mutation") return;
          // Every submission written counts: aliased, in inline or named fragments, spread again and again.
          const counts = rootFieldCounts(document, operation);
          const submissions = config.mutations.reduce((sum, name) => sum + (counts.get(name) ?? 0), 0);
          if (submissions === 0) return;
          const caller = contextValue.identity.sub ? `sub:${contextValue.identity.sub}` : `ip:${contextValue.clientIp}`;
          try {
            // Astronomical counts (fragments spread many times) are capped: any count over the limit empties the bucket.
            await limiter.consume(caller, Math.min(submissions, config.points + 1));
          } catch (res) {
            if (!(res instanceof RateLimiterRes)) throw res;
            onRefused();
            const wait = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
            throw new GraphQLError(
              `Too many submissions: at most ${config.points} in ${config.windowSeconds} s; try again in ${wait} s`,
              {
                extensions: {
                  code: "RATE_LIMITED",
                  retryAfterSeconds: wait,
                  http: { status: 429, headers: new Map([["retry-after", String(wait)]]) },
                },
              },
            );
          }
        },
      };
    },
  };
  return { plugin, close: async () => void (await redis?.quit().catch(() => undefined)) };
}
