import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
// Not re-exported by the package's index; its declared home in the published package.
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { context, propagation } from "@opentelemetry/api";
import { parse, type GraphQLError } from "graphql";
import type { Logger } from "pino";
import { bodyHash, signEnvelope } from "../subgraphs/common/envelope";
import { ANONYMOUS, type Identity } from "../subgraphs/common/identity";
import type { GatewayContext } from "./context";
import type { GatewayMetrics } from "./metrics";
import { subgraphHttpError } from "./subgraph-errors";
import { outageErrors, subgraphOutage } from "./subgraph-outage";

/** Carries the caller from willSendRequest (which has the context) to the fetcher (which has the bytes). */
const CALLER_HEADER = "x-emisto-caller";

type GatewayResponse = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>["process"]>>;

/**
 * Sends each subgraph request with the caller's identity and request id, signed for this
 * subgraph and for the exact bytes sent: the signing happens in the fetcher, the last step
 * before the network, over the method, path and body that actually go out. Each fetch, body
 * included, gets `timeoutMs`; a subgraph that is down or slower than that leaves SERVICE_UNAVAILABLE
 * errors on the fields it was asked for and the rest of the answer stands. The trace travels
 * beside the envelope as W3C `traceparent` (the gateway's fetch span), outside the signature: it
 * is no identity, and the envelope covers only method, target, path and body. Each fetch is timed
 * and its failures counted in `metrics`. `fetcher` does the network part (subgraph-fetcher.ts).
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    secret: string,
    private readonly timeoutMs: number,
    private readonly log: Logger,
    fetcher: Fetcher,
    metrics?: GatewayMetrics,
  ) {
    super({ url, fetcher });
    const send: Fetcher = this.fetcher;
    const path = new URL(url).pathname;
    this.fetcher = (target, init = {}) => {
      const { [CALLER_HEADER]: caller, ...headers } = (init.headers ?? {}) as Record<string, string>;
      const { identity, requestId } = JSON.parse(Buffer.from(caller ?? "e30", "base64url").toString("utf8")) as {
        identity?: Identity;
        requestId?: string;
      };
      const method = init.method ?? "GET";
      const signed = signEnvelope(identity ?? ANONYMOUS, requestId ?? "gateway", secret, {
        method,
        target: name,
        path,
        bodySha256: bodyHash(init.body ?? ""),
      });
      const signal = AbortSignal.timeout(this.timeoutMs);
      const traced: Record<string, string> = {};
      propagation.inject(context.active(), traced);
      return timed(send(target, { ...init, headers: { ...headers, ...signed, ...traced }, signal }), name, metrics);
    };
  }

  /**
   * A subgraph's non-2xx answer: its refusal of the caller's input passes on, a 502/503/504 is an
   * outage, anything else is an internal error, masked, its URL and body only in the log
   * (subgraph-errors.ts).
   */
  override errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    return subgraphHttpError(response);
  }

  /**
   * An outage (subgraph-outage.ts) answers the fetch with SERVICE_UNAVAILABLE errors on the paths
   * it was asked for, instead of failing it without a path; the cause goes to the log.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayResponse> {
    try {
      return await super.process(options);
    } catch (err) {
      const kind = subgraphOutage(err);
      if (!kind || options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) throw err;
      const { request } = options;
      const document = options.document ?? parse(request.query!);
      const requestId = (options.context as Partial<GatewayContext>).requestId;
      this.log.warn({ err, subgraph: this.name, requestId, timeoutMs: this.timeoutMs }, `subgraph ${kind}`);
      const errors = outageErrors(this.name, kind, document, request.variables);
      return { errors: errors.map((error) => error.toJSON()) };
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = context as Partial<GatewayContext>;
    const caller = JSON.stringify({ identity: ctx.identity ?? ANONYMOUS, requestId: ctx.requestId ?? "gateway" });
    request.http?.headers.set(CALLER_HEADER, Buffer.from(caller).toString("base64url"));
    // The subgraph gives its errors in the caller's language, as the gateway gives its own.
    request.http?.headers.set("accept-language", ctx.language ?? "uk");
  }
}

/** The fetch's answer, timed to its headers and counted when it is missing, late or not 2xx. */
async function timed(
  answer: Promise<FetcherResponse>,
  subgraph: string,
  metrics: GatewayMetrics | undefined,
): Promise<FetcherResponse> {
  const stop = metrics?.fetchDuration.startTimer({ subgraph });
  try {
    const response = await answer;
    if (!response.ok) metrics?.fetchErrors.inc({ subgraph, reason: `http_${String(response.status)[0]}xx` });
    return response;
  } catch (err) {
    metrics?.fetchErrors.inc({ subgraph, reason: (err as Error)?.name === "TimeoutError" ? "timeout" : "network" });
    throw err;
  } finally {
    stop?.();
  }
}
