import { rmSync } from "node:fs";
import { dropTemplates, TEST_RUN_VARIABLE } from "./template-databases";

/** Drops this run's template databases; stops the embedded server of global-setup, if it started one, and removes its files. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env[TEST_RUN_VARIABLE];
  if (run && process.env.DATABASE_URL) await dropTemplates(process.env.DATABASE_URL, run);
  const pg = (globalThis as { __EMISTO_PG__?: { stop(): Promise<void>; dir: string } }).__EMISTO_PG__;
  if (!pg) return;
  await pg.stop();
  rmSync(pg.dir, { recursive: true, force: true });
}
