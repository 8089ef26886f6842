import type { DataSource } from "typeorm";
import { createDataSource, migrate } from "../subgraphs/common/data-source";
import type { SubgraphDefinition } from "../subgraphs/common/definition";
import { createEnvReader } from "../subgraphs/common/env";
import { createLogger } from "../subgraphs/common/logger";

/**
 * Runs `work` on one subgraph's database, migrated, for a command-line tool (`command` names it in
 * logs): `<NAME>_DATABASE_URL`, `DATABASE_URL`, or the embedded server `npm start` runs (PG_PORT).
 * A database that cannot be reached is named with what to do.
 */
export async function withSubgraphDatabase<T>(
  def: Pick<SubgraphDefinition, "name" | "schema" | "entities" | "migrations">,
  command: string,
  work: (db: DataSource) => Promise<T>,
): Promise<T> {
  const env = createEnvReader(process.env);
  const url =
    env.optional(`${def.name.toUpperCase()}_DATABASE_URL`) ??
    env.optional("DATABASE_URL") ??
    `postgres://postgres:postgres@127.0.0.1:${env.int("PG_PORT", 54329)}/emisto`;
  const db = createDataSource({
    url,
    schema: def.schema,
    entities: def.entities,
    migrations: def.migrations,
    log: createLogger(command, "warn"),
    // Two: migrate() holds one connection for its lock while the migrations run on another.
    poolSize: 2,
  });
  await db.initialize().catch((err: Error) => {
    throw new Error(
      `cannot reach the database at ${new URL(url).host} (${err.message}); start the city (npm start) or set DATABASE_URL`,
    );
  });
  try {
    await migrate(db, def.schema);
    return await work(db);
  } finally {
    await db.destroy();
  }
}
