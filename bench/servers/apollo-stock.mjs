// A stock @apollo/gateway over the same supergraph, for comparison: RemoteGraphQLDataSource with
// Apollo's default fetcher, only signing each subgraph request as our gateway does. Its packages
// come from BENCH_PACKAGES (installed by the bench, outside the project's dependencies).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { identityOf, signedHeaders, subgraphUrls } from "./identity.mjs";

const from = createRequire(path.join(process.env.BENCH_PACKAGES, "package.json"));
const { ApolloGateway, RemoteGraphQLDataSource } = from("@apollo/gateway");
const { ApolloServer } = from("@apollo/server");
const { startStandaloneServer } = from("@apollo/server/standalone");

const urls = subgraphUrls();

class SignedSource extends RemoteGraphQLDataSource {
  constructor(name, url) {
    super({ url });
    const send = this.fetcher;
    this.fetcher = (target, init = {}) => {
      const identity = JSON.parse(init.headers?.["x-bench-identity"] ?? "null");
      const headers = { ...init.headers, ...signedHeaders(identity, name, url, init.body) };
      delete headers["x-bench-identity"];
      return send(target, { ...init, headers });
    };
  }
  willSendRequest({ request, context }) {
    request.http?.headers.set("x-bench-identity", JSON.stringify(context.identity));
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH, "utf8"),
  buildService: ({ name }) => new SignedSource(name, urls[name]),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: "127.0.0.1" },
  context: async ({ req }) => ({ identity: await identityOf(req.headers.authorization) }),
});
process.stdout.write(`stock Apollo gateway at ${url}\n`);

// The bench stops it with SIGTERM; there is nothing to drain.
process.on("SIGTERM", () => process.exit(0));
