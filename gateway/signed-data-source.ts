import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import { signEnvelope } from "../subgraphs/common/envelope";
import { ANONYMOUS } from "../subgraphs/common/identity";
import type { GatewayContext } from "./context";

/** Sends each subgraph request with the caller's identity and request id, signed for the subgraph. */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
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
    const headers = signEnvelope(ctx.identity ?? ANONYMOUS, ctx.requestId ?? "gateway", this.secret);
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }
}
