import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher, FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import { bodyHash, signEnvelope } from "../subgraphs/common/envelope";
import { ANONYMOUS, type Identity } from "../subgraphs/common/identity";
import type { GatewayContext } from "./context";

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
      const { identity, requestId } = JSON.parse(Buffer.from(caller ?? "e30", "base64url").toString("utf8")) as { identity?: Identity; requestId?: string };
      const method = init.method ?? "GET";
      const signed = signEnvelope(identity ?? ANONYMOUS, requestId ?? "gateway", secret, { method, target: name, path, bodySha256: bodyHash(init.body ?? "") });
      return send(target, { ...init, headers: { ...headers, ...signed } });
    };
  }

  /**
   * A subgraph answers a request it refuses as a whole (e.g. a variable of the wrong shape) with
   * HTTP 400 and GraphQL errors in the body: pass its first error on with its code and message,
   * rather than a bare "400: Bad Request" that would be masked as an internal error.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response);
    const body = (fallback.extensions.response as { body?: unknown } | undefined)?.body as { errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    const first = body?.errors?.[0];
    if (response.status === 400 && typeof first?.message === "string" && first.extensions?.code === "BAD_USER_INPUT") {
      return new GraphQLError(first.message, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return fallback;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = context as Partial<GatewayContext>;
    const caller = JSON.stringify({ identity: ctx.identity ?? ANONYMOUS, requestId: ctx.requestId ?? "gateway" });
    request.http?.headers.set(CALLER_HEADER, Buffer.from(caller).toString("base64url"));
  }
}
