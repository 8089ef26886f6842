import { randomBytes } from "node:crypto";
import path from "node:path";
import type { SubgraphDefinition } from "../subgraphs/common/definition";
import { createEnvReader, type Env } from "../subgraphs/common/env";
import { DEFAULT_SHUTDOWN_GRACE_MS } from "../subgraphs/common/shutdown";
import type { SeedMode } from "./prepare-database";

export interface StartConfig {
  /** A PostgreSQL server to use; when absent an embedded one is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  pgPort: number;
  seed: SeedMode;
  gatewayPort: number;
  /** Each subgraph's port (`<NAME>_PORT`, else its own default). */
  subgraphPorts: Record<string, number>;
  logLevel: string;
  /**
   * The identity envelope's secret for this start: IDENTITY_SECRET when set, else a random one made
   * now, so no public default can sign for the subgraphs of a running city.
   */
  identitySecret: string;
  /** The services' SHUTDOWN_GRACE_MS (they read it too): a service still running 5 s after it is killed. */
  shutdownGraceMs: number;
  /** Where the subgraphs listen: HOST when set, else loopback only (the gateway is the one door). */
  subgraphHost: string;
}

/**
 * The registry's subgraphs, loaded only when asked for: the registry loads every subgraph's code
 * (about a second of CPU), which `npm run backup` and `npm run restore` do not need.
 */
function registrySubgraphs(): SubgraphDefinition[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../subgraphs/registry") as typeof import("../subgraphs/registry")).citySubgraphs();
}

/** What `npm start` reads for `subgraphs` (the registry's) besides what each service reads for itself. */
export function loadStartConfig(
  source: Env = process.env,
  subgraphs: readonly SubgraphDefinition[] = registrySubgraphs(),
): StartConfig & { variables: string[] } {
  const env = createEnvReader(source);
  return {
    databaseUrl: env.optional("DATABASE_URL"),
    dataDir: path.resolve(env.string("DATA_DIR", ".data")),
    pgPort: env.int("PG_PORT", 54329),
    seed: env.oneOf("SEED", ["demo", "none"] as const, "demo"),
    gatewayPort: env.port("GATEWAY_PORT", 4000),
    subgraphPorts: Object.fromEntries(
      subgraphs.map(({ name, port }) => [name, env.port(`${name.toUpperCase()}_PORT`, port)]),
    ),
    logLevel: env.string("LOG_LEVEL", "info"),
    identitySecret: env.optional("IDENTITY_SECRET") ?? randomBytes(32).toString("hex"),
    subgraphHost: env.string("HOST", "127.0.0.1"),
    shutdownGraceMs: env.int("SHUTDOWN_GRACE_MS", DEFAULT_SHUTDOWN_GRACE_MS),
    variables: env.names,
  };
}
