import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import type { GatewayContext } from "./context";
import { rootFieldCounts } from "./root-fields";

/**
 * Root queries whose anonymous answer is the same for every anonymous caller and holds no one's
 * personal data: the city's public record (documents published, tenders, budget, departments).
 * Left out on purpose: trackAppeal (a citizen's appeal, readable by whoever holds its code),
 * viewer, appeals and statistics (role-dependent), and anything staff-only.
 */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set([
  "appealCategories",
  "budget",
  "budgetYears",
  "document",
  "publicDocuments",
  "departments",
  "department",
  "departmentByCode",
  "tender",
  "tenders",
  "overCommittedBudgetLines",
  "competitions",
  "competition",
]);

/** What an answer shared caches must not keep: personal, role-dependent, failed or a mutation. */
export const NOT_STORED = "no-store";
/** An authenticated caller's answer: for that caller only, and not kept even by its browser. */
export const PRIVATE_NOT_STORED = "private, no-store";

/**
 * Sets Cache-Control on every GraphQL answer, replacing Apollo's default (which says no-store
 * whenever a subgraph gave no hint): an anonymous query that asks only PUBLIC_ROOT_FIELDS and
 * succeeded may be kept by any cache for `maxAgeSeconds` (at most a minute, so a new tender or a
 * newly published document shows within that); a caller with a token (valid or not) always gets
 * `private, no-store`, so no shared cache ever holds a staff answer (and varyByAuthorization keeps
 * a cache from handing the anonymous answer to a request that carries a token).
 */
export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue, document, operation }) {
          const headers = response.http.headers;
          const authenticated = contextValue.identity.sub !== null || request.http?.headers.has("authorization");
          if (authenticated) return void headers.set("cache-control", PRIVATE_NOT_STORED);
          const publicQuery =
            maxAgeSeconds > 0 &&
            document !== undefined &&
            operation?.operation === "query" &&
            response.body.kind === "single" &&
            !response.body.singleResult.errors &&
            [...rootFieldCounts(document, operation).keys()].every((name) => PUBLIC_ROOT_FIELDS.has(name));
          headers.set("cache-control", publicQuery ? `public, max-age=${maxAgeSeconds}` : NOT_STORED);
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
