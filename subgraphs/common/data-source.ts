import { DataSource, type MixedList, type EntitySchema } from "typeorm";
import type { Logger } from "pino";
import { SqlLogger } from "./sql-logger";
import { TracedClient } from "./sql-tracing";

export interface DataSourceOptions {
  url: string;
  /** The subgraph's own PostgreSQL schema; its tables and its migrations table live there. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  log: Logger;
  /** Receives every SQL statement (tests count them). */
  sqlSink?: string[];
  /** Receives each statement's parameters, at the index of the statement in sqlSink. */
  sqlParameterSink?: unknown[][];
  poolSize?: number;
}

/**
 * What the planner is told of this workload, per connection (so a shared server keeps its own
 * defaults): JIT off, for short indexed statements whose estimates on a large table cross the JIT
 * threshold and then spend more compiling (10–20 ms measured at 10× the demo volume) than
 * executing; and random reads priced as on SSD storage (1.1, PostgreSQL's advice for it; the
 * default 4 is for spinning disks), without which a search at that volume scanned a whole table
 * instead of reading its GIN index (2.6 s against 0.4 s).
 */
export const PLANNER_OPTIONS = "-c jit=off -c random_page_cost=1.1";

/** A subgraph's DataSource. `synchronize` is never on: the schema comes from migrations only. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    logger: new SqlLogger(options.log, options.sqlSink, options.sqlParameterSink),
    maxQueryExecutionTime: 1000,
    // A database that does not answer a new connection fails the request in 5 s (an outage,
    // SERVICE_UNAVAILABLE: database-outage.ts) instead of holding it until the gateway gives up.
    connectTimeoutMS: 5_000,
    // Every statement a span in the request's trace (sql-tracing.ts); the planner told PLANNER_OPTIONS.
    extra: {
      max: options.poolSize ?? 10,
      application_name: `emisto-${options.schema}`,
      Client: TracedClient,
      options: PLANNER_OPTIONS,
    },
  });
}

/**
 * Creates the subgraph's schema and runs its pending migrations. An advisory lock keyed by the
 * schema name makes concurrent starts (replicas, `npm start` and a subgraph process) take turns.
 */
export async function migrate(ds: DataSource, schema: string): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock(hashtext($1))", [`emisto:migrate:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const done = await ds.runMigrations({ transaction: "each" });
    return done.map((m) => m.name);
  } finally {
    await runner.query("SELECT pg_advisory_unlock(hashtext($1))", [`emisto:migrate:${schema}`]).catch(() => undefined);
    await runner.release();
  }
}

/** Names of the subgraph's migrations that the database has not applied yet. */
export async function pendingMigrations(ds: DataSource, schema: string): Promise<string[]> {
  const known = ds.migrations.map((m) => m.name ?? m.constructor.name);
  const table = await ds.query("SELECT to_regclass($1) AS t", [`"${schema}".migrations`]);
  if (!table[0].t) return known;
  const rows: { name: string }[] = await ds.query(`SELECT name FROM "${schema}".migrations`);
  const applied = new Set(rows.map((r) => r.name));
  return known.filter((n) => !applied.has(n));
}
