import type { ApolloServerPlugin } from "@apollo/server";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import type { KeyvAdapter } from "@apollo/utils.keyvadapter";
import { isAnonymous } from "./cache-control";
import type { GatewayContext } from "./context";

/** The key prefix of the whole-response cache in a shared Redis. */
const NAMESPACE = "emisto-responses";

/**
 * Where the gateway keeps whole answers (and what else Apollo caches): a Redis shared by every
 * replica when REDIS_URL is set, so one replica's answer serves the others; otherwise Apollo's
 * bounded in-memory cache of this process.
 */
export function responseStore(redisUrl: string | undefined): KeyvAdapter | "bounded" {
  if (!redisUrl) return "bounded";
  // Loaded only with REDIS_URL: the Keyv Redis store took 0.15 s of CPU at every gateway start.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { KeyvAdapter } = require("@apollo/utils.keyvadapter") as typeof import("@apollo/utils.keyvadapter");
  const KeyvRedis = (require("@keyv/redis") as typeof import("@keyv/redis")).default;
  const Keyv = (require("keyv") as typeof import("keyv")).default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new KeyvAdapter(new Keyv({ store: new KeyvRedis(redisUrl), namespace: NAMESPACE }));
}

/**
 * Whole answers to anonymous queries, per query text, operation name, variables and language,
 * kept for as long as their policy allows (cacheControlPlugin, installed before this one, leaves
 * a public max-age only on an anonymous, successful, public answer and 0 on everything else).
 * Only anonymous requests read from it, so a caller with a token never gets a shared answer and
 * no staff answer is ever written to it.
 */
export function responseCache(): ApolloServerPlugin<GatewayContext> {
  return responseCachePlugin<GatewayContext>({
    shouldReadFromCache: async (requestContext) => isAnonymous(requestContext),
    shouldWriteToCache: async (requestContext) => isAnonymous(requestContext),
    extraCacheKeyData: async ({ contextValue }) => ({ language: contextValue.language }),
  });
}
