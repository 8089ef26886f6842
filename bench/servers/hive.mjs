// Hive Gateway over the same supergraph, for comparison, through its programmatic runtime: an
// onFetch plugin signs each subgraph request as our gateway does. Packages from BENCH_PACKAGES.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { identityOf, signedHeaders, subgraphUrls } from "./identity.mjs";

const from = createRequire(path.join(process.env.BENCH_PACKAGES, "package.json"));
const { createGatewayRuntime } = from("@graphql-hive/gateway");

// The supergraph names each subgraph's default URL; requests to it go to where this city runs it.
const urls = subgraphUrls();
const supergraph = readFileSync(process.env.SUPERGRAPH_PATH, "utf8");
const byUrl = Object.fromEntries(
  [...supergraph.matchAll(/@join__graph\(name: "(\w+)", url: "([^"]+)"\)/g)].map(([, name, url]) => [url, name]),
);

const signing = {
  async onFetch({ url, setURL, options, setOptions, context }) {
    const name = byUrl[url];
    if (!name) return;
    setURL(urls[name]);
    const identity = await identityOf(context.request?.headers.get("authorization"));
    const headers = {
      ...Object.fromEntries(new Headers(options.headers)),
      ...signedHeaders(identity, name, urls[name], options.body),
    };
    setOptions({ ...options, headers });
  },
};

const gateway = createGatewayRuntime({
  supergraph: process.env.SUPERGRAPH_PATH,
  logging: "error",
  plugins: () => [signing],
  // Hive merges identical subgraph requests in flight by default; under a load of identical requests
  // that answers most of them without any work, which neither other gateway does: off, for like with like.
  transportEntries: { "*.http": { options: { deduplicateInflightRequests: false } } },
});
createServer(gateway).listen(Number(process.env.PORT), "127.0.0.1", () =>
  process.stdout.write(`Hive Gateway at http://127.0.0.1:${process.env.PORT}/graphql\n`),
);

// The bench stops it with SIGTERM; there is nothing to drain.
process.on("SIGTERM", () => process.exit(0));
