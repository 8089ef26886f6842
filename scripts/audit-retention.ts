import "reflect-metadata";
import { withSubgraphDatabase } from "./subgraph-database";
import { createEnvReader } from "../subgraphs/common/env";
import { appealsSubgraph } from "../subgraphs/appeals";
import {
  DEFAULT_READ_RETENTION_MONTHS,
  personalDataReadMaintenance,
} from "../subgraphs/appeals/services/personal-data-reads";

/**
 * `npm run audit:retention`: the log of reads of applicants' personal data keeps
 * AUDIT_READ_RETENTION_MONTHS (36 by default, 12 at least) whole Kyiv months before this one; older
 * months are dropped, and the next twelve months' partitions made. Run monthly, beside the backup,
 * against the appeals database (APPEALS_DATABASE_URL, DATABASE_URL, or the city `npm start` runs).
 */
async function main(): Promise<void> {
  const env = createEnvReader(process.env);
  const months = env.int("AUDIT_READ_RETENTION_MONTHS", DEFAULT_READ_RETENTION_MONTHS);
  if (months < 12) throw new Error(`AUDIT_READ_RETENTION_MONTHS must be at least 12, got ${months}`);
  const dropped = await withSubgraphDatabase(appealsSubgraph, "audit-retention", (db) =>
    personalDataReadMaintenance(db, months),
  );
  process.stdout.write(
    `audit:retention: reads of personal data kept for ${months} months; ${dropped.length ? `dropped ${dropped.join(", ")}` : "nothing older to drop"}\n`,
  );
}

main().catch((err: Error) => {
  process.stderr.write(`audit:retention: ${err.message}\n`);
  process.exit(1);
});
