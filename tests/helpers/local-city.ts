import "reflect-metadata";
import { HeaderMap } from "@apollo/server";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createGateway } from "../../gateway";
import { createIdentify } from "../../gateway/auth";
import { loadGatewayConfig } from "../../gateway/config";
import type { GatewayContext } from "../../gateway/context";
import { loadSubgraphConfig } from "../../subgraphs/common/config";
import { REQUEST_ID_HEADER } from "../../subgraphs/common/envelope";
import { requestIdOf } from "../../subgraphs/common/http";
import { requestLanguage } from "../../subgraphs/common/i18n/language";
import { SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from "../../subgraphs/registry";
import type { SeedMode } from "../../scripts/prepare-database";
import { testHeaders, type GraphQLResponse } from "./city";
import type { TestDatabase } from "./database";
import { createPreparedDatabase } from "./prepared-database";
import { LocalSubgraphDataSource, localPeerFetch, startLocalSubgraph, type LocalSubgraph } from "./local-subgraph";

/**
 * The fast tier's city: what a test of rules and resolvers uses from `City` (city.ts), with no
 * server and no socket but the database's.
 */
export interface LocalCity {
  db: TestDatabase;
  /** Each subgraph's DataSource (as `City.subgraphs[name].db`). */
  subgraphs: Record<SubgraphName, { name: string; db: DataSource }>;
  /** Every SQL statement each subgraph ran since the last resetSql(). */
  sql: Record<SubgraphName, string[]>;
  /** The parameters of each statement in `sql`, at the same index. */
  sqlParameters: Record<SubgraphName, unknown[][]>;
  resetSql(): void;
  /** One request to the gateway, answered as `/graphql` would answer it (status, headers, body). */
  query(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string | undefined>,
  ): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

export interface LocalCityOptions {
  seed?: SeedMode;
  env?: Record<string, string>;
  /** Extra variables of one subgraph only. */
  subgraphEnv?: Partial<Record<SubgraphName, Record<string, string>>>;
}

const silent = pino({ level: "silent" });

/** Where a subgraph "is": a URL no request leaves this process for (localPeerFetch answers it). */
const localUrl = (name: string) => `http://${name}.in-process.invalid/graphql`;

/**
 * The city in this process, for tests of rules and resolvers: a fresh database (migrated, demo
 * city unless seed is "none"), the four subgraphs' real schemas, resolvers and loaders over it,
 * and the real gateway (createGateway: its Apollo Server with the query planner, limits, error
 * masking and rate limit, identity from the Authorization header) whose subgraph calls execute
 * in-process, appeals' calls to documents included. Not exercised, so left to `startCity`:
 * the HTTP layer (body parsing, CSRF, size limits, /files and /ocds), the gateway-to-subgraph
 * envelope and the subgraphs' own HTTP answers.
 */
export async function startLocalCity(options: LocalCityOptions = {}): Promise<LocalCity> {
  const db = await createPreparedDatabase(options.seed ?? "demo");
  mkdirSync(path.resolve(__dirname, "../../.pgdata"), { recursive: true });
  const filesDir = mkdtempSync(path.resolve(__dirname, "../../.pgdata/files-"));
  const sql = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, [] as string[]])) as Record<SubgraphName, string[]>;
  const sqlParameters = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, [] as unknown[][]])) as Record<
    SubgraphName,
    unknown[][]
  >;
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, localUrl(n)]));
  const local = {} as Record<SubgraphName, LocalSubgraph>;
  const stopAll = async () => {
    for (const subgraph of Object.values(local)) await subgraph.stop();
    await db.drop();
    rmSync(filesDir, { recursive: true, force: true });
  };
  try {
    for (const name of SUBGRAPH_NAMES) {
      const env = {
        DATABASE_URL: db.url,
        FILES_DIR: filesDir,
        ...urls,
        ...options.env,
        ...options.subgraphEnv?.[name],
      };
      const config = { ...loadSubgraphConfig(SUBGRAPHS[name], env), migrateOnStart: false };
      config.peerFetch = localPeerFetch(local, localUrl, config.identitySecret);
      local[name] = await startLocalSubgraph(SUBGRAPHS[name], config, silent, sql[name], sqlParameters[name]);
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  // Tests submit many appeals from one address: the rate limit is raised unless a test sets it.
  const config = loadGatewayConfig({ RATE_LIMIT_POINTS: "1000000", ...urls, ...options.env });
  const gateway = await createGateway(
    config,
    silent,
    ({ name }) => new LocalSubgraphDataSource(local[name as SubgraphName]),
  );
  const identify = createIdentify(config.auth);
  return {
    db,
    subgraphs: Object.fromEntries(
      SUBGRAPH_NAMES.map((n) => [n, { name: n, db: local[n].db }]),
    ) as LocalCity["subgraphs"],
    sql,
    sqlParameters,
    resetSql: () => SUBGRAPH_NAMES.forEach((n) => [sql[n], sqlParameters[n]].forEach((sink) => sink.splice(0))),
    async query(query, variables, headers = {}) {
      // A JSON POST as postGraphQL sends it (so CSRF prevention passes): header names as Node gives
      // them, the body as express.json parses it (an undefined `variables` is left out).
      const given = testHeaders(headers);
      const req = { headers: given } as unknown as IncomingMessage;
      const requestId = requestIdOf(req);
      const response = await gateway.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: "POST",
          headers: new HeaderMap(Object.entries(given)),
          search: "",
          body: JSON.parse(JSON.stringify({ query, variables })),
        },
        context: async (): Promise<GatewayContext> => ({
          identity: await identify(req),
          requestId,
          clientIp: "127.0.0.1",
          language: requestLanguage(req),
        }),
      });
      if (response.body.kind !== "complete")
        throw new Error("The fast tier does not stream responses (incremental delivery)");
      const out = new Headers([...response.headers.entries()]);
      out.set(REQUEST_ID_HEADER, requestId);
      return {
        status: response.status ?? 200,
        headers: out,
        body: JSON.parse(response.body.string) as GraphQLResponse["body"],
      };
    },
    async stop() {
      await gateway.stop();
      await stopAll();
    },
  };
}
