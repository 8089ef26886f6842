import type { FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import { SERVICE_UNAVAILABLE } from "../subgraphs/common/unavailable";

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown; field?: unknown } }[];
}

/** The first error of a subgraph's GraphQL error body, when the body is one. */
function firstError(text: string): { message: string; code: unknown; field: unknown } | undefined {
  try {
    const first = (JSON.parse(text) as SubgraphErrorBody).errors?.[0];
    return typeof first?.message === "string"
      ? { message: first.message, code: first.extensions?.code, field: first.extensions?.field }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The error the gateway reports for a subgraph's non-2xx answer. Only a refusal of the caller's
 * own input passes on (HTTP 400 with a BAD_USER_INPUT error, e.g. a variable of the wrong
 * shape), with its message and field. A 502, 503 or 504 (a proxy or load balancer in front of a
 * subgraph that is down or too slow) is an outage: SERVICE_UNAVAILABLE, which SignedDataSource
 * turns into errors on the paths left unanswered (subgraph-outage.ts); its message keeps status
 * and URL for the log only. Anything else is not the caller's doing: a 401 means the
 * subgraph refused the gateway's identity signature (a misconfigured secret or clock), a 5xx or a
 * proxy's page a failing service. Those become an internal error whose message carries status,
 * URL and body for the log; the gateway masks it, so no subgraph URL or body reaches a client.
 * Never sets `extensions.response`.
 */
export async function subgraphHttpError(response: FetcherResponse): Promise<GraphQLError> {
  const text = await response.text().catch(() => "");
  const first = firstError(text);
  if (response.status === 400 && first?.code === "BAD_USER_INPUT") {
    return new GraphQLError(first.message, {
      extensions: { code: "BAD_USER_INPUT", ...(typeof first.field === "string" ? { field: first.field } : {}) },
    });
  }
  const detail = `Subgraph at ${response.url} answered HTTP ${response.status} ${response.statusText}: ${text.slice(0, 500)}`;
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    return new GraphQLError(detail, { extensions: { code: SERVICE_UNAVAILABLE } });
  }
  return new GraphQLError(detail, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
