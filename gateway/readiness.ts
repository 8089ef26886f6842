import type { RequestHandler } from "express";

/** A subgraph's readiness URL, next to its GraphQL endpoint. */
export const readyUrlOf = (graphqlUrl: string) => new URL("/ready", graphqlUrl).toString();

/** `GET /ready`: 200 only when every subgraph answers its own /ready with 200 within 2 s. */
export function gatewayReadiness(subgraphUrls: Record<string, string>): RequestHandler {
  return async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const answer = await fetch(readyUrlOf(url), { signal: AbortSignal.timeout(2000) });
          return [name, answer.ok ? "ready" : `not ready (${answer.status})`] as const;
        } catch (err) {
          return [name, `unreachable (${(err as Error).message})`] as const;
        }
      }),
    );
    const ready = checks.every(([, state]) => state === "ready");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", subgraphs: Object.fromEntries(checks) });
  };
}
