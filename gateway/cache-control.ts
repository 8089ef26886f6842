import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import type { RequestHandler } from "express";
import type { GatewayContext } from "./context";

/** What an answer shared caches must not keep: personal, role-dependent, failed or a mutation. */
export const NOT_STORED = "no-store";
/** An authenticated caller's answer: for that caller only, and not kept even by its browser. */
export const PRIVATE_NOT_STORED = "private, no-store";

/** Whether the request comes from an anonymous caller: no identity and no token at all (even an invalid one). */
export function isAnonymous({ request, contextValue }: GraphQLRequestContext<GatewayContext>): boolean {
  return contextValue.identity.sub === null && !request.http?.headers.has("authorization");
}

/**
 * Decides, for every GraphQL answer, what caches may do with it, and sets Cache-Control (replacing
 * Apollo's header). The subgraphs' hints (`@cacheControl`, cache-hints.ts) are the ground: the
 * gateway's overall policy is the most restrictive of the subgraphs it asked. An anonymous query
 * that succeeded under a public policy may be kept by any cache, and by the response cache, for
 * that policy's max-age capped at `maxAgeSeconds` (0: nothing is kept); anything else (a caller
 * with a token, valid or not, a mutation, an error, a personal or role-dependent field) gets its
 * policy cut to 0, so the response cache after this plugin stores nothing of it, and
 * `private, no-store` (token) or `no-store`. varyByAuthorization keeps a shared cache from
 * handing the anonymous answer to a request that carries a token.
 */
export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          const { response, operation, overallCachePolicy } = requestContext;
          const headers = response.http.headers;
          const anonymous = isAnonymous(requestContext);
          const policy = overallCachePolicy.policyIfCacheable();
          const shared =
            anonymous &&
            maxAgeSeconds > 0 &&
            operation?.operation === "query" &&
            response.body.kind === "single" &&
            !response.body.singleResult.errors &&
            policy?.scope === "PUBLIC";
          if (!shared) {
            overallCachePolicy.restrict({ maxAge: 0 });
            return void headers.set("cache-control", anonymous ? NOT_STORED : PRIVATE_NOT_STORED);
          }
          overallCachePolicy.restrict({ maxAge: maxAgeSeconds });
          headers.set("cache-control", `public, max-age=${Math.min(policy.maxAge, maxAgeSeconds)}`);
        },
      };
    },
  };
}

/**
 * `Vary: Authorization` on GraphQL answers, added beside CORS's `Vary: Origin` rather than over it;
 * and `private, no-store` up front for a request with a token, so even a refusal of the token
 * (which Apollo answers before any plugin runs) is never kept.
 */
export const varyByAuthorization: RequestHandler = (req, res, next) => {
  res.vary("Authorization");
  if (req.headers.authorization !== undefined) res.setHeader("cache-control", PRIVATE_NOT_STORED);
  next();
};
