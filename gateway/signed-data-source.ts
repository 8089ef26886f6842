import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import { bodyHash, signEnvelope } from "../subgraphs/common/envelope";
import { ANONYMOUS, type Identity } from "../subgraphs/common/identity";
import type { GatewayContext } from "./context";
import { subgraphHttpError } from "./subgraph-errors";

/** Carries the caller from willSendRequest (which has the context) to the fetcher (which has the bytes). */
const CALLER_HEADER = "x-emisto-caller";

/**
 * Sends each subgraph request with the caller's identity and request id, signed for this
 * subgraph and for the exact bytes sent: the signing happens in the fetcher, the last step
 * before the network, over the method, path and body that actually go out.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    secret: string,
  ) {
    super({ url });
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
      return send(target, { ...init, headers: { ...headers, ...signed } });
    };
  }

  /**
   * A subgraph's non-2xx answer: its refusal of the caller's input passes on, anything else is an
   * internal error, masked, its URL and body only in the log (subgraph-errors.ts).
   */
  override errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    return subgraphHttpError(response);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = context as Partial<GatewayContext>;
    const caller = JSON.stringify({ identity: ctx.identity ?? ANONYMOUS, requestId: ctx.requestId ?? "gateway" });
    request.http?.headers.set(CALLER_HEADER, Buffer.from(caller).toString("base64url"));
    // The subgraph gives its errors in the caller's language, as the gateway gives its own.
    request.http?.headers.set("accept-language", ctx.language ?? "uk");
  }
}
