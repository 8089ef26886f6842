import { ConfigError, createEnvReader, type Env, type EnvReader } from "./env";
import { readServiceConfig, type ServiceConfig } from "./service-config";

/**
 * What reading a subgraph's config needs to know of it; its SubgraphDefinition (definition.ts)
 * declares all of it, so the subgraph's own folder is the one place for its name, port and settings.
 */
export interface SubgraphConfigSpec<S = unknown> {
  /** Its name: `<NAME>_PORT`, `<NAME>_DATABASE_URL` and the gateway's `<NAME>_URL` are named after it. */
  name: string;
  /** Its default port (`<NAME>_PORT` overrides it); its default URL is on this port (defaultSubgraphUrl). */
  port: number;
  /**
   * The subgraphs it calls directly (subgraph-client.ts), each with that subgraph's default port;
   * the registry checks each against the subgraph's own (citySubgraphs).
   */
  peers?: Record<string, number>;
  /** Reads its own settings through `env` (e.g. documents' FILES_DIR), once at start with the rest. */
  settings?(env: EnvReader): S;
}

export interface SubgraphConfig<S = unknown> extends ServiceConfig {
  name: string;
  port: number;
  databaseUrl: string;
  /** Run pending migrations at start (under an advisory lock, so replicas may race safely). */
  migrateOnStart: boolean;
  /** Where accepted envelope nonces are shared between replicas; none: this process's memory. */
  redisUrl: string | undefined;
  /** Its own settings (SubgraphConfigSpec.settings); undefined when it reads none. */
  settings: S;
  /** Where the subgraphs this one calls are (`<NAME>_URL`, as the gateway reads them): see SubgraphConfigSpec.peers. */
  peers: Record<string, string>;
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
  if (value < 1 || value > 2_147_483_647)
    throw new ConfigError(`${name} must be a department id (a positive integer), got "${value}"`);
  return value;
}

/** A subgraph's GraphQL endpoint when nothing says otherwise: its default port on this host. */
export const defaultSubgraphUrl = (port: number): string => `http://localhost:${port}/graphql`;

/** A subgraph's GraphQL endpoint as `<NAME>_URL` gives it, by default on its default port. */
export const subgraphUrl = (env: EnvReader, name: string, port: number): string =>
  env.string(`${name.toUpperCase()}_URL`, defaultSubgraphUrl(port));

/**
 * Reads a subgraph's config: `<NAME>_PORT`, `<NAME>_DATABASE_URL` over `DATABASE_URL`, the
 * service settings, its peers' URLs and its own settings. Throws ConfigError naming the first
 * missing or malformed variable.
 */
export function loadSubgraphConfig<S>(
  spec: SubgraphConfigSpec<S>,
  source: Env = process.env,
): SubgraphConfig<S> & { variables: string[] } {
  const { name } = spec;
  const env = createEnvReader(source);
  const prefix = name.toUpperCase();
  const service = readServiceConfig(env);
  const databaseUrl = env.optional(`${prefix}_DATABASE_URL`) ?? env.optional("DATABASE_URL");
  if (!databaseUrl) throw new ConfigError(`Missing ${prefix}_DATABASE_URL or DATABASE_URL`);
  return {
    ...service,
    name,
    port: env.port(`${prefix}_PORT`, spec.port),
    databaseUrl,
    redisUrl: env.optional("REDIS_URL"),
    migrateOnStart: env.oneOf("MIGRATE_ON_START", ["true", "false"] as const, "true") === "true",
    appeals: name === "appeals" ? { officeDepartmentId: positiveId(env, "APPEALS_OFFICE_DEPARTMENT_ID", 2) } : null,
    peers: Object.fromEntries(
      Object.entries(spec.peers ?? {}).map(([peer, port]) => [peer, subgraphUrl(env, peer, port)]),
    ),
    settings: spec.settings?.(env) as S,
    variables: env.names,
  };
}
