import path from "node:path";
import { SUBGRAPH_NAMES, SUBGRAPH_PORTS, type SubgraphName } from "../subgraphs/common/config";
import { createEnvReader, type Env } from "../subgraphs/common/env";
import type { SeedMode } from "./prepare-database";

export interface StartConfig {
  /** A PostgreSQL server to use; when absent an embedded one is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  pgPort: number;
  seed: SeedMode;
  gatewayPort: number;
  subgraphPorts: Record<SubgraphName, number>;
  logLevel: string;
}

/** What `npm start` reads besides what each service reads for itself. */
export function loadStartConfig(source: Env = process.env): StartConfig & { variables: string[] } {
  const env = createEnvReader(source);
  return {
    databaseUrl: env.optional("DATABASE_URL"),
    dataDir: path.resolve(env.string("DATA_DIR", ".data")),
    pgPort: env.int("PG_PORT", 54329),
    seed: env.oneOf("SEED", ["demo", "none"] as const, "demo"),
    gatewayPort: env.int("GATEWAY_PORT", 4000),
    subgraphPorts: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, env.int(`${name.toUpperCase()}_PORT`, SUBGRAPH_PORTS[name])]),
    ) as Record<SubgraphName, number>,
    logLevel: env.string("LOG_LEVEL", "info"),
    variables: env.names,
  };
}
