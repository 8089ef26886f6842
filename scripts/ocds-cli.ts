import "reflect-metadata";
import { writeFileSync } from "node:fs";
import type { DataSource } from "typeorm";
import { createDataSource, migrate } from "../subgraphs/common/data-source";
import { createEnvReader } from "../subgraphs/common/env";
import { createLogger } from "../subgraphs/common/logger";
import { procurementSubgraph } from "../subgraphs/procurement";
import { exportReleasePackage } from "../subgraphs/procurement/ocds/ocds-export";
import { importOcdsFiles } from "../subgraphs/procurement/ocds/ocds-import";

/**
 * `npm run import:ocds -- <package.json>...` and `npm run export:ocds [-- <out.json>]`, against
 * PROCUREMENT_DATABASE_URL, DATABASE_URL or the city that `npm start` runs. Import progress and
 * problems go to stderr, one line each; the exit code is 1 only when a file could not be read.
 */
async function withDatabase<T>(work: (db: DataSource) => Promise<T>): Promise<T> {
  const env = createEnvReader(process.env);
  const url =
    env.optional("PROCUREMENT_DATABASE_URL") ??
    env.optional("DATABASE_URL") ??
    `postgres://postgres:postgres@127.0.0.1:${env.int("PG_PORT", 54329)}/emisto`;
  const def = procurementSubgraph;
  const db = createDataSource({
    url,
    schema: def.schema,
    entities: def.entities,
    migrations: def.migrations,
    log: createLogger("ocds", "warn"),
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

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === "export") {
    const pkg = await withDatabase((db) => exportReleasePackage(db, "http://localhost:4000/ocds/releases.json"));
    const json = JSON.stringify(pkg, null, 2);
    if (args[0]) writeFileSync(args[0], json);
    else process.stdout.write(`${json}\n`);
    return;
  }
  if (command !== "import" || args.length === 0)
    throw new Error("usage: npm run import:ocds -- <package.json>... | npm run export:ocds [-- <out.json>]");
  const summaries = await withDatabase((db) => importOcdsFiles(db, args, (m) => process.stderr.write(`${m}\n`)));
  for (const s of summaries) {
    for (const p of s.problems)
      process.stderr.write(`problem: ${p.file} ${p.ocid ?? ""} ${p.releaseId ?? ""} ${p.field ?? ""}: ${p.why}\n`);
    process.stdout.write(`${s.file}: ${s.processes} processes imported, ${s.problems.length} problems\n`);
  }
  process.exitCode = summaries.some(
    (s) => s.processes === 0 && s.problems.some((p) => p.why.startsWith("cannot be read")),
  )
    ? 1
    : 0;
}

main().catch((err: Error) => {
  process.stderr.write(`ocds: ${err.message}\n`);
  process.exit(1);
});
