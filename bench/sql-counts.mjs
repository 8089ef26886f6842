// SQL statements per request per subgraph: each operation once through an in-process city over
// the bench's database (the real gateway and subgraphs, each subgraph's statements collected by
// its TypeORM logger's sink, as the fast test tier does: dist/tests/helpers/local-subgraph.js).
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import pino from "pino";

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, "../dist");
const { HeaderMap } = require("@apollo/server");
const { createGateway } = require(`${dist}/gateway/index.js`);
const { createIdentify } = require(`${dist}/gateway/auth.js`);
const { loadGatewayConfig } = require(`${dist}/gateway/config.js`);
const { loadSubgraphConfig } = require(`${dist}/subgraphs/common/config.js`);
const { SUBGRAPHS, SUBGRAPH_NAMES } = require(`${dist}/subgraphs/registry.js`);
const { PLANNER_OPTIONS } = require(`${dist}/subgraphs/common/data-source.js`);
const local = require(`${dist}/tests/helpers/local-subgraph.js`);

const silent = pino({ level: "silent" });
const localUrl = (name) => `http://${name}.in-process.invalid/graphql`;

/**
 * Runs each of `plan` ({ name, body, headers }) once; per operation its statements by subgraph, its
 * first error and the statements themselves with their parameters (`ran`: [{ sql, parameters }]).
 */
export async function sqlCounts(databaseUrl, plan, env) {
  const sql = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, []]));
  const parameters = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, []]));
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
      subgraphs[name] = await local.startLocalSubgraph(SUBGRAPHS[name], config, silent, sql[name], parameters[name]);
    }
    const config = loadGatewayConfig({ ...env, ...urls });
    gateway = await createGateway(config, silent, ({ name }) => new local.LocalSubgraphDataSource(subgraphs[name]));
    const identify = createIdentify(config.auth);
    for (const { name, body, headers } of plan) {
      SUBGRAPH_NAMES.forEach((n) => [sql[n], parameters[n]].forEach((sink) => sink.splice(0)));
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
        ran: SUBGRAPH_NAMES.flatMap((n) => sql[n].map((text, i) => ({ sql: text, parameters: parameters[n][i] }))),
      };
    }
  } finally {
    await gateway?.stop();
    for (const s of Object.values(subgraphs)) await s.stop();
  }
  return counts;
}

/**
 * The p50 of an operation's statements run alone (`ran` from sqlCounts), one after another on one
 * connection, `times` times after a run to warm up: what the database alone takes for what the
 * operation asks, to set beside the operation's p50 through the gateway on one connection.
 */
export async function sqlAloneP50(databaseUrl, ran, times = 15) {
  // Told what the subgraphs' connections are told, so the plans are theirs.
  const client = new pg.Client({ connectionString: databaseUrl, options: PLANNER_OPTIONS });
  await client.connect();
  try {
    const took = [];
    for (let i = 0; i <= times; i += 1) {
      const start = process.hrtime.bigint();
      for (const { sql, parameters } of ran) await client.query(sql, parameters ?? []);
      if (i > 0) took.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    took.sort((a, b) => a - b);
    return took[Math.floor(took.length / 2)];
  } finally {
    await client.end();
  }
}

/**
 * One connection to the city's database whose `wait()` returns once no statement of the city's
 * services is running (up to 30 s): the last run's tail is over.
 */
export async function openSettle(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const busy = async () =>
    (
      await client.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'emisto-%' AND state = 'active'",
      )
    ).rows[0].n > 0;
  return {
    async wait() {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline && (await busy());)
        await new Promise((r) => setTimeout(r, 100));
    },
    close: () => client.end(),
  };
}
