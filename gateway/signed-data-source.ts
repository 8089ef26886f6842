import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
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

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = context as Partial<GatewayContext>;
    const headers = signEnvelope(ctx.identity ?? ANONYMOUS, ctx.requestId ?? "gateway", this.secret);
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }
}
