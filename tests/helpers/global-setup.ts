import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";
import { freePort } from "./free-port";
import { TEST_RUN_VARIABLE } from "./template-databases";

/**
 * Tests run against a real PostgreSQL: DATABASE_URL when set, else an embedded server started
 * here (embedded-postgres is ESM-only and can be loaded only outside Jest's module runtime).
 * Each test file then creates a database of its own on that server (tests/helpers/database.ts),
 * a copy of this run's template (prepared-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  process.env[TEST_RUN_VARIABLE] = randomBytes(4).toString("hex");
  if (process.env.DATABASE_URL) return;
  const base = path.resolve(__dirname, "..", "..", ".pgdata");
  mkdirSync(base, { recursive: true, mode: 0o755 });
  const dir = mkdtempSync(path.join(base, "run-"));
  const server = await startEmbeddedPostgres(dir, await freePort(), { persistent: false });
  process.env.DATABASE_URL = server.url;
  (globalThis as { __EMISTO_PG__?: { stop(): Promise<void>; dir: string } }).__EMISTO_PG__ = { stop: server.stop, dir };
}
