import pino from "pino";
import { Client } from "pg";
import { seedAppealsDemo } from "../../subgraphs/appeals/seed";
import { createDataSource } from "../../subgraphs/common/data-source";
import { DemoClock } from "../../subgraphs/common/demo-clock";
import { seedDocumentsDemo } from "../../subgraphs/documents/seed";
import { citySubgraphs } from "../../subgraphs/registry";
import { prepareDatabase } from "../../scripts/prepare-database";
import { createTestDatabase } from "./database";

/** The seeds whose history is dated by a DemoClock. */
const DATED_SEEDS = { documents: seedDocumentsDemo, appeals: seedAppealsDemo };

/** The columns of that history that deadlines, orders and date filters read, per table (rows keyed by id). */
const DATED_COLUMNS: Record<string, string[]> = {
  "documents.document": ["registered_at"],
  "documents.resolution": ["created_at", "due_date", "completed_at", "accepted_at"],
  "appeals.appeal": ["received_at", "due_date", "answered_at"],
  "appeals.appeal_event": ["at"],
};

/** Loads the documents and appeals demo, dated by `clock`, into a migrated database with no demo yet. */
export async function seedDatedDemo(url: string, clock: DemoClock): Promise<void> {
  for (const def of citySubgraphs().filter((d) => d.name in DATED_SEEDS)) {
    const ds = createDataSource({
      url,
      schema: def.schema,
      entities: def.entities,
      migrations: def.migrations,
      log: pino({ level: "silent" }),
      poolSize: 1,
    });
    await ds.initialize();
    try {
      await ds.transaction((m) => DATED_SEEDS[def.name as keyof typeof DATED_SEEDS](m, clock));
    } finally {
      await ds.destroy();
    }
  }
}

/**
 * Gives the demo city in `url` the dates of a seed that holds nothing within the year, so the tests
 * see the same deadline facts on any day (overdue appeals and resolutions, response times, "newest
 * first") while keeping the demo's numbers. In the first three months of a year the demo seed holds
 * its history at 1 January (see DemoClock), which would change those facts; later this rewrites the
 * dates with equal ones. The history is seeded again, unheld, into a scratch database and its dates
 * are copied by id (the demo's ids do not depend on the day). `now` is the seeding instant of the demo in `url`.
 */
export async function redateDemoHistory(url: string, now = new Date()): Promise<void> {
  const scratch = await createTestDatabase();
  try {
    await prepareDatabase(scratch.url, "none", pino({ level: "silent" }));
    await seedDatedDemo(scratch.url, new DemoClock(now, false));
    const target = new Client({ connectionString: url });
    await target.connect();
    try {
      await target.query("BEGIN");
      for (const [table, columns] of Object.entries(DATED_COLUMNS)) {
        const rows = await scratch.query(`SELECT id, ${columns.join(", ")} FROM ${table}`);
        const set = columns.map((c) => `${c} = dated.${c}`).join(", ");
        const types = columns.map((c) => `${c} ${c.endsWith("_date") ? "date" : "timestamptz"}`).join(", ");
        await target.query(
          `UPDATE ${table} t SET ${set} FROM jsonb_to_recordset($1::jsonb) AS dated(id int, ${types}) WHERE t.id = dated.id`,
          [JSON.stringify(rows)],
        );
      }
      await target.query("COMMIT");
    } finally {
      await target.end();
    }
  } finally {
    await scratch.drop();
  }
}
