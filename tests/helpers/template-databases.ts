import { Client } from "pg";

/** Set by global-setup for one Jest run; the templates of a run are named after it and dropped at its end. */
export const TEST_RUN_VARIABLE = "EMISTO_TEST_RUN";
export const templatePrefix = (run: string): string => `emisto_tpl_${run}_`;

/** Drops the templates of one run (global-teardown). */
export async function dropTemplates(adminUrl: string, run: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [templatePrefix(run)],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
