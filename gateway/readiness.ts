import type { RequestHandler } from "express";
import { bodyHash, signEnvelope } from "../subgraphs/common/envelope";
import { ANONYMOUS } from "../subgraphs/common/identity";

/** A subgraph's readiness URL, next to its GraphQL endpoint. */
export const readyUrlOf = (graphqlUrl: string) => new URL("/ready", graphqlUrl).toString();

const PROBE = JSON.stringify({ query: "{ __typename }" });
const TIMEOUT_MS = 2000;

/**
 * One subgraph's state as the gateway needs it: its own `/ready` (database, migrations) and a
 * signed GraphQL request, which fails when the two sides' identity secrets differ or their clocks
 * drift apart, so the gateway is not "ready" while every query would be refused.
 */
async function probe(name: string, url: string, secret: string): Promise<string> {
  try {
    const ready = await fetch(readyUrlOf(url), { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!ready.ok) return `not ready (${ready.status})`;
    const headers = signEnvelope(ANONYMOUS, "readiness", secret, {
      method: "POST",
      target: name,
      path: new URL(url).pathname,
      bodySha256: bodyHash(PROBE),
    });
    const signed = await fetch(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: PROBE,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (signed.status === 401)
      return "refuses the gateway's identity signature (IDENTITY_SECRET differs, or the clocks drift apart)";
    if (!signed.ok) return `not ready (GraphQL answered ${signed.status})`;
    return "ready";
  } catch (err) {
    return `unreachable (${(err as Error).name === "TimeoutError" ? "no answer within 2 s" : "connection failed"})`;
  }
}

/** `GET /ready`: 200 only when every subgraph is ready and accepts the gateway's signed requests. */
export function gatewayReadiness(subgraphUrls: Record<string, string>, secret: string): RequestHandler {
  return async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => [name, await probe(name, url, secret)] as const),
    );
    const ready = checks.every(([, state]) => state === "ready");
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? "ready" : "not ready", subgraphs: Object.fromEntries(checks) });
  };
}
