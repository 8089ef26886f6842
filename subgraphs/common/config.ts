import path from "node:path";
import { ConfigError, createEnvReader, type Env, type EnvReader } from "./env";
import { readServiceConfig, type ServiceConfig } from "./service-config";

/** The subgraphs and their default ports; the gateway and `npm start` use the same table. */
export const SUBGRAPH_PORTS = { documents: 4001, appeals: 4002, procurement: 4003, budget: 4004 } as const;
export type SubgraphName = keyof typeof SUBGRAPH_PORTS;
export const SUBGRAPH_NAMES = Object.keys(SUBGRAPH_PORTS) as SubgraphName[];

export interface SubgraphConfig extends ServiceConfig {
  name: SubgraphName;
  port: number;
  databaseUrl: string;
  /** Run pending migrations at start (under an advisory lock, so replicas may race safely). */
  migrateOnStart: boolean;
  /** Where accepted envelope nonces are shared between replicas; none: this process's memory. */
  redisUrl: string | undefined;
  /** Documents only: where file versions are stored, and the largest upload accepted. */
  files: { dir: string; maxBytes: number } | null;
  /** Where the subgraphs this one calls are (`<NAME>_URL`, as the gateway reads them): see SUBGRAPH_PEERS. */
  peers: Partial<Record<SubgraphName, string>>;
  /**
   * How requests to `peers` travel: the global fetch unless set. Never read from the environment:
   * the fast test tier sets it to run the peer in the same process (tests/helpers/local-city.ts).
   */
  peerFetch?: typeof fetch;
  /**
   * Appeals only: the department that registers appeals (the appeals office); until an appeal is
   * routed, only its staff and admins see it. The demo city's is 2 (Відділ по роботі зі зверненнями).
   */
  appeals: { officeDepartmentId: number } | null;
}

function positiveId(env: EnvReader, name: string, fallback: number): number {
  const value = env.int(name, fallback);
  if (value < 1 || value > 2_147_483_647) throw new ConfigError(`${name} must be a department id (a positive integer), got "${value}"`);
  return value;
}

/**
 * The subgraphs each subgraph calls directly (subgraph-client.ts): appeals checks department,
 * staff and document ids with documents.
 */
export const SUBGRAPH_PEERS: Partial<Record<SubgraphName, SubgraphName[]>> = { appeals: ["documents"] };

/** A subgraph's GraphQL endpoint as `<NAME>_URL` gives it, by default on its default port. */
export const subgraphUrl = (env: EnvReader, name: SubgraphName): string =>
  env.string(`${name.toUpperCase()}_URL`, `http://localhost:${SUBGRAPH_PORTS[name]}/graphql`);

/**
 * Reads a subgraph's config: `<NAME>_PORT`, `<NAME>_DATABASE_URL` over `DATABASE_URL`, and the
 * service settings. Throws ConfigError naming the first missing or malformed variable.
 */
export function loadSubgraphConfig(name: SubgraphName, source: Env = process.env): SubgraphConfig & { variables: string[] } {
  const env = createEnvReader(source);
  const prefix = name.toUpperCase();
  const service = readServiceConfig(env);
  const databaseUrl = env.optional(`${prefix}_DATABASE_URL`) ?? env.optional("DATABASE_URL");
  if (!databaseUrl) throw new ConfigError(`Missing ${prefix}_DATABASE_URL or DATABASE_URL`);
  return {
    ...service,
    name,
    port: env.int(`${prefix}_PORT`, SUBGRAPH_PORTS[name]),
    databaseUrl,
    redisUrl: env.optional("REDIS_URL"),
    migrateOnStart: env.oneOf("MIGRATE_ON_START", ["true", "false"] as const, "true") === "true",
    files: name === "documents" ? { dir: path.resolve(env.string("FILES_DIR", ".files")), maxBytes: env.int("MAX_FILE_BYTES", 200 * 1024 * 1024) } : null,
    appeals: name === "appeals" ? { officeDepartmentId: positiveId(env, "APPEALS_OFFICE_DEPARTMENT_ID", 2) } : null,
    peers: Object.fromEntries((SUBGRAPH_PEERS[name] ?? []).map((peer) => [peer, subgraphUrl(env, peer)])),
    variables: env.names,
  };
}
