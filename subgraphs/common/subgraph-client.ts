import { context, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import { bodyHash, signEnvelope } from "./envelope";
import type { Language } from "./i18n/catalogue";
import { tracer } from "./telemetry";
import { RETRY_AFTER_SECONDS, serviceUnavailable } from "./unavailable";
import type { Viewer } from "./viewer";

/** How long a subgraph waits for another before it gives up (the caller's request is waiting too). */
export const SUBGRAPH_CALL_TIMEOUT_MS = 5_000;

/** Codes of the other subgraph's answer that are the caller's doing, passed on as they are. */
const PASSED_ON = ["BAD_USER_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT"];

/** On whose behalf a subgraph calls another: the caller of the request it is serving. */
export interface SubgraphCaller {
  viewer: Viewer;
  requestId: string;
  log: Logger;
  /** The caller's language: the other subgraph answers its refusals in it (Ukrainian if not given). */
  language?: Language;
}

/** Where the other subgraph is and the secret the envelope is signed with. */
export interface SubgraphTarget {
  name: string;
  url: string;
  secret: string;
  /** The transport: the global fetch unless given (SubgraphConfig.peerFetch). */
  fetch?: typeof fetch;
}

/** One GraphQL request to another subgraph: its `data`, or an error (see createSubgraphClient). */
export type SubgraphClient = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * A client of another subgraph that calls it directly, as the caller: each request carries the
 * caller's identity in an envelope signed for that one request (envelope.ts), so the owner applies
 * its own access rules to the caller, exactly as if the gateway had asked. This is how one
 * subgraph checks another's ids (DESIGN.md habit 1: they share nothing but ids).
 *
 * Errors: the other subgraph unreachable, too slow or failing (network, timeout, HTTP 5xx) is
 * SERVICE_UNAVAILABLE naming it with a retry hint (unavailable.ts), so the caller's action changes nothing and can be retried; a user
 * error of the other subgraph (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT) passes on with its code, message and
 * field; anything else (a refused signature, a query that does not validate) is a broken
 * assumption: a plain Error, logged and masked.
 */
export function createSubgraphClient(target: SubgraphTarget, caller: SubgraphCaller): SubgraphClient {
  const path = new URL(target.url).pathname;
  const unavailable = (cause: unknown) => {
    caller.log.warn({ err: cause, subgraph: target.name }, "subgraph call failed");
    return serviceUnavailable(
      target.name,
      `The ${target.name} service cannot be reached right now, so nothing was changed; try again in ${RETRY_AFTER_SECONDS} seconds`,
    );
  };
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = JSON.stringify({ query, variables });
    const headers = signEnvelope(caller.viewer.identity, caller.requestId, target.secret, {
      method: "POST",
      target: target.name,
      path,
      bodySha256: bodyHash(body),
    });
    // A CLIENT span in the caller's trace, passed on as `traceparent` beside the envelope (not signed: no identity).
    const span = tracer().startSpan(`call ${target.name}`, {
      kind: SpanKind.CLIENT,
      attributes: { subgraph: target.name },
    });
    const traced: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), traced);
    let response: Response;
    let payload: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      response = await (target.fetch ?? fetch)(target.url, {
        method: "POST",
        headers: {
          ...headers,
          ...traced,
          "content-type": "application/json",
          "accept-language": caller.language ?? "uk",
        },
        body,
        signal: AbortSignal.timeout(SUBGRAPH_CALL_TIMEOUT_MS),
      });
      if (response.status >= 500) throw new Error(`${target.name} answered HTTP ${response.status}`);
      payload = (await response.json()) as typeof payload;
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw unavailable(err);
    } finally {
      span.end();
    }
    const first = payload.errors?.[0];
    if (first && PASSED_ON.includes(first.extensions?.code as string)) {
      const { code, field, fields } = first.extensions ?? {};
      const named = typeof field === "string" ? { field, ...(Array.isArray(fields) ? { fields } : {}) } : {};
      throw new GraphQLError(first.message, { extensions: { code, ...named } });
    }
    if (first || !response.ok || payload.data == null) {
      throw new Error(
        `${target.name} refused a subgraph call (HTTP ${response.status}): ${JSON.stringify(payload.errors ?? payload).slice(0, 500)}`,
      );
    }
    return payload.data;
  };
}
