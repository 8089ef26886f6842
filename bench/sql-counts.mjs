// SQL statements per request per subgraph: each operation once through an in-process city over
// the bench's database (the real gateway and subgraphs, each subgraph's statements collected by
// its TypeORM logger's sink, as the fast test tier does: dist/tests/helpers/local-subgraph.js).
import { createRequire } from "node:module";
import path from "node:path";
import pino from "pino";

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, "../dist");
const { HeaderMap } = require("@apollo/server");
const { createGateway } = require(`${dist}/gateway/index.js`);
const { createIdentify } = require(`${dist}/gateway/auth.js`);
const { loadGatewayConfig } = require(`${dist}/gateway/config.js`);
const { loadSubgraphConfig } = require(`${dist}/subgraphs/common/config.js`);
const { SUBGRAPHS, SUBGRAPH_NAMES } = require(`${dist}/subgraphs/registry.js`);
const local = require(`${dist}/tests/helpers/local-subgraph.js`);

const silent = pino({ level: "silent" });
const localUrl = (name) => `http://${name}.in-process.invalid/graphql`;

/** Runs each of `plan` ({ name, body, headers }) once; per operation its statements by subgraph and its first error. */
export async function sqlCounts(databaseUrl, plan, env) {
  const sql = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, []]));
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, localUrl(n)]));
  const subgraphs = {};
  const counts = {};
  let gateway;
  try {
    for (const name of SUBGRAPH_NAMES) {
      const config = {
        ...loadSubgraphConfig(SUBGRAPHS[name], { ...env, ...urls, DATABASE_URL: databaseUrl }),
        migrateOnStart: false,
      };
      config.peerFetch = local.localPeerFetch(subgraphs, localUrl, config.identitySecret);
      subgraphs[name] = await local.startLocalSubgraph(SUBGRAPHS[name], config, silent, sql[name]);
    }
    const config = loadGatewayConfig({ ...env, ...urls });
    gateway = await createGateway(config, silent, ({ name }) => new local.LocalSubgraphDataSource(subgraphs[name]));
    const identify = createIdentify(config.auth);
    for (const { name, body, headers } of plan) {
      SUBGRAPH_NAMES.forEach((n) => sql[n].splice(0));
      const req = { headers: { "content-type": "application/json", ...headers } };
      const response = await gateway.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: "POST",
          headers: new HeaderMap(Object.entries(req.headers)),
          search: "",
          body: JSON.parse(body),
        },
        context: async () => ({
          identity: await identify(req),
          requestId: "bench",
          clientIp: "127.0.0.1",
          language: "uk",
        }),
      });
      const answer = JSON.parse(response.body.string);
      counts[name] = {
        statements: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, sql[n].length])),
        error: answer.errors ? answer.errors[0].message : null,
      };
    }
  } finally {
    await gateway?.stop();
    for (const s of Object.values(subgraphs)) await s.stop();
  }
  return counts;
}
