import "reflect-metadata";
import { createDataSource, migrate } from "../subgraphs/common/data-source";
import { createEnvReader } from "../subgraphs/common/env";
import { createLogger } from "../subgraphs/common/logger";
import { budgetSubgraph } from "../subgraphs/budget";
import { importOpenBudget } from "../subgraphs/budget/import/openbudget-import";

/**
 * `npm run import:openbudget -- <file.csv>...`: loads openbudget.gov.ua exports into the budget
 * subgraph's database (BUDGET_DATABASE_URL, DATABASE_URL, or the city that `npm start` runs).
 * Progress and problems go to stderr, one line each; the exit code is 1 only when a file could
 * not be read.
 */
async function main(): Promise<void> {
  const files = process.argv.slice(2);
  if (files.length === 0)
    throw new Error("name one or more CSV files: npm run import:openbudget -- expenses.csv incomes.csv");
  const env = createEnvReader(process.env);
  const url =
    env.optional("BUDGET_DATABASE_URL") ??
    env.optional("DATABASE_URL") ??
    `postgres://postgres:postgres@127.0.0.1:${env.int("PG_PORT", 54329)}/emisto`;
  const log = createLogger("import", "warn");
  const db = createDataSource({
    url,
    schema: budgetSubgraph.schema,
    entities: budgetSubgraph.entities,
    migrations: budgetSubgraph.migrations,
    log,
    poolSize: 2,
  });
  await db.initialize().catch((err: Error) => {
    throw new Error(
      `cannot reach the database at ${new URL(url).host} (${err.message}); start the city (npm start) or set DATABASE_URL`,
    );
  });
  try {
    await migrate(db, budgetSubgraph.schema);
    const summaries = await importOpenBudget(db, files, (message) => process.stderr.write(`${message}\n`));
    let unreadable = false;
    for (const s of summaries) {
      for (const p of s.problems)
        process.stderr.write(`problem: ${p.file}${p.line ? `:${p.line}` : ""} ${p.field ?? ""} ${p.why}\n`);
      unreadable ||= s.lines === 0 && s.problems.some((p) => p.line === null);
      process.stdout.write(`${s.file}: ${s.rows} rows, ${s.lines} lines imported, ${s.problems.length} problems\n`);
    }
    process.exitCode = unreadable ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`import:openbudget: ${err.message}\n`);
  process.exit(1);
});
