import "reflect-metadata";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import pino, { type DestinationStream, type Logger } from "pino";
import type { Registry } from "prom-client";
import { createGateway } from "../../gateway";
import { loadGatewayConfig, type GatewayConfig } from "../../gateway/config";
import { loadSubgraphConfig } from "../../subgraphs/common/config";
import { closeServer, listen } from "../../subgraphs/common/http";
import { createLogger } from "../../subgraphs/common/logger";
import { startSubgraph, type SubgraphHandle } from "../../subgraphs/common/server";
import { SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from "../../subgraphs/registry";
import type { SeedMode } from "../../scripts/prepare-database";
import type { TestDatabase } from "./database";
import { createPreparedDatabase } from "./prepared-database";

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: any[] };
}

export interface City {
  /** The gateway's GraphQL endpoint and its base URL. */
  url: string;
  base: string;
  db: TestDatabase;
  /** Where the documents subgraph keeps file versions in this city. */
  filesDir: string;
  subgraphs: Record<SubgraphName, SubgraphHandle>;
  /** The gateway's Prometheus registry (production serves it on GATEWAY_METRICS_PORT). */
  gatewayMetrics: Registry;
  /** Every SQL statement each subgraph ran since the last resetSql(). */
  sql: Record<SubgraphName, string[]>;
  resetSql(): void;
  query(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string | undefined>,
  ): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

const silent = pino({ level: "silent" });

/**
 * The headers every test request starts from: JSON (so CSRF prevention passes) and English, the
 * language the code writes its messages in; tests of Ukrainian messages ask for them (or send no
 * Accept-Language) explicitly. A test's own headers replace these, whatever their case.
 */
export function testHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const merged = Object.entries({ "content-type": "application/json", "accept-language": "en", ...headers }).map(
    ([k, v]) => [k.toLowerCase(), v] as const,
  );
  return Object.fromEntries(merged.filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** POSTs a GraphQL request the way a browser client would (JSON, so CSRF prevention passes). */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string | undefined> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: "POST",
    headers: testHeaders(headers),
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse["body"],
  };
}

/**
 * Another gateway in front of a city's subgraphs, with its own config (e.g. a replica, JWKS,
 * production mode); `override` adjusts the loaded config.
 */
export async function startGateway(
  city: City,
  env: Record<string, string>,
  override: Partial<GatewayConfig> = {},
): Promise<{ url: string; metrics: Registry; stop(): Promise<void> }> {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, city.subgraphs[n].url]));
  const gateway = await createGateway({ ...loadGatewayConfig({ ...urls, ...env }), ...override }, silent);
  const { server, port } = await listen(gateway.app, 0, "127.0.0.1", "gateway");
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    metrics: gateway.metrics.registry,
    async stop() {
      await closeServer(server);
      await gateway.stop();
    },
  };
}

export interface CityOptions {
  seed?: SeedMode;
  env?: Record<string, string>;
  /**
   * Where every service writes its log, at level trace, through each service's real logger
   * (createLogger, with its redaction); without it the city is silent.
   */
  logDestination?: DestinationStream;
  /** Extra variables of one subgraph only (e.g. appeals with an unreachable DOCUMENTS_URL). */
  subgraphEnv?: Partial<Record<SubgraphName, Record<string, string>>>;
}

/**
 * The whole city in this process: a fresh database (migrated, demo city unless seed is "none"),
 * the four real subgraphs on loopback ports and the gateway in front of them.
 */
export async function startCity(options: CityOptions = {}): Promise<City> {
  const logOf = (service: string): Logger =>
    options.logDestination ? createLogger(service, "trace", options.logDestination) : silent;
  const db = await createPreparedDatabase(options.seed ?? "demo");
  mkdirSync(path.resolve(__dirname, "../../.pgdata"), { recursive: true });
  const filesDir = mkdtempSync(path.resolve(__dirname, "../../.pgdata/files-"));
  const sql = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, [] as string[]])) as Record<SubgraphName, string[]>;
  const subgraphs = {} as Record<SubgraphName, SubgraphHandle>;
  // Those that call no other subgraph start first (stable: registry order), so a caller's peers are up before it.
  const order = [...SUBGRAPH_NAMES].sort((a, b) => Number(!!SUBGRAPHS[a].peers) - Number(!!SUBGRAPHS[b].peers));
  for (const name of order) {
    // Those started so far, as <NAME>_URL: appeals gets documents', procurement budget's.
    const started = Object.fromEntries(Object.values(subgraphs).map((h) => [`${h.name.toUpperCase()}_URL`, h.url]));
    const env = {
      DATABASE_URL: db.url,
      FILES_DIR: filesDir,
      ...started,
      ...options.env,
      ...options.subgraphEnv?.[name],
    };
    const config = { ...loadSubgraphConfig(SUBGRAPHS[name], env), port: 0, host: "127.0.0.1", migrateOnStart: false };
    subgraphs[name] = await startSubgraph(SUBGRAPHS[name], config, { log: logOf(name), sqlSink: sql[name] });
  }
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphs[n].url]));
  // Tests submit many appeals from one address: the rate limit is raised unless a test sets it. They
  // also change data and read it back at once: public answers are kept by no cache unless a test asks.
  const gateway = await createGateway(
    loadGatewayConfig({ RATE_LIMIT_POINTS: "1000000", PUBLIC_CACHE_MAX_AGE_SECONDS: "0", ...urls, ...options.env }),
    logOf("gateway"),
  );
  const { server, port } = await listen(gateway.app, 0, "127.0.0.1", "gateway");
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/graphql`,
    base,
    db,
    filesDir,
    subgraphs,
    gatewayMetrics: gateway.metrics.registry,
    sql,
    resetSql: () => SUBGRAPH_NAMES.forEach((n) => sql[n].splice(0)),
    query: (query, variables, headers) => postGraphQL(`${base}/graphql`, query, variables, headers),
    async stop() {
      await closeServer(server as Server);
      await gateway.stop();
      for (const handle of Object.values(subgraphs)) await handle.stop();
      await db.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
