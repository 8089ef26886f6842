import "reflect-metadata";
import { withSubgraphDatabase } from "./subgraph-database";
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
  await withSubgraphDatabase(budgetSubgraph, "import", async (db) => {
    const summaries = await importOpenBudget(db, files, (message) => process.stderr.write(`${message}\n`));
    let unreadable = false;
    for (const s of summaries) {
      for (const p of s.problems)
        process.stderr.write(`problem: ${p.file}${p.line ? `:${p.line}` : ""} ${p.field ?? ""} ${p.why}\n`);
      unreadable ||= s.lines === 0 && s.problems.some((p) => p.line === null);
      process.stdout.write(`${s.file}: ${s.rows} rows, ${s.lines} lines imported, ${s.problems.length} problems\n`);
    }
    process.exitCode = unreadable ? 1 : 0;
  });
}

main().catch((err: Error) => {
  process.stderr.write(`import:openbudget: ${err.message}\n`);
  process.exit(1);
});
