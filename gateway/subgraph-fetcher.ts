import { STATUS_CODES, type IncomingHttpHeaders } from "node:http";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { Agent, Headers, request, type Dispatcher } from "undici";
import { KEEP_ALIVE_MS } from "../subgraphs/common/http";

/**
 * How long the gateway keeps an idle connection to a subgraph: well under the subgraphs' own
 * KEEP_ALIVE_MS, so the gateway always closes first and never writes a request onto a socket
 * the subgraph is closing at that moment (which answers with a reset, seen as an outage).
 */
export const SUBGRAPH_IDLE_MS = Math.floor(KEEP_ALIVE_MS / 2);

/**
 * The gateway's HTTP client to its subgraphs: undici's `request` over one keep-alive connection
 * pool per subgraph origin. It replaces `@apollo/gateway`'s default (make-fetch-happen over
 * node-fetch), whose HTTP-cache and retry layers cost time on every subgraph request and give
 * nothing here: subgraph answers are never cached by the fetch, and a failed fetch is an outage to
 * report, not to retry. undici's `fetch` would serve too, but builds WHATWG streams and objects
 * per request that a gateway profile showed as a cost; `request` reads the body as plain bytes.
 * The body is read whole before the answer is handed on, under the same signal (the caller's time
 * limit covers it). Errors are undici's and the system's, each with a `code` (subgraph-outage.ts).
 */
export function subgraphFetcher(): { fetcher: Fetcher; close: () => Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: SUBGRAPH_IDLE_MS, keepAliveMaxTimeout: SUBGRAPH_IDLE_MS });
  const fetcher: Fetcher = async (url, init = {}) => {
    const { statusCode, headers, body } = await request(url, {
      method: (init.method ?? "GET") as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
      signal: init.signal,
      dispatcher: agent,
    });
    return answer(url, statusCode, headers, await body.text());
  };
  return { fetcher, close: () => agent.close() };
}

/** A subgraph's answer, read whole, as the fetch answer Apollo's data source expects. */
function answer(url: string, status: number, raw: IncomingHttpHeaders, text: string): FetcherResponse {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  return {
    url,
    status,
    ok: status >= 200 && status < 300,
    statusText: STATUS_CODES[status] ?? "",
    redirected: false,
    bodyUsed: false,
    headers,
    text: async () => text,
    json: async () => JSON.parse(text),
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    clone: () => answer(url, status, raw, text),
  };
}
