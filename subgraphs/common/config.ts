import path from "node:path";
import { ConfigError, createEnvReader, type Env } from "./env";
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
}

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
    variables: env.names,
  };
}
